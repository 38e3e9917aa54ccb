/** Up to this length an array is walked index by index; a longer one by its own keys. */
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
  if (length <= WALK) {
    let start = -1;
    for (let i = 0; i < length; i++) {
      if (Object.prototype.hasOwnProperty.call(list, i)) {
        if (start >= 0) holes(start, i - start);
        start = -1;
        element(i);
      } else if (start < 0) {
        start = i;
      }
    }
    if (start >= 0) holes(start, length - start);
    return;
  }
  let next = 0;
  for (const key of Object.keys(list)) {
    const i = Number(key);
    if (!Number.isInteger(i) || i < next || String(i) !== key) continue; // not an index
    if (i > next) holes(next, i - next);
    element(i);
    next = i + 1;
  }
  if (length > next) holes(next, length - next);
}
