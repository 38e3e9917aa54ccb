import type { BundledDataset } from '../bundled/dataset.js';
import { bundledIndex } from './internal/bundledIndex.js';
import type { ByPlaceOptions, EventOf, PlaceIdOf } from './types.js';

/** The id of a bundled place or state (an entity of kind `place` or `state`), derived from the data. */
export type PlaceId = PlaceIdOf<BundledDataset>;

/**
 * The bundled events located at a place or at any place within it (by the places' `within`,
 * transitively: Iraq includes Baghdad, which includes its airport), in chronological order.
 * By default only what happened (`actual` events and the threats made; see `modality`).
 *
 * @param place - a place or state id (the id of an armed group does not compile, and from JS is
 *   refused with an `ArgumentRangeError` naming its kind).
 * @param options - the other filters of `query`: `actor`, `roles`, `includeMembers`, `from`,
 *   `to`, `mode`, `type`, `modality`.
 * @returns a frozen array of the dataset's event records.
 * @throws {UnknownIdError} for an unknown place id (from JS), naming the close ids.
 * @throws {ArgumentRangeError} for an entity that is not a place or a state (from JS).
 * @throws {ArgumentTypeError} for a non-string id, an unknown option name or a bad option value.
 * @example
 * byPlace('baghdad').map((e) => e.id)
 * // => ['us-drone-strike-baghdad-airport-2020', 'us-strike-baghdad-2024-01']
 */
export function byPlace(place: PlaceId, options?: ByPlaceOptions<BundledDataset>): readonly EventOf<BundledDataset>[] {
  return bundledIndex().byPlace(place, options);
}
