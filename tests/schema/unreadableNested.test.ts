import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { safeParseDataset } from '../../src/schema/safeParseDataset.js';

// A getter or Proxy trap that throws inside a record is reported where it is, and the rest of
// the dataset is still checked.

function issuesOf(input: unknown) {
  const result = safeParseDataset(input);
  if (result.success) throw new Error('expected the dataset to be rejected');
  return result.issues;
}
const boom = (): never => {
  throw new Error('boom');
};

describe('a part of a record that cannot be read', () => {
  it.each([
    ['a getter on evidence[0].paragraphs', (d: any) => Object.defineProperty(d.events[0].evidence[0], 'paragraphs', { get: boom, enumerable: true }), ['events', 0, 'evidence', 0, 'paragraphs']],
    ['a Proxy get trap on participants', (d: any) => (d.events[0].participants = new Proxy(d.events[0].participants, { get: boom })), ['events', 0, 'participants']],
    ['a getOwnPropertyDescriptor trap on evidence[0]', (d: any) => (d.events[0].evidence[0] = new Proxy(d.events[0].evidence[0], { getOwnPropertyDescriptor: boom })), ['events', 0, 'evidence', 0]],
    ['an ownKeys trap on participants[0]', (d: any) => (d.events[0].participants[0] = new Proxy(d.events[0].participants[0], { ownKeys: boom })), ['events', 0, 'participants', 0]],
  ] as const)('reports %s at its path, once, and still checks the rest', (_name, plant, path) => {
    const d = structuredClone(dataset) as any;
    d.events[1].participants[0].entity = 'no-such-entity';
    plant(d);
    const issues = issuesOf(d);
    const here = issues.filter((i) => JSON.stringify(i.path).startsWith(JSON.stringify(path).slice(0, -1)));
    expect(here).toEqual([{ path, message: 'could not be read: Error: boom' }]);
    expect(issues.map((i) => i.path)).toContainEqual(['events', 1, 'participants', 0, 'entity']);
    expect(issues.some((i) => i.path.length === 0)).toBe(false);
  });
});
