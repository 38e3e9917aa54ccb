import type { IndexData } from './IndexData.js';

const cache = new WeakMap<IndexData, ReadonlyMap<string, number>>();

/**
 * Event id → rank, built on first use and kept with the index (only the helpers that take an
 * event id need it, so building an index does not pay for it).
 *
 * @param ix - the index.
 * @returns the map; a repeated id maps to its first rank.
 */
export function eventIdIndex(ix: IndexData): ReadonlyMap<string, number> {
  let map = cache.get(ix);
  if (map === undefined) {
    const built = new Map<string, number>();
    ix.sorted.forEach((e, r) => {
      if (!built.has(e.id)) built.set(e.id, r);
    });
    map = built;
    cache.set(ix, map);
  }
  return map;
}
