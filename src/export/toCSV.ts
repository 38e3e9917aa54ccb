import type { DatasetRecord, EventRecord } from '../schema/types.js';
import { checkChoice } from './checkChoice.js';
import { CSV_TABLES, csvTable, type CsvTable } from './csvTable.js';
import { formatCsv } from './formatCsv.js';
import { resolveDataset } from './resolveDataset.js';

/** Options of {@link toCSV}. */
export interface CsvOptions {
  /** The dataset to export (default: the bundled report). */
  readonly dataset?: DatasetRecord;
  /** Only these events, in this order, for the `events` and `participants` tables (e.g. a query's result). */
  readonly events?: readonly EventRecord[];
  /** Prefix a UTF-8 byte order mark, which Excel needs to read UTF-8 (default false). */
  readonly bom?: boolean;
}

/**
 * Exports one table of a dataset as RFC 4180 CSV: UTF-8, a header row, CRLF line endings,
 * quoting only where needed, an empty cell for unknown (`null`), never 0.
 *
 * Main tables (`events`, `entities`, `relationships`, `event-links`, `sources`) hold
 * single-valued columns only; what is multi-valued gets a long table with one row per value
 * (`participants`, `aliases`, `evidence`), joined back by id. The `events` table is ACLED-like:
 * `actor1_*` is the first perpetrator (else claimant, speaker…), `actor2_*` the first target
 * (else victim, addressee…); every participant is in `participants`.
 *
 * @param table - one of {@link CSV_TABLES}.
 * @param options - `dataset`, `events` (a subset), `bom`.
 * @returns the CSV text.
 * @throws {RangeError} for an unknown table name, listing the accepted ones.
 * @example
 * toCSV('events').split('\r\n')[0].startsWith('id,date,date_text,earliest,latest,precision') // => true
 */
export function toCSV(table: CsvTable, options: CsvOptions = {}): string {
  const name = checkChoice('toCSV: table', table, CSV_TABLES);
  const data = resolveDataset(options.dataset, 'toCSV');
  const { header, rows } = csvTable(name, data, options.events ?? data.events);
  return formatCsv(header, rows, options.bom === true);
}

export { CSV_TABLES, type CsvTable };
