import { describeValue } from './describeValue.js';
import { brandedInstanceOf } from './brandedInstanceOf.js';
import { isBranded } from './isBranded.js';

const BRAND: unique symbol = /* @__PURE__ */ Symbol.for('iraq-militias.ArgumentTypeError') as never;

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
  /**
   * True for a ArgumentTypeError from any copy of this package (its ESM and CJS builds are two copies when
   * both are loaded): checks the `Symbol.for('iraq-militias.ArgumentTypeError')` brand, not the prototype chain.
   *
   * @param value - anything, typically a caught error.
   * @returns whether it is a ArgumentTypeError, narrowed.
   * @example
   * try { … } catch (e) { if (ArgumentTypeError.is(e)) e.argument }
   */
  static is(value: unknown): value is ArgumentTypeError {
    return isBranded(value, BRAND);
  }

  /** `instanceof` checks the brand too, so it holds across the ESM and CJS copies (see {@link ArgumentTypeError.is}). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return brandedInstanceOf(this, value, BRAND);
  }

  /** The brand {@link ArgumentTypeError.is} checks. */
  declare readonly [BRAND]: true;

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
   * @param options - `cause`: the error this one replaces (e.g. what a throwing getter threw).
   */
  constructor(argument: string, value: unknown, expected: string, message?: string, options?: ErrorOptions) {
    super(message ?? `${argument}: expected ${expected}, got ${describeValue(value)}`, options);
    Object.defineProperty(this, BRAND, { value: true });
    this.argument = argument;
    this.value = value;
  }
}
