import { describe, expect, it } from 'vitest';
import { MAX_LISTED_ISSUES } from '../../src/schema/IssueList.js';
import { safeParseDataset } from '../../src/schema/safeParseDataset.js';
import { copyMini } from '../fixtures/miniDataset.js';

// Nested arrays (evidence[i].paragraphs …) cost the elements present and the problems listed,
// never their length or the total of problems; memory is checked as a size, never a timing.

function issuesOf(input: unknown) {
  const result = safeParseDataset(input);
  if (result.success) throw new Error('expected the dataset to be rejected');
  return result.issues;
}
const totalOf = (message: string): number => Number(/\(([\d,]+) in all/.exec(message)![1]!.replaceAll(',', ''));

describe('a nested array of many bad items', () => {
  it('lists 10,000 of 10^6 bad paragraphs and counts the rest, without building them all', () => {
    const d = copyMini() as any;
    d.entities[0].evidence[0].paragraphs = new Array(1_000_000).fill(0);
    const before = process.memoryUsage().heapUsed;
    const issues = issuesOf(d);
    const grown = process.memoryUsage().heapUsed - before;
    expect(issues).toHaveLength(MAX_LISTED_ISSUES + 1);
    expect(issues[0]!.path).toEqual(['entities', 0, 'evidence', 0, 'paragraphs', 0]);
    expect(issues[MAX_LISTED_ISSUES - 1]!.path).toEqual(['entities', 0, 'evidence', 0, 'paragraphs', MAX_LISTED_ISSUES - 1]);
    expect(totalOf(issues[MAX_LISTED_ISSUES]!.message)).toBe(1_000_000);
    // Each problem object costs about 550 bytes: 10^6 of them built would be ~550 MB.
    expect(grown).toBeLessThan(200_000_000);
  });

  it('reports a nested array of length 4e9 with one element as one run of holes, never walked', () => {
    const d = copyMini() as any;
    const a: unknown[] = [1];
    a.length = 4e9;
    d.entities[0].evidence[0].paragraphs = a;
    const issues = issuesOf(d);
    expect(issues).toHaveLength(MAX_LISTED_ISSUES + 1);
    expect(issues[0]!.path).toEqual(['entities', 0, 'evidence', 0, 'paragraphs', 1]);
    expect(issues[0]!.message).toMatch(/hole in a sparse array/);
    expect(totalOf(issues[MAX_LISTED_ISSUES]!.message)).toBe(4e9 - 1);
  });

  it('costs the elements present, not the length, for a sparse nested array of length 4·10^6', () => {
    const d = copyMini() as any;
    const a: unknown[] = [1];
    a.length = 4_000_000;
    d.entities[0].evidence[0].paragraphs = a;
    const before = process.memoryUsage().heapUsed;
    const issues = issuesOf(d);
    const grown = process.memoryUsage().heapUsed - before;
    expect(totalOf(issues[MAX_LISTED_ISSUES]!.message)).toBe(4_000_000 - 1);
    expect(grown).toBeLessThan(200_000_000);
  });

  it('counts 10^6 bad top-level records of one value without building their problems', () => {
    const d = copyMini() as any;
    d.events = new Array(1_000_000).fill(0);
    const issues = issuesOf(d);
    expect(issues[0]!.path).toEqual(['events', 0]);
    expect(totalOf(issues[MAX_LISTED_ISSUES]!.message)).toBeGreaterThanOrEqual(1_000_000);
  });

  it('reports a short sparse nested array at each hole', () => {
    const d = copyMini() as any;
    d.entities[0].evidence[0].paragraphs = [1, , 2];
    const issues = issuesOf(d);
    expect(issues.map((i) => i.path)).toEqual([['entities', 0, 'evidence', 0, 'paragraphs', 1]]);
  });
});
