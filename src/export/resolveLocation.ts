import type { CoordinatePrecision } from '../vocab/entities.js';
import type { EntityRecord } from '../schema/types.js';
import { foldChain } from './foldChain.js';

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
  return { place, ...foldChain(place, (e) => (e.within === undefined ? undefined : byId.get(e.within)), take, NOTHING, memo) };
}

/** The precision of a located point, re-exported for convenience in row builders. */
export type { CoordinatePrecision };
