import { describe, expect, it } from 'vitest';
import { buildIndexData } from '../../../src/query/internal/buildIndexData.js';
import { readRelationOptions } from '../../../src/query/internal/readRelationOptions.js';
import { shortestPath } from '../../../src/query/internal/shortestPath.js';
import type { DatasetRecord } from '../../../src/schema/types.js';

const ev = [{ source: 's', paragraphs: [1] }];
const entity = (id: string) => ({ id, kind: 'group', name: id, aliases: [], description: 'A group.', evidence: ev, certainty: 'stated' });
const rel = (subject: string, predicate: string, object: string) => ({ id: `${subject}-${predicate}-${object}`, subject, predicate, object, evidence: ev, certainty: 'stated' });
// a – b – c – d in a row, and e – f apart from them
const d = {
  schemaVersion: '1.0.0',
  sources: [],
  entities: ['a', 'b', 'c', 'd', 'e', 'f'].map(entity),
  events: [],
  relationships: [rel('a', 'allied-with', 'b'), rel('c', 'backs', 'b'), rel('c', 'member-of', 'd'), rel('e', 'allied-with', 'f')],
  eventLinks: [],
} as unknown as DatasetRecord;
const ix = buildIndexData(d);
const pos = (id: string) => ix.entityPos.get(id)!;
const any = readRelationOptions('path', {});

describe('shortestPath', () => {
  it('knows the connected components from the build', () => {
    const [a, b, c, dd, e, f] = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ix.component[pos(id)]);
    expect(new Set([a, b, c, dd]).size).toBe(1);
    expect(e).toBe(f);
    expect(e).not.toBe(a);
  });

  it('answers a pair in different components with null', () => {
    expect(shortestPath(ix, pos('a'), pos('f'), any)).toBeNull();
  });

  it('finds the chain from both ends, each step read in its direction', () => {
    const steps = shortestPath(ix, pos('a'), pos('d'), any)!;
    expect(steps.map((s) => `${d.entities[s.from]!.id}>${d.entities[s.to]!.id}:${s.outgoing}`)).toEqual(['a>b:true', 'b>c:false', 'c>d:true']);
    expect(shortestPath(ix, pos('c'), pos('c'), any)).toEqual([]);
  });

  it('follows only the directions allowed, reading backwards from the far end', () => {
    expect(shortestPath(ix, pos('a'), pos('d'), readRelationOptions('path', { direction: 'outgoing' }))).toBeNull();
    expect(shortestPath(ix, pos('c'), pos('d'), readRelationOptions('path', { direction: 'outgoing' }))!.length).toBe(1);
  });
});
