import { describeValue } from './describeValue.js';

/**
 * Thrown when an argument or option of a query helper has the right type but a value outside
 * what the helper accepts: a word outside a vocabulary, a window whose `from` is after its `to`,
 * an entity of the wrong kind (`byPlace` of an armed group). A `RangeError`; its message names
 * the argument, shows (a short prefix of) the value and says what is accepted.
 *
 * @example
 * try { byPlace('hamas' as never) } catch (e) { (e as ArgumentRangeError).argument } // => 'byPlace: place'
 */
export class ArgumentRangeError extends RangeError {
  override readonly name = 'ArgumentRangeError';
  /** The helper and argument, e.g. `'byType: type'`. */
  readonly argument: string;
  /** The rejected value. */
  readonly value: unknown;

  /**
   * @param argument - the helper and argument, e.g. `'byPlace: place'`.
   * @param value - the rejected value (shown briefly in the message).
   * @param problem - what is wrong and what is accepted, e.g. `'is an organization; accepted: a place or a state'`.
   * @param message - a whole message instead of the one made from the above.
   */
  constructor(argument: string, value: unknown, problem: string, message?: string) {
    super(message ?? `${argument}: ${describeValue(value)} ${problem}`);
    this.argument = argument;
    this.value = value;
  }
}
