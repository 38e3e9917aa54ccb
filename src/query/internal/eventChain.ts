import type { IndexData } from './IndexData.js';
import { linkIndex } from './linkIndex.js';

/** One event reached by {@link eventChain}. */
export interface ChainStep {
  readonly rank: number;
  readonly depth: number;
  /** The link that reached it (the last of its chain). */
  readonly rel: number;
  /** The index (in the walk's result) of the event it was reached from; -1 for the start. */
  readonly parent: number;
}

/**
 * Breadth-first walk over event links of the allowed types: towards causes (`from` → `to`) or
 * consequences (`to` → `from`). Each level is in chronological order; an event is reported once,
 * at its smallest depth, with the link it was first reached through and the entry it was reached
 * from (its whole chain: `chainOf`). Linear in what it walks (plus sorting each level).
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
  const entryOf = new Map<number, number>([[rank, -1]]);
  const reachedBy = new Map<number, readonly [link: number, parent: number]>();
  const out: ChainStep[] = [];
  let level = [rank];
  for (let depth = 1; level.length > 0; depth++) {
    const found: number[] = [];
    for (const node of level) {
      const parent = entryOf.get(node)!;
      for (let i = offsets[node]!, hi = offsets[node + 1]!; i < hi; i++) {
        const link = links[i]!;
        const other = far[link]!;
        if (typeMask[li.type[link]!] !== 1 || other < 0 || entryOf.has(other) || reachedBy.has(other)) continue;
        reachedBy.set(other, [link, parent]);
        found.push(other);
      }
    }
    const next = found.sort((a, b) => a - b);
    for (const r of next) {
      const [rel, parent] = reachedBy.get(r)!;
      entryOf.set(r, out.length);
      out.push({ rank: r, depth, rel, parent });
    }
    if (!transitive) break;
    level = next;
  }
  return out;
}
