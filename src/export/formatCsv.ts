import { optionChoice } from '../query/internal/optionChoice.js';
import { readExportOptions } from './readExportOptions.js';

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

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function field(cell: CsvCell, escapeFormulas: boolean): string {
  if (cell === null || cell === undefined) return '';
  let text = typeof cell === 'string' ? cell : String(cell);
  if (escapeFormulas && typeof cell === 'string' && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
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
  if (!Array.isArray(header) || !Array.isArray(rows) || !rows.every((r) => Array.isArray(r))) {
    throw new TypeError('formatCsv: takes the header (an array of column names) and the rows (an array of arrays of cells)');
  }
  const given = readExportOptions('formatCsv', typeof options === 'boolean' ? { bom: options } : options, ['bom', 'formulas']);
  const bom = optionChoice('formatCsv', 'bom', given['bom'], [true, false], false);
  const escape = optionChoice('formatCsv', 'formulas', given['formulas'], ['escape', 'raw'], 'escape') === 'escape';
  const line = (cells: readonly CsvCell[]): string => cells.map((c) => field(c, escape)).join(',');
  const lines = [line(header), ...rows.map(line)];
  return `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
