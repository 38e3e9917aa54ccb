import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { supportedCount } from '../../src/export/supportedCount.js';

const count = fc.option(fc.nat({ max: 10_000 }), { nil: null });
const estimate = fc
  .tuple(count, count, count)
  .map(([a, b, c]) => {
    // Keep the stored invariant low <= best <= high among the given values.
    const given = [a, b, c].filter((x): x is number => x !== null).sort((x, y) => x - y);
    const take = (x: number | null): number | null => (x === null ? null : given.shift()!);
    return { low: take(a), best: take(b), high: take(c) };
  });

/** Naive reference: the least of the figures that are lower bounds or best guesses. */
function reference(e: { low: number | null; best: number | null; high: number | null }): number | null {
  const candidates = [e.low, e.best].filter((x): x is number => x !== null);
  return candidates.length === 0 ? null : Math.min(...candidates);
}

describe('supportedCount (property)', () => {
  it('equals the least stated lower bound or best figure, and never exceeds any given figure', () => {
    fc.assert(
      fc.property(estimate, (e) => {
        const { count: got, inferred } = supportedCount(e);
        expect(inferred).toBeNull();
        expect(got).toBe(reference(e));
        for (const x of [e.low, e.best, e.high]) if (x !== null && got !== null) expect(got).toBeLessThanOrEqual(x);
        if (e.low === null && e.best === null) expect(got).toBeNull();
      }),
    );
  });

  it('sets every inferred figure aside', () => {
    fc.assert(
      fc.property(estimate, (e) => {
        const got = supportedCount({ ...e, certainty: 'inferred' } as typeof e);
        expect(got).toEqual({ count: null, inferred: reference(e) });
      }),
    );
  });

  it('gives nothing for no estimate, never 0', () => {
    expect(supportedCount(undefined)).toEqual({ count: null, inferred: null });
  });
});
