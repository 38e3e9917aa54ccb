const LIMIT = 40;

/**
 * Quotes a user-given value for a one-line message: single quotes, at most 40 characters (then
 * `…`), control, line-separator and bidirectional-override characters escaped as `\u{…}`, so a
 * hostile argument can neither break the line nor flood the terminal.
 *
 * @param value - the value as given.
 * @returns the quoted value.
 * @example
 * quoteArg('kataib\nhezbollah') // => "'kataib\\u{a}hezbollah'"
 */
export function quoteArg(value: string): string {
  const chars = Array.from(value.length > LIMIT * 4 ? value.slice(0, LIMIT * 4) : value);
  const shown = chars.slice(0, LIMIT).join('');
  // eslint-disable-next-line no-control-regex
  const safe = shown.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
  return `'${safe}${chars.length > LIMIT ? '…' : ''}'`;
}
