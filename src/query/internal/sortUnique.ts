/**
 * Sorts ranks ascending and drops repeats.
 *
 * @param ranks - event ranks in any order.
 * @returns a new sorted array without duplicates.
 */
export function sortUnique(ranks: ArrayLike<number>): Int32Array {
  const sorted = Int32Array.from(ranks).sort();
  let w = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[w++] = sorted[i]!;
  }
  return sorted.subarray(0, w);
}
