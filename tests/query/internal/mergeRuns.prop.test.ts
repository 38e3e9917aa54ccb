import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeRuns } from '../../../src/query/internal/mergeRuns.js';

// Runs of distinct ascending ranks, possibly sharing ranks with each other, some empty.
const runsArb = fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 20 }).map((r) => [...r].sort((a, b) => a - b)), { maxLength: 12 });

describe('mergeRuns', () => {
  it('equals sorting the concatenation and dropping repeats', () => {
    fc.assert(
      fc.property(runsArb, fc.nat({ max: 5 }), (runs, offset) => {
        const values = new Int32Array(offset + runs.reduce((s, r) => s + r.length, 0));
        const bounds = [offset];
        let w = offset;
        for (const run of runs) {
          for (const x of run) values[w++] = x;
          bounds.push(w);
        }
        const expected = [...new Set(runs.flat())].sort((a, b) => a - b);
        const got = [...mergeRuns(values, Int32Array.from(bounds), runs.length)];
        expect(got).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
