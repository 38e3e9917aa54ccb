import type { BundledDataset, EntityId } from '../bundled/dataset.js';
import { bundledIndex } from './internal/bundledIndex.js';
import type { ByPlaceOptions, EventOf } from './types.js';

/**
 * The bundled events located at a place or at any place within it (by the places' `within`,
 * transitively: Iraq includes Baghdad, which includes its airport), in chronological order.
 *
 * @param place - a place or state id.
 * @param options - the other filters of `query`: `actor`, `roles`, `includeMembers`, `from`,
 *   `to`, `mode`, `type`, `modality`.
 * @returns a frozen array of the dataset's event records.
 * @throws {UnknownIdError} for an unknown place id (from JS), naming the nearest ids.
 * @throws {TypeError} for an unknown option name.
 * @example
 * byPlace('baghdad').map((e) => e.id)
 * // => ['us-drone-strike-baghdad-airport-2020', 'us-strike-baghdad-2024-01']
 */
export function byPlace(place: EntityId, options?: ByPlaceOptions<BundledDataset>): readonly EventOf<BundledDataset>[] {
  return bundledIndex().byPlace(place, options);
}
