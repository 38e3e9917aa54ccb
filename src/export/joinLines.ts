import { ArgumentRangeError } from '../errors/ArgumentRangeError.js';

/** The longest string V8 (Node, Chrome) can hold: 2^29 − 24 UTF-16 code units on 64-bit builds. */
export const MAX_TEXT_LENGTH = 2 ** 29 - 24;

/**
 * Joins lines, each followed by `end`, into one text, counting its length as it goes: when the
 * text would be longer than the engine's longest string ({@link MAX_TEXT_LENGTH}), throws a clear
 * error naming the limit and what to use instead, as soon as the limit is passed, instead of
 * V8's bare `RangeError: Invalid string length` after the whole text was built.
 *
 * @param caller - the public function's name, for the error.
 * @param prefix - text before the first line (a byte order mark, or `''`).
 * @param count - how many lines.
 * @param line - makes line `i` (called once per line, in order).
 * @param end - the line terminator (`'\r\n'`, `'\n'`).
 * @param instead - what to use for a dataset this large, for the error.
 * @param limit - the longest text allowed (default {@link MAX_TEXT_LENGTH}; tests pass a small one).
 * @returns the text.
 * @throws {ArgumentRangeError} when the text would exceed {@link MAX_TEXT_LENGTH} characters.
 * @example
 * joinLines('toNDJSON', '', 2, (i) => String(i), '\n', 'toNDJSON per kind') // => '0\n1\n'
 */
export function joinLines(
  caller: string,
  prefix: string,
  count: number,
  line: (i: number) => string,
  end: string,
  instead: string,
  limit: number = MAX_TEXT_LENGTH,
): string {
  const lines = new Array<string>(count);
  let length = prefix.length;
  for (let i = 0; i < count; i++) {
    const text = line(i);
    length += text.length + end.length;
    if (length > limit) {
      throw new ArgumentRangeError(
        `${caller}: options.dataset`,
        undefined,
        '',
        `${caller}: the output would be longer than ${limit.toLocaleString('en-US')} characters (reached at record ${i + 1} of ${count}), the longest string JavaScript can hold; export this dataset in parts instead: ${instead}`,
      );
    }
    lines[i] = text;
  }
  return count === 0 ? prefix : `${prefix}${lines.join(end)}${end}`;
}
