import type { BundledDataset, EntityId } from '../bundled/dataset.js';
import { bundledIndex } from './internal/bundledIndex.js';
import type { PathResult, RelationOptions } from './types.js';

/**
 * The shortest chain of bundled relationships between two entities (breadth-first, following
 * relationships in either direction unless `direction` says otherwise), with the relationships
 * on it, each read in the chain's direction. Among equally short chains, the one found first
 * following relationships in data order.
 *
 * @param a - the entity to start from.
 * @param b - the entity to reach.
 * @param options - `predicate`, `direction`, `asOf`, as for `relationsOf` (applied to every step).
 * @returns `{ entities, steps }` (a single entity and no steps when `a` is `b`), or `null` when
 *   no chain links them.
 * @throws {UnknownIdError} for an unknown id (from JS), naming the argument and the nearest ids.
 * @throws {ArgumentTypeError} for a non-string id or an unknown option name.
 * @example
 * path('kataib-hezbollah', 'iran')?.steps.map((s) => `${s.from.id} ${s.predicate} ${s.to.id}`)
 * // => ['kataib-hezbollah backed-by iran']
 */
export function path(a: EntityId, b: EntityId, options?: RelationOptions): PathResult<BundledDataset> | null {
  return bundledIndex().path(a, b, options);
}
