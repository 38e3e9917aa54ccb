import { describeValue } from './describeValue.js';
import { brandedInstanceOf } from './brandedInstanceOf.js';
import { isBranded } from './isBranded.js';

const BRAND: unique symbol = /* @__PURE__ */ Symbol.for('iraq-militias.ArgumentRangeError') as never;

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
  /**
   * True for a ArgumentRangeError from any copy of this package (its ESM and CJS builds are two copies when
   * both are loaded): checks the `Symbol.for('iraq-militias.ArgumentRangeError')` brand, not the prototype chain.
   *
   * @param value - anything, typically a caught error.
   * @returns whether it is a ArgumentRangeError, narrowed.
   * @example
   * try { … } catch (e) { if (ArgumentRangeError.is(e)) e.argument }
   */
  static is(value: unknown): value is ArgumentRangeError {
    return isBranded(value, BRAND);
  }

  /** `instanceof` checks the brand too, so it holds across the ESM and CJS copies (see {@link ArgumentRangeError.is}). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return brandedInstanceOf(this, value, BRAND);
  }

  /** The brand {@link ArgumentRangeError.is} checks. */
  declare readonly [BRAND]: true;

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
   * @param options - `cause`: the error this one replaces (e.g. what a throwing getter threw).
   */
  constructor(argument: string, value: unknown, problem: string, message?: string, options?: ErrorOptions) {
    super(message ?? `${argument}: ${describeValue(value)} ${problem}`, options);
    Object.defineProperty(this, BRAND, { value: true });
    this.argument = argument;
    this.value = value;
  }
}
