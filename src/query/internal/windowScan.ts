import { FINITE_CLASSES, OPEN_BOTH_CLASS, OPEN_END_CLASS, OPEN_START_CLASS, type IndexData } from './IndexData.js';

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

/**
 * Finds the events whose interval overlaps `[w0, w1]` (or lies within it), one span class at a
 * time: in class `k` every span is at most `2^k − 1` days, so an overlapping event starts no
 * earlier than `w0 − (2^k − 1)`; a binary search bounds the range to check. Events open at an
 * end sit in their own classes, sorted so that a single bound decides.
 *
 * @param ix - the index.
 * @param w0 - first day of the window (may be `-Infinity`).
 * @param w1 - last day (may be `Infinity`).
 * @param within - `true`: the event must lie within the window; `false`: overlap it.
 * @param out - where to push the matching ranks (unsorted across classes); `null` to only count.
 * @returns with `out`, how many ranks were pushed; without, an upper bound of that (the ranges' sizes).
 */
export function windowScan(ix: IndexData, w0: number, w1: number, within: boolean, out: number[] | null): number {
  const { classOffsets, classRanks: list, start, end } = ix;
  let count = 0;
  const take = (lo: number, hi: number, check: (r: number) => boolean): void => {
    if (out === null) {
      count += hi - lo;
      return;
    }
    for (let i = lo; i < hi; i++) {
      const r = list[i]!;
      if (check(r)) {
        out.push(r);
        count++;
      }
    }
  };
  const always = (): boolean => true;
  const width = w1 - w0;
  for (let k = 0; k < FINITE_CLASSES; k++) {
    const lo = classOffsets[k]!;
    const hi = classOffsets[k + 1]!;
    if (lo === hi) continue;
    const bound = 2 ** k - 1;
    if (within) {
      if (k > 0 && 2 ** (k - 1) > width) continue;
      const a = search(list, lo, hi, start, w0, false);
      const b = search(list, a, hi, start, w1, true);
      take(a, b, (r) => end[r]! <= w1);
    } else {
      const a = search(list, lo, hi, start, w0 - bound, false);
      const b = search(list, a, hi, start, w1, true);
      take(a, b, (r) => end[r]! >= w0);
    }
  }
  // bounded start, open end: sorted by start
  let lo = classOffsets[OPEN_END_CLASS]!;
  let hi = classOffsets[OPEN_END_CLASS + 1]!;
  if (!within) take(lo, search(list, lo, hi, start, w1, true), always);
  else if (w1 === Number.POSITIVE_INFINITY) take(search(list, lo, hi, start, w0, false), hi, always);
  // open start, bounded end: all starts are -Infinity, so rank order sorts them by end
  lo = classOffsets[OPEN_START_CLASS]!;
  hi = classOffsets[OPEN_START_CLASS + 1]!;
  if (!within) take(search(list, lo, hi, end, w0, false), hi, always);
  else if (w0 === Number.NEGATIVE_INFINITY) take(lo, search(list, lo, hi, end, w1, true), always);
  // open at both ends
  lo = classOffsets[OPEN_BOTH_CLASS]!;
  hi = classOffsets[OPEN_BOTH_CLASS + 1]!;
  if (!within || (w0 === Number.NEGATIVE_INFINITY && w1 === Number.POSITIVE_INFINITY)) take(lo, hi, always);
  return count;
}
