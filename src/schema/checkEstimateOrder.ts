import type { IssueSink } from './IssueSink.js';

const NAMES = ['low', 'best', 'high'] as const;

/**
 * Adds an issue for each estimate bound below an earlier known one (`low` ≤ `best` ≤ `high`,
 * skipping `null`s).
 *
 * @param e - the estimate's bounds.
 * @param ctx - the zod refinement context to report into.
 * @example
 * Estimate.safeParse({ low: 5, best: 3, high: null }).success // => false
 */
export function checkEstimateOrder(
  e: { low: number | null; best: number | null; high: number | null },
  ctx: IssueSink,
): void {
  let prevName: string | undefined;
  let prev: number | undefined;
  for (const name of NAMES) {
    const value = e[name];
    if (value === null) continue;
    if (prev !== undefined && value < prev) {
      ctx.addIssue({ code: 'custom', path: [name], message: `must not be below ${prevName} (${prev})` });
    }
    prevName = name;
    prev = value;
  }
}
