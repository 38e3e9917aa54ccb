import type { IndexData } from './IndexData.js';
import { linkIndex } from './linkIndex.js';

/** One event reached by {@link eventChain}. */
export interface ChainStep {
  readonly rank: number;
  readonly depth: number;
  /** Positions of the links of the chain, from the starting event to this one (`depth` of them). */
  readonly via: readonly number[];
}

/**
 * Breadth-first walk over event links of the allowed types: towards causes (`from` → `to`) or
 * consequences (`to` → `from`). Each level is in chronological order; an event is reported once,
 * at its smallest depth, with the chain of links it was first reached through.
 *
 * @param ix - the index.
 * @param rank - the starting event.
 * @param towardCauses - follow links from `from` to `to` (what led to it) instead of back.
 * @param typeMask - per link-type code, 1 when the walk may use it.
 * @param transitive - `false` stops after one step.
 * @returns the events reached, by depth then chronologically.
 */
export function eventChain(ix: IndexData, rank: number, towardCauses: boolean, typeMask: Uint8Array, transitive: boolean): ChainStep[] {
  const li = linkIndex(ix);
  const [offsets, links, far] = towardCauses ? [li.outOffsets, li.out, li.to] : [li.inOffsets, li.in, li.from];
  const seen = new Set([rank]);
  const via = new Map<number, readonly number[]>([[rank, []]]);
  const out: ChainStep[] = [];
  let level = [rank];
  for (let depth = 1; level.length > 0; depth++) {
    const found: number[] = [];
    for (const node of level) {
      for (let i = offsets[node]!, hi = offsets[node + 1]!; i < hi; i++) {
        const link = links[i]!;
        const other = far[link]!;
        if (typeMask[li.type[link]!] !== 1 || other < 0 || seen.has(other)) continue;
        seen.add(other);
        via.set(other, [...via.get(node)!, link]);
        found.push(other);
      }
    }
    const next = found.sort((a, b) => a - b);
    for (const r of next) out.push({ rank: r, depth, via: via.get(r)! });
    if (!transitive) break;
    level = next;
  }
  return out;
}
