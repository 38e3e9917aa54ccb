import { ArgumentTypeError } from '../errors/ArgumentTypeError.js';
import type { CsvCell } from './formatCsv.js';
import { joinLines } from './joinLines.js';

/** `=`, `+`, `-`, `@`, tab, carriage return: a spreadsheet runs a cell starting with one as a formula. */
const FORMULA_FIRST: ReadonlySet<number> = new Set([...'=+-@\t\r'].map((ch) => ch.charCodeAt(0)));
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Writes a header and rows as RFC 4180 CSV (see `formatCsv`), checking each cell: a string,
 * number, boolean, `null` or `undefined` (empty); anything else is an error naming the cell.
 *
 * @param caller - the public function's name, for errors.
 * @param header - the column names.
 * @param rows - one array of cells per row (plain arrays, already read).
 * @param bom - prefix a UTF-8 byte order mark.
 * @param escapeFormulas - neutralise text cells a spreadsheet would run as formulas.
 * @param instead - what to use when the text is too long for one string, for the error.
 * @returns the CSV text.
 * @throws {ArgumentTypeError} for a cell that is not a string, number, boolean or null.
 * @throws {ArgumentRangeError} when the text would be longer than the longest string JavaScript holds.
 * @example
 * writeCsv('formatCsv', ['id'], [['a']], false, true, '') // => 'id\r\na\r\n'
 */
export function writeCsv(
  caller: string,
  header: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  bom: boolean,
  escapeFormulas: boolean,
  instead: string,
): string {
  const line = (cells: readonly unknown[], row: number): string => {
    let out = '';
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      let text: string;
      if (cell === null || cell === undefined) text = '';
      else if (typeof cell === 'string') {
        text = escapeFormulas && cell.length > 0 && FORMULA_FIRST.has(cell.charCodeAt(0)) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
        if (NEEDS_QUOTES.test(text)) text = `"${text.replaceAll('"', '""')}"`;
      } else if (typeof cell === 'number' || typeof cell === 'boolean') text = String(cell);
      else {
        const where = row < 0 ? `header[${c}]` : `rows[${row}][${c}]`;
        throw new ArgumentTypeError(`${caller}: ${where}`, cell, 'a cell value: a string, number, boolean, or null or undefined for an empty cell');
      }
      out += c === 0 ? text : `,${text}`;
    }
    return out;
  };
  return joinLines(caller, bom ? '\uFEFF' : '', rows.length + 1, (i) => (i === 0 ? line(header, -1) : line(rows[i - 1]!, i - 1)), '\r\n', instead);
}
