import { sortChronologically } from '../dataset/sortChronologically.js';
import type { DatasetRecord, EventRecord } from '../schema/types.js';
import { checkChoice } from './checkChoice.js';
import { CSV_TABLES, csvTable, type CsvTable } from './csvTable.js';
import type { CsvFormulas } from './formatCsv.js';
import { writeCsv } from './writeCsv.js';
import { checkEventRecords } from './checkEventRecords.js';
import { readExportOptions } from './readExportOptions.js';
import { optionChoice } from '../query/internal/optionChoice.js';
import { resolveDataset } from './resolveDataset.js';

/** Options of {@link toCSV}. */
export interface CsvOptions {
  /** The dataset to export (default: the bundled report). */
  readonly dataset?: DatasetRecord;
  /** Only these events, in this order, for the `events` and `participants` tables (e.g. a query's result). */
  readonly events?: readonly EventRecord[];
  /** Prefix a UTF-8 byte order mark, which Excel needs to read UTF-8 (default false). */
  readonly bom?: boolean;
  /**
   * `'escape'` (default): text cells starting with `=`, `+`, `-`, `@`, a tab or a carriage
   * return get a leading `'` so spreadsheets do not run them as formulas (numbers are never
   * touched); `'raw'`: every value as it is, for databases and scripts.
   */
  readonly formulas?: CsvFormulas;
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
 * @param options - `dataset`, `events` (a subset), `bom`, `formulas` ({@link CsvOptions}).
 * @returns the CSV text.
 * @throws {RangeError} for an unknown table name, listing the accepted ones.
 * @throws {TypeError} for an unknown option, a value of the wrong type, or ids where event records are expected.
 * @example
 * toCSV('events').split('\r\n')[0].startsWith('id,date,date_text,earliest,latest,precision') // => true
 */
export function toCSV(table: CsvTable, options: CsvOptions = {}): string {
  const name = checkChoice('toCSV: table', table, CSV_TABLES);
  const opts = readExportOptions('toCSV', options, ['dataset', 'events', 'bom', 'formulas']);
  const data = resolveDataset(opts['dataset'] as DatasetRecord | undefined, 'toCSV');
  const events = checkEventRecords('toCSV', opts['events']);
  const bom = optionChoice('toCSV', 'bom', opts['bom'], [true, false], false);
  const formulas = optionChoice('toCSV', 'formulas', opts['formulas'], ['escape', 'raw'], 'escape');
  // Without a subset, events in the package's one chronological order (that of timeline()).
  const { header, rows } = csvTable(name, data, events ?? (name === 'events' || name === 'participants' ? sortChronologically(data.events) : data.events));
  return writeCsv('toCSV', header, rows, bom, formulas === 'escape', 'export subsets with options.events, or use toNDJSON and write one line per record');
}

export { CSV_TABLES, type CsvTable };
