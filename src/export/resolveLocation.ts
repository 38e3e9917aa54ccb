import type { CoordinatePrecision } from '../vocab/entities.js';
import type { EntityRecord } from '../schema/types.js';

/** Where a place id resolves to: the place itself, the state it lies in, and the nearest coordinates. */
export interface ResolvedLocation {
  /** The entity the id names, or `null` when the id is unknown. */
  readonly place: EntityRecord | null;
  /** The first state on the `within` chain (the place itself if it is a state). */
  readonly country: EntityRecord | null;
  /** The first entity on the chain that has coordinates, with them. */
  readonly located: (EntityRecord & { readonly coordinates: NonNullable<EntityRecord['coordinates']> }) | null;
}

/** What a place's `within` chain gives, memoised per place id by {@link resolveLocation}. */
export type LocationMemo = Map<string, Pick<ResolvedLocation, 'country' | 'located'>>;

type Found = Pick<ResolvedLocation, 'country' | 'located'>;
const NOTHING: Found = { country: null, located: null };
const take = (e: EntityRecord, tail: Found): Found => ({
  country: e.kind === 'state' ? e : tail.country,
  located: e.coordinates !== undefined ? (e as NonNullable<ResolvedLocation['located']>) : tail.located,
});

/**
 * Follows a place's `within` chain (guarding against cycles) to find its state and the nearest
 * coordinates: a place without its own point takes its container's, at the container's precision.
 *
 * Pass one `memo` for a whole export: each place is then resolved once and remembered with every
 * place on its chain, so resolving every event of a dataset is linear in its size even on a deep
 * chain (without it, each call walks the whole chain).
 *
 * @param id - a place or state id (or `undefined` for an event without a location).
 * @param byId - the dataset's entities by id.
 * @param memo - what earlier calls on the same `byId` found (default: a fresh one).
 * @returns the place, its country and the entity whose coordinates stand for it.
 * @example
 * resolveLocation('baghdad', byId).country?.id // => 'iraq'
 */
export function resolveLocation(id: string | undefined, byId: ReadonlyMap<string, EntityRecord>, memo: LocationMemo = new Map()): ResolvedLocation {
  const place = id === undefined ? null : (byId.get(id) ?? null);
  if (place === null) return { place, ...NOTHING };
  const known = memo.get(place.id);
  if (known !== undefined) return { place, ...known };
  // Walk up to a place already resolved, the end of the chain, or a cycle; then fill in backwards.
  const path: EntityRecord[] = [];
  const onPath = new Map<string, number>();
  let tail: Found = NOTHING;
  for (let at: EntityRecord | null = place; at !== null; at = at.within === undefined ? null : (byId.get(at.within) ?? null)) {
    const done = memo.get(at.id);
    if (done !== undefined) {
      tail = done;
      break;
    }
    const k = onPath.get(at.id);
    if (k !== undefined) {
      // A cycle path[k..]: each member takes the first state and point going round from itself.
      const cycle = path.splice(k);
      const n = cycle.length;
      let ahead: Found = NOTHING;
      for (let r = 2 * n - 1; r >= 0; r--) {
        ahead = take(cycle[r % n]!, ahead);
        if (r < n) memo.set(cycle[r]!.id, ahead);
      }
      tail = memo.get(cycle[0]!.id)!;
      break;
    }
    onPath.set(at.id, path.length);
    path.push(at);
  }
  for (let i = path.length - 1; i >= 0; i--) {
    tail = take(path[i]!, tail);
    memo.set(path[i]!.id, tail);
  }
  return { place, ...memo.get(place.id)! };
}

/** The precision of a located point, re-exported for convenience in row builders. */
export type { CoordinatePrecision };
