import type { DiffValue } from '../diff/types.js';
import { textWidth } from './textWidth.js';
import { truncate } from './truncate.js';

/** How many characters before the first difference a cut value keeps. */
const BEFORE = 12;

/** A value's text: a string's JSON-escaped content (quoted separately), anything else its JSON. */
const body = (v: DiffValue): string => {
  const json = JSON.stringify(v);
  return typeof v === 'string' ? json.slice(1, -1) : json;
};

/** Cuts `chars` to a window from `start` that fits `width`, marking each cut end with `…`. */
function windowOf(chars: readonly string[], start: number, width: number, quoted: boolean): string {
  const inner = width - (quoted ? 2 : 0);
  const head = start > 0 ? '…' : '';
  const rest = chars.slice(start).join('');
  const text = `${head}${truncate(rest, Math.max(1, inner - head.length))}`;
  return quoted ? `"${text}"` : text;
}

/**
 * The old and new value of a changed field, for the `diff` command's text output, each at most
 * about `width` columns: a value that fits is shown whole; when one is cut, both are cut to the
 * same window around their first difference (`"…text around the change…"`), so the change is
 * always on screen, and a string keeps both its quotes. Missing values are `(none)`.
 *
 * @param oldValue - the old value, or `undefined` when the field was added.
 * @param newValue - the new value, or `undefined` when the field was removed.
 * @param width - the columns each value may take.
 * @returns the two texts (not yet escaped for the terminal).
 * @example
 * showChange('a'.repeat(50) + 'x', 'a'.repeat(50) + 'y', 20) // => ['"…aaaaaaaaaaaax"', '"…aaaaaaaaaaaay"']
 */
export function showChange(oldValue: DiffValue | undefined, newValue: DiffValue | undefined, width: number): [string, string] {
  const texts = [oldValue, newValue].map((v) => (v === undefined ? undefined : body(v)));
  const quoted = [oldValue, newValue].map((v) => typeof v === 'string');
  const whole = texts.map((t, i) => (t === undefined ? '(none)' : quoted[i] ? `"${t}"` : t));
  if (whole.every((t) => textWidth(t) <= width)) return [whole[0]!, whole[1]!];
  const chars = texts.map((t) => (t === undefined ? undefined : [...t]));
  // the first code point where the two differ (0 when one is missing or they are of other kinds)
  let diffAt = 0;
  const [a, b] = chars;
  if (a !== undefined && b !== undefined && quoted[0] === quoted[1]) {
    const n = Math.min(a.length, b.length);
    while (diffAt < n && a[diffAt] === b[diffAt]) diffAt++;
  }
  const start = Math.max(0, diffAt - BEFORE);
  return [0, 1].map((i) => (chars[i] === undefined ? '(none)' : windowOf(chars[i]!, Math.min(start, Math.max(0, chars[i]!.length - 1)), width, quoted[i]!))) as [string, string];
}
