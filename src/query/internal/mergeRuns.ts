/**
 * Merges sorted runs of ranks into one ascending run without repeats, pairwise (a balanced merge
 * tree: each rank is moved `log2(runs)` times), instead of sorting them afresh.
 *
 * @param values - the runs, one after another; each run ascending. Overwritten.
 * @param bounds - where each run starts in `values`, then where the last one ends
 *   (`bounds[runs]`); `runs + 1` numbers.
 * @param runs - how many runs.
 * @param scratch - room for the merge, at least as long as the runs together (allocated when absent).
 * @returns the merged ranks (a view of `values` or of `scratch`).
 */
export function mergeRuns(values: Int32Array, bounds: Int32Array, runs: number, scratch?: Int32Array): Int32Array {
  const total = bounds[runs]! - bounds[0]!;
  let src: Int32Array = values.subarray(bounds[0]!, bounds[runs]!);
  if (runs <= 1) return src;
  let dst: Int32Array = scratch !== undefined && scratch.length >= total ? scratch.subarray(0, total) : new Int32Array(total);
  const edges = Int32Array.from(bounds.subarray(0, runs + 1), (b) => b - bounds[0]!);
  let count = runs;
  while (count > 1) {
    let w = 0;
    let out = 0;
    for (let r = 0; r < count; r += 2) {
      const aLo = edges[r]!;
      const aHi = edges[r + 1]!;
      edges[out++] = w;
      if (r + 1 === count) {
        for (let i = aLo; i < aHi; i++) dst[w++] = src[i]!;
        continue;
      }
      const bHi = edges[r + 2]!;
      let i = aLo;
      let j = aHi;
      while (i < aHi && j < bHi) {
        const x = src[i]!;
        const y = src[j]!;
        if (x < y) {
          dst[w++] = x;
          i++;
        } else if (y < x) {
          dst[w++] = y;
          j++;
        } else {
          dst[w++] = x;
          i++;
          j++;
        }
      }
      while (i < aHi) dst[w++] = src[i++]!;
      while (j < bHi) dst[w++] = src[j++]!;
    }
    edges[out] = w;
    count = out;
    const t = src;
    src = dst;
    dst = t;
  }
  return src.subarray(0, edges[1]!);
}
