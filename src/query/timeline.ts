import type { BundledDataset } from '../bundled/dataset.js';
import { bundledIndex } from './internal/bundledIndex.js';
import type { EventOf, QueryFilters } from './types.js';

/**
 * The bundled events in chronological order — by the first day each is known to cover, then the
 * last, then id — or those matching filters: the same filters as `query`, all optional.
 *
 * By default the events that **happened**: `actual` ones and the threats that were made (each
 * marked by its `modality`: a conditional threat stays `conditional`). `{ modality: 'any' }` is
 * the whole report, expected events and claims included. An event whose start is unknown
 * (`'/2024-06-09'`) is placed at its known end, not before everything else.
 *
 * @param filters - optional: `actor`, `roles`, `includeMembers`, `from`, `to`, `mode`, `type`,
 *   `place`, `modality`.
 * @returns a frozen array of the dataset's event records.
 * @throws {UnknownIdError | DateFormatError | ArgumentRangeError | ArgumentTypeError} for bad filters, as `query` does.
 * @example
 * timeline()[0]?.id // => 'kss-formation' (the early 1990s; '/2020' sorts in 2020, at its known end)
 * timeline({ modality: 'any' }).length - timeline().length // => 3 (two expected events and the claimed attacks)
 * timeline({ modality: 'actual', from: '2024' }).every((e) => e.modality === 'actual') // => true
 */
export function timeline(filters?: QueryFilters<BundledDataset>): readonly EventOf<BundledDataset>[] {
  return bundledIndex().timeline(filters);
}
