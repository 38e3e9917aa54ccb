import type { BundledDataset, EntityId } from '../bundled/dataset.js';
import { bundledIndex } from './internal/bundledIndex.js';
import type { MembershipEntry, MembershipOptions } from './types.js';

/**
 * What a bundled entity is a member or part of, transitively (`member-of`, `part-of`), the
 * reverse of `membersOf`. Ordered by depth, then id.
 *
 * @param entity - an entity id.
 * @param options - `asOf` (every link valid at that date), `transitive` (`false`: direct only).
 * @returns a frozen array of `{ entity, depth, via }`, `via` being the chain of relationships
 *   from `entity` up to the group.
 * @throws {UnknownIdError} for an unknown entity id (from JS), naming the close ids.
 * @throws {DateFormatError} for an unparseable `asOf`.
 * @throws {ArgumentTypeError} for a non-string id or an unknown option name.
 * @example
 * membershipsOf('kataib-sayyid-al-shuhada').map((m) => `${m.depth} ${m.entity.id}`)
 * // => ['1 iran-backed-militias', '1 islamic-resistance-in-iraq', '1 popular-mobilisation-forces', '2 iraqi-security-forces', '3 iraq']
 */
export function membershipsOf(entity: EntityId, options?: MembershipOptions): readonly MembershipEntry<BundledDataset>[] {
  return bundledIndex().membershipsOf(entity, options);
}
