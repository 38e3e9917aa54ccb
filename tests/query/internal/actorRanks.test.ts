import { describe, expect, it } from 'vitest';
import { createIndex } from '../../../src/query/createIndex.js';

const ev = [{ source: 'memo', paragraphs: [1] }];
const source = { id: 'memo', title: 'A memo', publisher: 'Us', author: 'Me', url: 'https://example.org/memo', published: '2024-05-01', language: 'en', paragraphs: 3 };
const org = (id: string) => ({ id, kind: 'organization', name: `Name ${id}`, aliases: [], description: 'An entity.', evidence: ev, certainty: 'stated' });
const spoke = (id: string, actor: string, date: string) => ({ id, type: 'statement', modality: 'actual', date, participants: [{ entity: actor, role: 'speaker' }], summary: 'Spoke.', attributedTo: null, evidence: ev, certainty: 'stated' });
const memberOf = (id: string, s: string, o: string, valid?: string) => ({ id, subject: s, predicate: 'member-of', object: o, ...(valid === undefined ? {} : { valid }), evidence: ev, certainty: 'stated' });
const dataset = (parts: Record<string, unknown[]>) => ({ schemaVersion: '1.0.0', sources: [source], entities: [], events: [], relationships: [], eventLinks: [], ...parts }) as never;
const ids = (xs: readonly unknown[]) => (xs as readonly { id: string }[]).map((x) => x.id);

describe('includeMembers: each member counted when a whole chain to the root is valid at the event', () => {
  it('a member with two chains of different validity: an event counts when either chain holds', () => {
    // a → b (2000–2005) → root (2003–2010); a → c (2006–2010) → root (2000–2010)
    const ix = createIndex(
      dataset({
        entities: ['root', 'a', 'b', 'c'].map(org),
        events: [spoke('a-2004', 'a', '2004'), spoke('a-2007', 'a', '2007'), spoke('a-2001', 'a', '2001'), spoke('a-2012', 'a', '2012'), spoke('b-2001', 'b', '2001'), spoke('c-2001', 'c', '2001')],
        relationships: [memberOf('r1', 'a', 'b', '2000/2005'), memberOf('r2', 'b', 'root', '2003/2010'), memberOf('r3', 'a', 'c', '2006/2010'), memberOf('r4', 'c', 'root', '2000/2010')],
      }),
    );
    expect(ids(ix.byActor('root' as never, { includeMembers: true }))).toEqual(['c-2001', 'a-2004', 'a-2007']);
  });

  it('a deep chain: members below a link that has ended are dropped, the others kept', () => {
    const n = 3000;
    const cut = 1000; // org-cut → org-(cut+1) ended in 2010
    const ix = createIndex(
      dataset({
        entities: Array.from({ length: n }, (_, i) => org(`org-${i}`)),
        events: Array.from({ length: n }, (_, i) => spoke(`e-${String(i).padStart(4, '0')}`, `org-${i}`, '2024-05')),
        relationships: Array.from({ length: n - 1 }, (_, i) => memberOf(`r-${i}`, `org-${i}`, `org-${i + 1}`, i === cut ? '2000/2010' : '2000/..')),
      }),
    );
    const got = ids(ix.byActor(`org-${n - 1}` as never, { includeMembers: true }));
    expect(got).toHaveLength(n - cut - 1);
    expect(got[0]).toBe(`e-${cut + 1}`);
    expect(ids(ix.statementsBy(`org-${n - 1}` as never, { includeMembers: true }))).toEqual(got);
    expect(ids(ix.query({ actor: `org-${n - 1}` as never, includeMembers: true }))).toEqual(got);
  });

  it('a cycle of memberships ends, and reaches the root through the valid link only', () => {
    const ix = createIndex(
      dataset({
        entities: ['root', 'a', 'b'].map(org),
        events: [spoke('a-2020', 'a', '2020'), spoke('b-2020', 'b', '2020'), spoke('b-1990', 'b', '1990')],
        relationships: [memberOf('r1', 'a', 'b'), memberOf('r2', 'b', 'a'), memberOf('r3', 'a', 'root', '2015/..')],
      }),
    );
    expect(ids(ix.byActor('root' as never, { includeMembers: true }))).toEqual(['a-2020', 'b-2020']);
  });
});

describe('membersOf / causes: `via` holds the whole chain', () => {
  it('on a deep chain, the deepest member has every relationship of the chain, in order, frozen', () => {
    const n = 500;
    const ix = createIndex(
      dataset({
        entities: Array.from({ length: n }, (_, i) => org(`org-${i}`)),
        relationships: Array.from({ length: n - 1 }, (_, i) => memberOf(`r-${i}`, `org-${i}`, `org-${i + 1}`)),
      }),
    );
    const members = ix.membersOf(`org-${n - 1}` as never);
    expect(members).toHaveLength(n - 1);
    const last = members[members.length - 1]!;
    expect((last.entity as { id: string }).id).toBe('org-0');
    expect(last.depth).toBe(n - 1);
    expect(ids(last.via)).toEqual(Array.from({ length: n - 1 }, (_, i) => `r-${n - 2 - i}`));
    expect(Object.isFrozen(last.via) && Object.isFrozen(last)).toBe(true);
    expect(last.via).toBe(last.via); // read twice, one array
    for (const m of members) expect(m.via.length).toBe(m.depth);
    // a plain field to spread, JSON and deep equality
    expect({ ...members[0]! }.via).toEqual(members[0]!.via);
    expect(ids(JSON.parse(JSON.stringify(members[1]!)).via)).toEqual(ids(members[1]!.via));
  });
});
