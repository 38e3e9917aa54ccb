import { ArgumentRangeError } from '../errors/ArgumentRangeError.js';
import { describeValue } from '../errors/describeValue.js';

/**
 * Checks that a plain-JS caller passed one of the accepted values, with an error naming both.
 *
 * @param caller - the public function and argument, e.g. `'toCSV: table'`.
 * @param value - the value given.
 * @param choices - the accepted values.
 * @returns `value`, narrowed to the accepted type.
 * @throws {RangeError} naming the rejected value and every accepted one.
 * @example
 * checkChoice('toCSV: table', 'events', ['events', 'entities']) // => 'events'
 */
export function checkChoice<const T extends string>(caller: string, value: unknown, choices: readonly T[]): T {
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  const shown = typeof value === 'string' ? describeValue(value) : value === null ? 'null' : typeof value;
  throw new ArgumentRangeError(caller, value, '', `${caller} must be one of ${choices.map((c) => `'${c}'`).join(', ')}; got ${shown}`);
}
