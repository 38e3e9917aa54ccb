/** A run of more holes than this ends the index-by-index walk: the rest is visited by its own keys. */
const WALK = 1_000_000;

/**
 * Visits an array's own elements in order, and its holes in runs: a sparse array costs the
 * number of its elements, not its length (`list.length = 4e9` is reported as one run of holes,
 * never walked). An element inherited from `Array.prototype` counts as a hole.
 *
 * @param list - the array.
 * @param element - called with the index of each own element.
 * @param holes - called with the first index and the length of each run of holes.
 * @example
 * eachSlot([1, , , 4], (i) => seen.push(i), (from, count) => runs.push([from, count]))
 * // seen: [0, 3]; runs: [[1, 2]]
 */
export function eachSlot(list: readonly unknown[], element: (i: number) => void, holes: (from: number, count: number) => void): void {
  const length = list.length;
  // Index by index while the array is dense (no key strings built for 10^7 elements); past a
  // run of more than WALK holes, by its own keys from there on (`length = 4e9` is never walked).
  let start = -1;
  let i = 0;
  for (; i < length; i++) {
    if (Object.prototype.hasOwnProperty.call(list, i)) {
      if (start >= 0) holes(start, i - start);
      start = -1;
      element(i);
    } else if (start < 0) {
      start = i;
    } else if (i - start >= WALK && length - i > WALK) {
      break;
    }
  }
  if (i >= length) {
    if (start >= 0) holes(start, length - start);
    return;
  }
  let next = start;
  for (const key of Object.keys(list)) {
    const k = Number(key);
    if (!Number.isInteger(k) || k < next || String(k) !== key) continue; // not an index, or visited
    if (k > next) holes(next, k - next);
    element(k);
    next = k + 1;
  }
  if (length > next) holes(next, length - next);
}
