/** C0 and C1 controls, DEL, line and paragraph separators, bidirectional marks, overrides and isolates, and the BOM. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Text from a dataset made safe for a terminal: every control character (C0, DEL, C1 — so no
 * escape sequence, carriage return or line break of the data reaches the screen), line and
 * paragraph separator, and bidirectional override, mark or isolate (which could reorder what is
 * shown) written as `\u{…}`, as `quoteArg` and `validate` show them. For the human-readable (table
 * and text) output only; machine formats (JSON, CSV, NDJSON) keep the data exact.
 *
 * @param text - text from the dataset (a name, a summary, a description …).
 * @returns the text, unchanged when it holds none of those characters.
 * @example
 * safeText('X\u001b[2J\r\nfake row') // => 'X\\u{1b}[2J\\u{d}\\u{a}fake row'
 */
export function safeText(text: string): string {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text) ? text.replace(UNSAFE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`) : text;
}
