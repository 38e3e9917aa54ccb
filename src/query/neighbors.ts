import type { BundledDataset, EntityId } from '../bundled/dataset.js';
import { bundledIndex } from './internal/bundledIndex.js';
import type { EntityOf, RelationOptions } from './types.js';

/**
 * The bundled entities one relationship away from an entity (either direction unless
 * `direction` says otherwise), each once, ordered by id.
 *
 * @param entity - an entity id.
 * @param options - `predicate`, `direction`, `asOf`, as for `relationsOf`.
 * @returns a frozen array of entity records.
 * @throws {UnknownIdError} for an unknown entity id (from JS), naming the close ids.
 * @throws {ArgumentRangeError} for an unknown predicate name.
 * @throws {ArgumentTypeError} for a non-string id or an unknown option name.
 * @example
 * neighbors('abu-mahdi-al-muhandis').map((e) => e.id)
 * // => ['kataib-hezbollah']
 */
export function neighbors(entity: EntityId, options?: RelationOptions): readonly EntityOf<BundledDataset>[] {
  return bundledIndex().neighbors(entity, options);
}
