import type { BundledDataset } from '../bundled/dataset.js';
import type { EventType } from '../vocab/events.js';
import { bundledIndex } from './internal/bundledIndex.js';
import type { ByTypeOptions, EventOf, OneOrMore } from './types.js';

/**
 * The bundled events of a type (or of any of several types), in chronological order.
 *
 * By default only what **happened** is returned: `actual` events and the threats that were made
 * (a `threat` that is `threatened` or `conditional`); pass `modality` (one, several, or `'any'`)
 * for expected, claimed or merely threatened events. So `byType('attack')` counts
 * attacks that took place, never the expected ones.
 *
 * @param type - one of `EVENT_TYPES`, or an array of them.
 * @param options - the other filters of `query`: `actor`, `roles`, `includeMembers`, `from`,
 *   `to`, `mode`, `place`, `modality`.
 * @returns a frozen array of the dataset's event records.
 * @throws {ArgumentRangeError} for a type outside `EVENT_TYPES`, naming the close ones.
 * @throws {ArgumentTypeError} when `type` is missing or not a string (or array of strings), or
 *   for an unknown option name.
 * @example
 * byType('drone-strike').map((e) => e.id)
 * // => ['us-drone-strike-baghdad-airport-2020', 'tower-22-drone-attack']
 * byType(['threat'], { modality: 'conditional' }).map((e) => e.id)
 * // => ['nujaba-conditional-threat']
 * byType('attack', { modality: 'any' }).map((e) => e.modality) // => ['actual', 'expected']
 */
export function byType(type: OneOrMore<EventType>, options?: ByTypeOptions<BundledDataset>): readonly EventOf<BundledDataset>[] {
  return bundledIndex().byType(type, options);
}
