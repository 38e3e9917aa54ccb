import type { BundledDataset, EntityId } from '../bundled/dataset.js';
import { bundledIndex } from './internal/bundledIndex.js';
import type { MembershipEntry, MembershipOptions } from './types.js';

/**
 * The members of a bundled entity through membership relationships (`member-of`, `part-of`:
 * those flagged `membership` in `PREDICATE_INFO`), transitively: members of members too.
 * Ordered by depth, then id; each member once, at its smallest depth.
 *
 * @param entity - an entity id (an umbrella, a coalition, a state apparatus …).
 * @param options - `asOf`: only relationships valid at this date (every link of a chain);
 *   `transitive`: `false` for direct members only.
 * @returns a frozen array of `{ entity, depth, via }`, `via` being the chain of relationships
 *   from `entity` down to the member (the same shape as `causes` / `consequences`: `depth` is
 *   always `via.length`).
 * @throws {UnknownIdError} for an unknown entity id (from JS), naming the close ids.
 * @throws {DateFormatError} for an unparseable `asOf`.
 * @throws {ArgumentTypeError} for a non-string id or an unknown option name.
 * @example
 * membersOf('islamic-resistance-in-iraq').map((m) => m.entity.id)
 * // => ['harakat-hezbollah-al-nujaba', 'kataib-hezbollah', 'kataib-sayyid-al-shuhada']
 */
export function membersOf(entity: EntityId, options?: MembershipOptions): readonly MembershipEntry<BundledDataset>[] {
  return bundledIndex().membersOf(entity, options);
}
