import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { safeParseDataset } from '../../src/schema/safeParseDataset.js';

// Only own properties are fields, at every depth: what a nested object inherits from a
// prototype is reported at its path, never read as its own.

const inherited = /is inherited/;

describe('a nested object that inherits its fields', () => {
  it('reports a participant made by Object.create at each inherited field', () => {
    const d = structuredClone(dataset) as any;
    d.events[3].participants[0] = Object.create(d.events[3].participants[0]);
    const result = safeParseDataset(d);
    expect(result.success).toBe(false);
    const paths = result.issues.filter((i) => inherited.test(i.message)).map((i) => i.path);
    expect(paths).toContainEqual(['events', 3, 'participants', 0, 'entity']);
    expect(paths).toContainEqual(['events', 3, 'participants', 0, 'role']);
    // each inherited field once: not again as missing
    const at = result.issues.filter((i) => JSON.stringify(i.path) === JSON.stringify(['events', 3, 'participants', 0, 'entity']));
    expect(at).toHaveLength(1);
  });

  it('reports an evidence entry made by Object.create', () => {
    const d = structuredClone(dataset) as any;
    d.events[3].evidence[0] = Object.create(d.events[3].evidence[0]);
    const result = safeParseDataset(d);
    expect(result.success).toBe(false);
    const paths = result.issues.filter((i) => inherited.test(i.message)).map((i) => i.path);
    expect(paths).toContainEqual(['events', 3, 'evidence', 0, 'source']);
    expect(paths).toContainEqual(['events', 3, 'evidence', 0, 'paragraphs']);
  });

  it('does not take an array index inherited from a custom prototype', () => {
    const d = structuredClone(dataset) as any;
    const paragraphs = d.events[0].evidence[0].paragraphs as number[];
    const proto = Object.create(Array.prototype, { 1: { value: paragraphs[0], enumerable: true } });
    const list = [paragraphs[0]];
    Object.setPrototypeOf(list, proto);
    list.length = 2;
    d.events[0].evidence[0].paragraphs = list;
    const result = safeParseDataset(d);
    expect(result.success).toBe(false);
    expect(result.issues.map((i) => i.path)).toContainEqual(['events', 0, 'evidence', 0, 'paragraphs', 1]);
  });

  it('still accepts the bundled data as is', () => {
    expect(safeParseDataset(structuredClone(dataset)).success).toBe(true);
  });
});
