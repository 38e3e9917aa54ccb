import type { Style } from './createStyle.js';
import { textWidth } from './textWidth.js';
import { safeText } from '../text/safeText.js';
import { truncate } from './truncate.js';

/** A table column: its header and whether it is the one to shorten first when the table is too wide. */
export interface TableColumn {
  readonly header: string;
  readonly flex?: boolean;
}

/** The width tables fit in. */
export const TABLE_WIDTH = 80;
const GAP = 2;
const MIN = 6;

/**
 * Lays out rows as a plain-text table that fits `width` columns: columns two spaces apart, the
 * `flex` column shortened first (with `…`), then the widest others, never below a few columns.
 * Headers are bold when colour is on; no trailing spaces.
 *
 * @param columns - the columns.
 * @param rows - the cells, as text, in column order.
 * @param style - text styles.
 * @param width - the total width (default {@link TABLE_WIDTH}).
 * @returns the table, each line ending in `\n`.
 * @example
 * formatTable([{ header: 'ID' }, { header: 'NAME', flex: true }], [['iraq', 'Iraq']], plainStyle)
 * // => 'ID    NAME\niraq  Iraq\n'
 */
export function formatTable(columns: readonly TableColumn[], rowsGiven: readonly (readonly string[])[], style: Style, width = TABLE_WIDTH): string {
  // dataset text reaches the terminal escaped: no control character or bidi override of the data is printed as is
  const rows = rowsGiven.map((r) => r.map(safeText));
  const headers = columns.map((c) => safeText(c.header));
  // a loop, not Math.max(...rows): spreading many rows overflows the call stack
  const widths = headers.map((h, i) => {
    let w = textWidth(h);
    for (const r of rows) w = Math.max(w, textWidth(r[i] ?? ''));
    return w;
  });
  const total = (): number => widths.reduce((a, b) => a + b, 0) + GAP * (widths.length - 1);
  const flex = columns.findIndex((c) => c.flex === true);
  if (flex >= 0 && total() > width) widths[flex] = Math.max(MIN, widths[flex]! - (total() - width));
  while (total() > width) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest]! <= MIN) break;
    widths[widest]! -= 1;
  }
  const line = (cells: readonly string[], header: boolean): string =>
    cells
      .map((cell, i) => {
        const text = truncate(cell, widths[i]!);
        const padded = i === cells.length - 1 ? text : text + ' '.repeat(widths[i]! - textWidth(text));
        return header ? style.bold(padded) : padded;
      })
      .join(' '.repeat(GAP))
      .trimEnd();
  return [line(headers, true), ...rows.map((r) => line(r, false))].map((l) => `${l}\n`).join('');
}
