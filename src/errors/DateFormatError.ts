import { brandedInstanceOf } from './brandedInstanceOf.js';
import { isBranded } from './isBranded.js';

/** The written forms {@link parseEdtf} accepts, for error messages and docs. */
export const ACCEPTED_DATE_FORMS =
  "EDTF dates 'YYYY', 'YYYY-MM', 'YYYY-MM-DD', decades 'YYYX' and centuries 'YYXX', each optionally " +
  "followed by '~' (approximate), '?' (uncertain) or '%' (both); intervals 'START/END' whose ends may be " +
  "'..' (open) or empty (unknown)";

const BRAND: unique symbol = /* @__PURE__ */ Symbol.for('iraq-militias.DateFormatError') as never;

/**
 * Thrown when a date string is not an accepted EDTF form, or an interval ends before it starts.
 *
 * @example
 * try { parseEdtf('June 2024') } catch (e) { e instanceof DateFormatError } // => true
 */
export class DateFormatError extends RangeError {
  /**
   * True for a DateFormatError from any copy of this package (its ESM and CJS builds are two copies
   * when both are loaded): checks the `Symbol.for('iraq-militias.DateFormatError')` brand, not the prototype chain.
   *
   * @param value - anything, typically a caught error.
   * @returns whether it is a DateFormatError, narrowed.
   * @example
   * try { … } catch (e) { if (DateFormatError.is(e)) e.message }
   */
  static is(value: unknown): value is DateFormatError {
    return isBranded(value, BRAND);
  }

  /** `instanceof` checks the brand too, so it holds across the ESM and CJS copies (see {@link DateFormatError.is}). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return brandedInstanceOf(this, value, BRAND);
  }

  /** The brand {@link DateFormatError.is} checks. */
  declare readonly [BRAND]: true;

  override readonly name = 'DateFormatError';
  /** The rejected input. */
  readonly input: unknown;

  constructor(input: unknown, problem: string) {
    super(`${problem}; accepted: ${ACCEPTED_DATE_FORMS}`);
    Object.defineProperty(this, BRAND, { value: true });
    this.input = input;
  }
}
