import { describe, expect, it } from 'vitest';
import { rawDataset } from '../../data/index.js';
import { Evidence } from '../../src/schema/primitives.js';
import { safeParseDataset } from '../../src/schema/safeParseDataset.js';

// Tamper tests for claim-limited citations (`claim` on an evidence entry).
type Mutable = any;
const copy = (): Mutable => structuredClone(rawDataset) as Mutable;
const indexOf = (d: Mutable, kind: string, id: string): number => {
  const i = d[kind].findIndex((r: { id: string }) => r.id === id);
  if (i < 0) throw new Error(`no ${kind} record '${id}' in the bundled data`);
  return i;
};
function issuesOf(input: unknown) {
  const result = safeParseDataset(input);
  if (result.success) throw new Error('expected the dataset to be rejected');
  return result.issues;
}

describe('evidence claim (date / location)', () => {
  it('accepts a date or location citation and keeps the field', () => {
    expect(Evidence.parse({ source: 's', paragraphs: [24], claim: 'date' })).toEqual({ source: 's', paragraphs: [24], claim: 'date' });
    expect(Evidence.parse({ source: 's', paragraphs: [22], claim: 'location' }).claim).toBe('location');
    expect(Evidence.parse({ source: 's', paragraphs: [1] })).not.toHaveProperty('claim');
  });

  it('rejects any other claim, naming the accepted ones', () => {
    const result = Evidence.safeParse({ source: 's', paragraphs: [1], claim: 'casualties' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/must be one of 'date', 'location'/);
  });

  it('the bundled data carries date and location citations and passes', () => {
    const d = copy();
    const all = [...d.entities, ...d.events, ...d.relationships].flatMap((r: Mutable) => r.evidence);
    expect(all.filter((ev: Mutable) => ev.claim === 'date').length).toBeGreaterThanOrEqual(20);
    expect(all.some((ev: Mutable) => ev.claim === 'location')).toBe(true);
    expect(safeParseDataset(d).success).toBe(true);
  });

  it('a record whose only citations are claim-limited is rejected: nothing cites the record itself', () => {
    const d = copy();
    const i = indexOf(d, 'events', 'islamic-resistance-formation');
    d.events[i].evidence = d.events[i].evidence.filter((ev: Mutable) => ev.claim === 'date');
    expect(issuesOf(d)).toContainEqual({ path: ['events', i, 'evidence'], message: expect.stringMatching(/cite at least one paragraph for the record as a whole/) });
  });

  it('a location citation on a record with no place is rejected', () => {
    const d = copy();
    const i = indexOf(d, 'relationships', 'kataib-hezbollah-member-of-islamic-resistance-in-iraq');
    d.relationships[i].evidence.push({ source: d.sources[0].id, paragraphs: [13], claim: 'location' });
    const j = d.relationships[i].evidence.length - 1;
    expect(issuesOf(d)).toContainEqual({ path: ['relationships', i, 'evidence', j, 'claim'], message: expect.stringMatching(/claim 'location' needs a record with a place/) });
  });

  it('a date citation of a paragraph the source does not have is rejected like any citation', () => {
    const d = copy();
    const i = indexOf(d, 'events', 'islamic-resistance-formation');
    const k = d.events[i].evidence.findIndex((ev: Mutable) => ev.claim === 'date');
    d.events[i].evidence[k].paragraphs = [99];
    expect(issuesOf(d)).toContainEqual({ path: ['events', i, 'evidence', k, 'paragraphs', 0], message: expect.stringMatching(/paragraph 99 does not exist/) });
  });

  it('an invalid citation is reported once, at its path, not also as "every citation is limited to one claim"', () => {
    const d = copy();
    const i = indexOf(d, 'entities', 'kataib-hezbollah');
    d.entities[i].evidence = [{ source: 'the-national-2024-06-09', paragraphs: ['x'] }];
    const issues = issuesOf(d);
    expect(issues.map((x) => x.path.join('.'))).toEqual([`entities.${i}.evidence.0.paragraphs.0`]);
    // with every citation valid and each limited to a claim, the rule still holds
    d.entities[i].evidence = [{ source: 'the-national-2024-06-09', paragraphs: [18], claim: 'date' }];
    expect(issuesOf(d).some((x) => /every citation is limited to one claim/.test(x.message))).toBe(true);
  });
});

