import type { BundledDataset, EntityId } from '../bundled/dataset.js';
import { bundledIndex } from './internal/bundledIndex.js';
import type { ActorOptions, EventOf } from './types.js';

/**
 * The bundled events in which an entity takes part, in chronological order (earliest day, then
 * latest day, then id). Uses an index of the bundled data built on first call; for your own
 * data use `createIndex(yourDataset).byActor`.
 *
 * @param actor - an entity id (a wrong id does not compile).
 * @param options - `roles`: keep only events where it (or a member) has one of these roles;
 *   `includeMembers`: also the events of its member groups, transitively, through `member-of` /
 *   `part-of` relationships valid at each event's date (no `valid` = always); and the common
 *   filters `from`, `to`, `mode`, `type`, `place`, `modality` (see `query`; by default only
 *   what happened: `actual` events and the threats made).
 * @returns a frozen array of the dataset's event records.
 * @throws {UnknownIdError} for an unknown actor or place id (from JS), naming the close ids.
 * @throws {DateFormatError} for an unparseable `from` / `to`, naming it and the accepted forms.
 * @throws {ArgumentRangeError} when `from` is after `to`, for an unknown role, type or modality,
 *   or a `place` that is not a place.
 * @throws {ArgumentTypeError} for a non-string id, an unknown option name or a value of the wrong type.
 * @example
 * byActor('islamic-resistance-in-iraq').map((e) => e.id)
 * // => ['islamic-resistance-formation', 'kss-joins-islamic-resistance', 'tower-22-drone-attack']
 * byActor('islamic-resistance-in-iraq', { includeMembers: true }).length
 * // => 8: the events of Kataib Hezbollah, Nujaba and Kataib Sayyid al-Shuhada are added
 * byActor('kataib-hezbollah', { roles: ['speaker'], from: '2024' }).map((e) => e.id)
 * // => ['kh-arsenal-boast-2024-01']
 */
export function byActor(actor: EntityId, options?: ActorOptions<BundledDataset>): readonly EventOf<BundledDataset>[] {
  return bundledIndex().byActor(actor, options);
}
