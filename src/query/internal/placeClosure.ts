import type { IndexData } from './IndexData.js';

/**
 * A place and every place within it, transitively (by `within`).
 *
 * @param ix - the index.
 * @param place - the place's entity position.
 * @returns entity positions, the place first.
 */
export function placeClosure(ix: IndexData, place: number): number[] {
  const seen = new Set([place]);
  const out = [place];
  for (let q = 0; q < out.length; q++) {
    const node = out[q]!;
    for (let i = ix.childOffsets[node]!, hi = ix.childOffsets[node + 1]!; i < hi; i++) {
      const child = ix.children[i]!;
      if (!seen.has(child)) {
        seen.add(child);
        out.push(child);
      }
    }
  }
  return out;
}
