import { describeValue } from './describeValue.js';

/**
 * Thrown when an argument or option of a query helper has the wrong type (a number where an id
 * is expected, a string where a list is, an options value that is not a plain object, an
 * unknown option name, an object whose properties cannot be read). A `TypeError`; its message
 * names the argument, shows (a short prefix of) the value and says what is accepted.
 *
 * @example
 * try { getEntity(42 as never) } catch (e) { (e as ArgumentTypeError).argument } // => 'getEntity: id'
 */
export class ArgumentTypeError extends TypeError {
  override readonly name = 'ArgumentTypeError';
  /** The helper and argument, e.g. `'byActor: options.roles'`. */
  readonly argument: string;
  /** The rejected value. */
  readonly value: unknown;

  /**
   * @param argument - the helper and argument, e.g. `'byActor: actor'`.
   * @param value - the rejected value (shown briefly in the message).
   * @param expected - what is accepted, e.g. `'an entity id (a string)'`.
   * @param message - a whole message instead of the one made from the above.
   */
  constructor(argument: string, value: unknown, expected: string, message?: string) {
    super(message ?? `${argument}: expected ${expected}, got ${describeValue(value)}`);
    this.argument = argument;
    this.value = value;
  }
}
