import type { EventRecord } from '../../schema/types.js';
import type { IndexData } from './IndexData.js';

/** First `i` in `[lo, hi)` with `keys[i] >= x` (or `> x` when `strict`); `hi` when none. */
function bound(keys: Float64Array, lo: number, hi: number, x: number, strict: boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid]!;
    if (strict ? k > x : k >= x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The events that lie within `[w0, w1]` (`mode: 'within'`) with no filter but the defaults, in
 * chronological order. Ranks are sorted by first day, so every event that lies within the
 * window is in the one run of ranks whose first day is in `[w0, w1]`: two binary searches bound
 * it, and a pass over it keeps those that also end by `w1` — already in order, with no merge, and
 * never more candidates than a pass over every event. An unknown start (end) lies within the
 * window only when the window's start (end) is open.
 *
 * @param ix - the index.
 * @param w0 - first day of the window (may be `-Infinity`).
 * @param w1 - last day (may be `Infinity`).
 * @param happenedOnly - keep only the events that happened (the default).
 * @returns a new array of the matching records.
 */
export function withinWindow(ix: IndexData, w0: number, w1: number, happenedOnly: boolean): EventRecord[] {
  const unknownMask = 3 & ~((w0 === Number.NEGATIVE_INFINITY ? 1 : 0) | (w1 === Number.POSITIVE_INFINITY ? 2 : 0));
  const [start, end, unknown, records] = happenedOnly
    ? [ix.happenedStart, ix.happenedEnd, ix.happenedUnknownEnds, ix.happenedSorted]
    : [ix.start, ix.end, ix.unknownEnds, ix.sorted];
  const m = start.length;
  const lo = w0 === Number.NEGATIVE_INFINITY ? 0 : bound(start, 0, m, w0, false);
  const hi = w1 === Number.POSITIVE_INFINITY ? m : bound(start, lo, m, w1, true);
  // Copy the run at once (no growth while pushing), then keep the matches in place.
  const result = records.slice(lo, hi) as EventRecord[];
  let w = 0;
  for (let i = lo; i < hi; i++) {
    if (end[i]! <= w1 && (unknown[i]! & unknownMask) === 0) result[w++] = records[i]!;
  }
  result.length = w;
  return result;
}
