import type { BundledDataset } from '../bundled/dataset.js';
import type { EventType } from '../vocab/events.js';
import { bundledIndex } from './internal/bundledIndex.js';
import type { ByTypeOptions, EventOf, OneOrMore } from './types.js';

/**
 * The bundled events of a type (or of any of several types), in chronological order.
 *
 * @param type - one of `EVENT_TYPES`, or an array of them.
 * @param options - the other filters of `query`: `actor`, `roles`, `includeMembers`, `from`,
 *   `to`, `mode`, `place`, `modality`.
 * @returns a frozen array of the dataset's event records.
 * @throws {RangeError} for a type outside `EVENT_TYPES`, naming the closest.
 * @throws {TypeError} when `type` is missing, or for an unknown option name.
 * @example
 * byType('drone-strike').map((e) => e.id)
 * // => ['us-drone-strike-baghdad-airport-2020', 'tower-22-drone-attack']
 * byType(['threat'], { modality: 'conditional' }).map((e) => e.id)
 * // => ['nujaba-conditional-threat']
 */
export function byType(type: OneOrMore<EventType>, options?: ByTypeOptions<BundledDataset>): readonly EventOf<BundledDataset>[] {
  return bundledIndex().byType(type, options);
}
