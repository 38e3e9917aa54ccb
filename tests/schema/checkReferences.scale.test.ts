import { describe, expect, it, vi } from 'vitest';
import type { IdSuggester } from '../../src/schema/idSuggester.js';

const made: IdSuggester[] = [];
vi.mock('../../src/schema/idSuggester.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/schema/idSuggester.js')>();
  return {
    idSuggester: (known: Iterable<string>) => {
      const suggester = real.idSuggester(known);
      made.push(suggester);
      return suggester;
    },
  };
});

const { safeParseDataset } = await import('../../src/schema/safeParseDataset.js');
const { danglingDataset } = await import('../../bench/danglingDataset.js');

describe('validation with many dangling references (work counted, not timed)', () => {
  it('searches "did you mean" once per distinct missing id, from a bounded candidate set', () => {
    made.length = 0;
    const result = safeParseDataset(danglingDataset(20_000, 20_000, 40));
    expect(result.success).toBe(false);
    if (result.success) return;
    // 10,000 listed, then one issue counting the rest (see IssueList).
    expect(result.issues).toHaveLength(10_001);
    expect(result.issues[10_000]).toEqual({ path: [], unlisted: 10_000, message: expect.stringMatching(/^… and 10,000 more problems not listed \(20,000 in all/) });
    expect(result.issues[0]!.message).toMatch(/^unknown entity id 'grup-0000000-x0'; closest: 'group-0000000'/);
    const searched = made.reduce((n, s) => n + s.searched, 0);
    expect(searched).toBe(40);
    expect(Math.max(...made.map((s) => s.mostCandidates))).toBeLessThanOrEqual(16);
  });

  it('every reference is reported, also past the suggestion budget', () => {
    made.length = 0;
    const result = safeParseDataset(danglingDataset(3000, 3000));
    if (result.success) throw new Error('expected issues');
    expect(result.issues).toHaveLength(3000);
    expect(made.reduce((n, s) => n + s.searched, 0)).toBe(1000);
    expect(result.issues[2999]!.message).toBe("unknown entity id 'grup-0002999-x2999'");
  });
});
