import type { BundledDataset } from '../bundled/dataset.js';
import { bundledIndex } from './internal/bundledIndex.js';
import type { EventOf, QueryFilters } from './types.js';

/**
 * The bundled events matching every given filter, in chronological order (earliest day, then
 * latest day, then id). Filters compose without a scan per filter: the most selective indexed
 * one (actor, type, place or window) gives the candidates and the others are checked on them.
 *
 * @param filters - `actor` (with `roles`, `includeMembers` as in `byActor`), `from` / `to` /
 *   `mode` (as in `between`), `type` (one or several), `place` (with the places within it),
 *   `modality` (one or several, or `'any'`; absent: only what happened — `actual` events and
 *   the threats made). An empty list for `type`, `modality` or `roles` matches nothing.
 * @returns a frozen array of the dataset's event records.
 * @throws {UnknownIdError} for an unknown actor or place id (from JS), naming the close ids.
 * @throws {DateFormatError} for an unparseable `from` / `to`, naming it and the accepted forms.
 * @throws {ArgumentRangeError} when `from` is after `to`, for a value outside a vocabulary, or a
 *   `place` that is not a place or a state.
 * @throws {ArgumentTypeError} for an unknown filter name, a value of the wrong type, or `roles` /
 *   `includeMembers` without `actor`.
 * @example
 * query({ actor: 'islamic-resistance-in-iraq', includeMembers: true, from: '2024-01', to: '2024-02', modality: 'actual' })
 *   .map((e) => e.id)
 * // => ['kss-joins-pmf', 'islamic-resistance-formation', 'kss-joins-islamic-resistance', 'kh-arsenal-boast-2024-01',
 * //     'kh-missile-strikes-on-israel', 'tower-22-drone-attack'] (intervals overlapping the window count)
 */
export function query(filters: QueryFilters<BundledDataset>): readonly EventOf<BundledDataset>[] {
  return bundledIndex().query(filters);
}
