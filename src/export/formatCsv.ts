import { optionChoice } from '../query/internal/optionChoice.js';
import { ArgumentTypeError } from '../errors/ArgumentTypeError.js';
import { isArraySafe } from '../errors/describeValue.js';
import { readExportOptions } from './readExportOptions.js';
import { writeCsv } from './writeCsv.js';
import { describeThrown } from '../errors/describeThrown.js';

/** A CSV cell value: `null` / `undefined` become an empty cell (unknown), never 0. */
export type CsvCell = string | number | boolean | null | undefined;

/** How to write text cells that a spreadsheet would run as a formula. */
export type CsvFormulas = 'escape' | 'raw';

/** Options of {@link formatCsv}. */
export interface FormatCsvOptions {
  /** Prefix a UTF-8 byte order mark (for Excel); default false. */
  readonly bom?: boolean;
  /**
   * `'escape'` (the default): a text cell that starts with `=`, `+`, `-`, `@`, a tab or a
   * carriage return gets a leading `'`, so Excel, LibreOffice and Google Sheets show it as text
   * instead of running it as a formula (the OWASP rule against CSV injection). Numbers, and text
   * that is just a number (`-5`, `+3.5`), are never changed. `'raw'`: every cell as it is, for
   * tools that are not spreadsheets.
   */
  readonly formulas?: CsvFormulas;
}

const reason = describeThrown;

/** Reads an array once into a plain copy (a hole reads as `undefined`). */
function copyArray(value: unknown): unknown[] | null {
  if (!isArraySafe(value)) return null;
  const list = value as readonly unknown[];
  const n = list.length;
  const out = new Array<unknown>(n);
  for (let i = 0; i < n; i++) out[i] = list[i];
  return out;
}

/**
 * Writes rows as RFC 4180 CSV: a header row, CRLF line endings (the last line too), fields that
 * contain a comma, double quote, CR or LF quoted, double quotes doubled; text cells that a
 * spreadsheet would run as a formula neutralised with a leading `'` unless `formulas: 'raw'`.
 *
 * @param header - the column names.
 * @param rows - one array of cells per row, in header order.
 * @param options - `bom` and `formulas` ({@link FormatCsvOptions}); a boolean means `{ bom }`.
 * @returns the CSV text.
 * @throws {TypeError} when the header or rows are not arrays, or for an unknown option or value.
 * @example
 * formatCsv(['id', 'note'], [['a', 'x, "y"'], ['b', null]]) // => 'id,note\r\na,"x, ""y"""\r\nb,\r\n'
 * formatCsv(['id', 'note'], [['a', '=1+1'], ['b', -5]]) // => "id,note\r\na,'=1+1\r\nb,-5\r\n"
 */
export function formatCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], options: boolean | FormatCsvOptions = {}): string {
  const usage = 'formatCsv: takes the header (an array of column names) and the rows (an array of arrays of cells)';
  let head: unknown[] | null;
  const body: unknown[][] = [];
  let at = 'header';
  try {
    head = copyArray(header);
    at = 'rows';
    const list = copyArray(rows);
    if (head === null || list === null) throw new ArgumentTypeError('formatCsv: header and rows', head === null ? header : rows, '', usage);
    for (let i = 0; i < list.length; i++) {
      at = `rows[${i}]`;
      const row = copyArray(list[i]);
      if (row === null) throw new ArgumentTypeError(`formatCsv: rows[${i}]`, list[i], 'an array of cells', `${usage}; rows[${i}] is not an array`);
      body.push(row);
    }
  } catch (error) {
    if (ArgumentTypeError.is(error)) throw error;
    const e = new ArgumentTypeError(`formatCsv: ${at}`, undefined, 'arrays that can be read', `formatCsv: ${at} could not be read (reading it threw ${reason(error)}); accepted: plain arrays of cells`);
    Object.defineProperty(e, 'cause', { value: error, configurable: true, writable: true });
    throw e;
  }
  const given = readExportOptions('formatCsv', typeof options === 'boolean' ? { bom: options } : options, ['bom', 'formulas']);
  const bom = optionChoice('formatCsv', 'bom', given['bom'], [true, false], false);
  const escape = optionChoice('formatCsv', 'formulas', given['formulas'], ['escape', 'raw'], 'escape') === 'escape';
  return writeCsv('formatCsv', head, body, bom, escape, 'call formatCsv on slices of the rows and write each part in turn');
}
