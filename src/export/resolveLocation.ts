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

/**
 * Follows a place's `within` chain (guarding against cycles) to find its state and the nearest
 * coordinates: a place without its own point takes its container's, at the container's precision.
 *
 * @param id - a place or state id (or `undefined` for an event without a location).
 * @param byId - the dataset's entities by id.
 * @returns the place, its country and the entity whose coordinates stand for it.
 * @example
 * resolveLocation('baghdad', byId).country?.id // => 'iraq'
 */
export function resolveLocation(id: string | undefined, byId: ReadonlyMap<string, EntityRecord>): ResolvedLocation {
  const place = id === undefined ? null : (byId.get(id) ?? null);
  let country: EntityRecord | null = null;
  let located: ResolvedLocation['located'] = null;
  const seen = new Set<string>();
  for (let at = place; at !== null && !seen.has(at.id); at = at.within === undefined ? null : (byId.get(at.within) ?? null)) {
    seen.add(at.id);
    if (country === null && at.kind === 'state') country = at;
    if (located === null && at.coordinates !== undefined) located = at as NonNullable<ResolvedLocation['located']>;
  }
  return { place, country, located };
}

/** The precision of a located point, re-exported for convenience in row builders. */
export type { CoordinatePrecision };
