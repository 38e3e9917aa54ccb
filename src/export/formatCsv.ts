/** A CSV cell value: `null` / `undefined` become an empty cell (unknown), never 0. */
export type CsvCell = string | number | boolean | null | undefined;

function field(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'string' ? cell : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes rows as RFC 4180 CSV: a header row, CRLF line endings (the last line too), fields that
 * contain a comma, double quote, CR or LF quoted, double quotes doubled.
 *
 * @param header - the column names.
 * @param rows - one array of cells per row, in header order.
 * @param bom - prefix a UTF-8 byte order mark (for Excel); default false.
 * @returns the CSV text.
 * @example
 * formatCsv(['id', 'note'], [['a', 'x, "y"'], ['b', null]]) // => 'id,note\r\na,"x, ""y"""\r\nb,\r\n'
 */
export function formatCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], bom = false): string {
  const lines = [header.map(field).join(','), ...rows.map((row) => row.map(field).join(','))];
  return `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
