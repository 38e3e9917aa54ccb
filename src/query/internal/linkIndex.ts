import { EVENT_LINK_TYPES } from '../../vocab/events.js';
import type { IndexData } from './IndexData.js';
import { NO_CODE } from './IndexData.js';
import { eventIdIndex } from './eventIdIndex.js';

/** Event links by event rank, both ways (CSR: the links of rank `r` are `values[offsets[r] .. offsets[r + 1])`). */
export interface LinkIndex {
  /** Ranks of each link's `from` and `to` events (-1 when unknown). */
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** Index into `EVENT_LINK_TYPES` (255 when not in the vocabulary). */
  readonly type: Uint8Array;
  /** Per event rank: positions of links whose `from` / `to` it is, ascending. */
  readonly outOffsets: Int32Array;
  readonly out: Int32Array;
  readonly inOffsets: Int32Array;
  readonly in: Int32Array;
}

const cache = new WeakMap<IndexData, LinkIndex>();
const LINK_CODE = new Map<string, number>(EVENT_LINK_TYPES.map((t, i) => [t, i]));

function group(keys: Int32Array, keyCount: number): [Int32Array, Int32Array] {
  const offsets = new Int32Array(keyCount + 1);
  for (const k of keys) if (k >= 0) offsets[k + 1]!++;
  for (let k = 0; k < keyCount; k++) offsets[k + 1]! += offsets[k]!;
  const fill = offsets.slice(0, keyCount);
  const values = new Int32Array(offsets[keyCount]!);
  keys.forEach((k, i) => {
    if (k >= 0) values[fill[k]!++] = i;
  });
  return [offsets, values];
}

/**
 * The event-link index, built on first use (by `causes` / `consequences`) and kept with the index.
 *
 * @param ix - the index.
 * @returns the links by rank, both ways.
 */
export function linkIndex(ix: IndexData): LinkIndex {
  let li = cache.get(ix);
  if (li === undefined) {
    const ranks = eventIdIndex(ix);
    const links = ix.eventLinks;
    const from = Int32Array.from(links, (l) => ranks.get(l.from) ?? -1);
    const to = Int32Array.from(links, (l) => ranks.get(l.to) ?? -1);
    const type = Uint8Array.from(links, (l) => LINK_CODE.get(l.type) ?? NO_CODE);
    const [outOffsets, out] = group(from, ix.eventCount);
    const [inOffsets, inLinks] = group(to, ix.eventCount);
    li = { from, to, type, outOffsets, out, inOffsets, in: inLinks };
    cache.set(ix, li);
  }
  return li;
}
