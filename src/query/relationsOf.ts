import type { BundledDataset, EntityId } from '../bundled/dataset.js';
import { bundledIndex } from './internal/bundledIndex.js';
import type { RelationOptions, RelationView } from './types.js';

/**
 * The bundled relationships of an entity, in both directions, each read from the entity's side:
 * a relationship is stored once (`kataib-hezbollah backed-by iran`) and read from its object
 * under the inverse name from `PREDICATE_INFO` (`iran backs kataib-hezbollah`).
 * In data order of the relationships.
 *
 * @param entity - an entity id.
 * @param options - `predicate`: a predicate (matches its relationships either way) or an inverse
 *   name such as `'backs'` (matches them read from the object), or an array of them;
 *   `direction`: `'outgoing'`, `'incoming'` or `'both'` (default); `asOf`: keep relationships
 *   whose `valid` period overlaps this date (those without one always hold).
 * @returns a frozen array of `{ relationship, direction, predicate, other }`.
 * @throws {UnknownIdError} for an unknown entity id (from JS), naming the close ids.
 * @throws {ArgumentRangeError} for an unknown predicate name.
 * @throws {DateFormatError} for an unparseable `asOf`.
 * @throws {ArgumentTypeError} for a non-string id, an unknown option name or a wrong `direction`.
 * @example
 * relationsOf('iran', { predicate: 'backs' }).map((r) => r.other.id)
 * // => ['iran-backed-militias', 'kataib-sayyid-al-shuhada', 'kataib-hezbollah']
 * relationsOf('kataib-hezbollah', { direction: 'outgoing' }).map((r) => `${r.predicate} ${r.other.id}`)
 * // => ['member-of islamic-resistance-in-iraq', 'member-of iran-backed-militias', 'backed-by iran', 'fought united-states', 'opposes israel', 'located-in iraq']
 */
export function relationsOf(entity: EntityId, options?: RelationOptions): readonly RelationView<BundledDataset>[] {
  return bundledIndex().relationsOf(entity, options);
}
