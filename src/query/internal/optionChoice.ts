import { ArgumentTypeError } from '../../errors/ArgumentTypeError.js';
import { describeValue } from '../../errors/describeValue.js';

/**
 * Validates an option that takes one value from a short list (or a boolean, with `[true, false]`).
 *
 * @param fn - the helper's name, for errors.
 * @param option - the option's name, for errors.
 * @param value - the value as given.
 * @param choices - the accepted values.
 * @param fallback - what `undefined` means.
 * @returns the value, or `fallback` when undefined.
 * @throws {ArgumentTypeError} for any other value, naming the accepted ones.
 */
export function optionChoice<const T extends string | boolean>(fn: string, option: string, value: unknown, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(choices as readonly unknown[]).includes(value)) {
    const accepted = choices.map((c) => (typeof c === 'string' ? `'${c}'` : String(c))).join(' or ');
    throw new ArgumentTypeError(`${fn}: option '${option}'`, value, accepted, `${fn}: option '${option}' must be ${accepted}, got ${describeValue(value)}`);
  }
  return value as T;
}
