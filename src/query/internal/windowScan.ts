import { CLASS_COUNT, FINITE_CLASSES, OPEN_BOTH_CLASS, OPEN_END_CLASS, OPEN_START_CLASS, type IndexData } from './IndexData.js';

/** First `i` in `[lo, hi)` with `keys[list[i]] >= x` (or `> x` when `strict`); `hi` when none. */
function search(list: Int32Array, lo: number, hi: number, keys: Float64Array, x: number, strict: boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[list[mid]!]!;
    if (strict ? k > x : k >= x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** No further check: every event of the range matches. */
export const CHECK_NONE = 0;
/** Keep the events of the range that end on or before the window's last day. */
export const CHECK_END_BEFORE = 1;
/** Keep the events of the range that end on or after the window's first day. */
export const CHECK_END_AFTER = 2;

/** Room for the triples `windowScan` writes: one per span class at most. */
export const WINDOW_RANGES_LENGTH = 3 * CLASS_COUNT;

/**
 * Bounds the events whose interval overlaps `[w0, w1]` (or lies within it), one span class at a
 * time: in class `k` every span is at most `2^k − 1` days, so an overlapping event starts no
 * earlier than `w0 − (2^k − 1)`; a binary search bounds the range to check. Events open at an
 * end sit in their own classes, sorted so that a single bound decides.
 *
 * Each range is a run of `ix.classRanks`, whose ranks are ascending: a sorted run of candidates
 * (checked with its `check` kind), ready to be merged with the others without a sort.
 *
 * @param ix - the index.
 * @param w0 - first day of the window (may be `-Infinity`).
 * @param w1 - last day (may be `Infinity`).
 * @param within - `true`: the event must lie within the window; `false`: overlap it.
 * @param ranges - receives triples `(lo, hi, check)`: positions in `ix.classRanks` and a
 *   `CHECK_*` kind; at least {@link WINDOW_RANGES_LENGTH} long.
 * @param limit - give up once the ranges hold more than this many candidates (the caller will
 *   not use them); the busiest classes (single days, then short spans) come first.
 * @returns how many triples were written (empty ranges are skipped), or -1 when over `limit`.
 */
export function windowScan(ix: IndexData, w0: number, w1: number, within: boolean, ranges: Int32Array, limit = Number.POSITIVE_INFINITY): number {
  const { classOffsets, classRanks: list, start, end } = ix;
  let count = 0;
  let size = 0;
  const width = w1 - w0;
  // Finite spans: class k holds spans of at most 2^k - 1 days (and, for k > 0, at least 2^(k-1)).
  for (let k = 0, bound = 0; k < FINITE_CLASSES && size <= limit; k++, bound = 2 * bound + 1) {
    const lo = classOffsets[k]!;
    const hi = classOffsets[k + 1]!;
    if (lo === hi) continue;
    // Within: a span longer than the window cannot fit in it.
    if (within && k > 0 && (bound + 1) / 2 > width) continue;
    const a = search(list, lo, hi, start, within ? w0 : w0 - bound, false);
    const b = search(list, a, hi, start, w1, true);
    if (a === b) continue;
    ranges[3 * count] = a;
    ranges[3 * count + 1] = b;
    // Single days that start in the window end in it too.
    ranges[3 * count + 2] = k === 0 ? CHECK_NONE : within ? CHECK_END_BEFORE : CHECK_END_AFTER;
    count++;
    size += b - a;
  }
  const open = (lo: number, hi: number): void => {
    if (lo >= hi) return;
    ranges[3 * count] = lo;
    ranges[3 * count + 1] = hi;
    ranges[3 * count + 2] = CHECK_NONE;
    count++;
    size += hi - lo;
  };
  // bounded start, open end: sorted by start
  let lo = classOffsets[OPEN_END_CLASS]!;
  let hi = classOffsets[OPEN_END_CLASS + 1]!;
  if (!within) open(lo, search(list, lo, hi, start, w1, true));
  else if (w1 === Number.POSITIVE_INFINITY) open(search(list, lo, hi, start, w0, false), hi);
  // open start, bounded end: all starts are -Infinity, so rank order sorts them by end
  lo = classOffsets[OPEN_START_CLASS]!;
  hi = classOffsets[OPEN_START_CLASS + 1]!;
  if (!within) open(search(list, lo, hi, end, w0, false), hi);
  else if (w0 === Number.NEGATIVE_INFINITY) open(lo, search(list, lo, hi, end, w1, true));
  // open at both ends
  lo = classOffsets[OPEN_BOTH_CLASS]!;
  hi = classOffsets[OPEN_BOTH_CLASS + 1]!;
  if (!within || (w0 === Number.NEGATIVE_INFINITY && w1 === Number.POSITIVE_INFINITY)) open(lo, hi);
  return size > limit ? -1 : count;
}
