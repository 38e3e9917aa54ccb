import type { BundledDataset } from '../bundled/dataset.js';
import { bundledIndex } from './internal/bundledIndex.js';
import type { EventOf, QueryFilters } from './types.js';

/**
 * Every bundled event in chronological order (earliest day, then latest day, then id), or
 * those matching filters: the same filters as `query`, all optional.
 *
 * @param filters - optional: `actor`, `roles`, `includeMembers`, `from`, `to`, `mode`, `type`,
 *   `place`, `modality`.
 * @returns a frozen array of the dataset's event records.
 * @throws {UnknownIdError | DateFormatError | RangeError | TypeError} for bad filters, as `query` does.
 * @example
 * timeline()[0]?.id // => 'pmf-coalition-clashes-before-2020' (dated '/2020': its start is unknown, so it sorts first)
 * timeline({ modality: 'actual', from: '2024' }).every((e) => e.modality === 'actual') // => true
 */
export function timeline(filters?: QueryFilters<BundledDataset>): readonly EventOf<BundledDataset>[] {
  return bundledIndex().timeline(filters);
}
