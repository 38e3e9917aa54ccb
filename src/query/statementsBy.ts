import type { BundledDataset, EntityId } from '../bundled/dataset.js';
import { bundledIndex } from './internal/bundledIndex.js';
import type { EventOf, StatementOptions } from './types.js';

/**
 * The statements, threats, demands and claims a bundled entity made: events in which it is the
 * `speaker`, and by default those its spokespersons (`spokesperson-of`, valid at the date) made
 * for it. Chronological order.
 *
 * @param entity - an entity id.
 * @param options - `includeSpokespersons` (default `true`), `includeMembers` (default `false`:
 *   also what its member groups said), and the common filters `from`, `to`, `mode`, `type`,
 *   `place`, `modality` (by default what happened: statements made and threats made, not claims
 *   or expectations).
 * @returns a frozen array of the dataset's event records.
 * @throws {UnknownIdError} for an unknown entity id (from JS), naming the nearest ids.
 * @throws {DateFormatError} for an unparseable `from` / `to`.
 * @throws {ArgumentRangeError} when `from` is after `to`.
 * @throws {ArgumentTypeError} for a non-string id or an unknown option name.
 * @example
 * statementsBy('kataib-sayyid-al-shuhada').map((e) => e.id)
 * // => ['kss-warning-2024-06-09'] (its spokesman spoke for it)
 */
export function statementsBy(entity: EntityId, options?: StatementOptions<BundledDataset>): readonly EventOf<BundledDataset>[] {
  return bundledIndex().statementsBy(entity, options);
}
