import { describeValue } from './describeValue.js';
import { brandedInstanceOf } from './brandedInstanceOf.js';
import { isBranded } from './isBranded.js';

const BRAND: unique symbol = /* @__PURE__ */ Symbol.for('iraq-militias.UnknownIdError') as never;

/**
 * Thrown when an id is not in the dataset; the message names the closest known ids.
 *
 * @example
 * try { getEntity('kataib-hezbolah' as never) } catch (e) { (e as UnknownIdError).suggestions }
 * // => ['kataib-hezbollah', …]
 */
export class UnknownIdError extends RangeError {
  /**
   * True for a UnknownIdError from any copy of this package (its ESM and CJS builds are two copies
   * when both are loaded): checks the `Symbol.for('iraq-militias.UnknownIdError')` brand, not the prototype chain.
   *
   * @param value - anything, typically a caught error.
   * @returns whether it is a UnknownIdError, narrowed.
   * @example
   * try { … } catch (e) { if (UnknownIdError.is(e)) e.message }
   */
  static is(value: unknown): value is UnknownIdError {
    return isBranded(value, BRAND);
  }

  /** `instanceof` checks the brand too, so it holds across the ESM and CJS copies (see {@link UnknownIdError.is}). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return brandedInstanceOf(this, value, BRAND);
  }

  /** The brand {@link UnknownIdError.is} checks. */
  declare readonly [BRAND]: true;

  override readonly name = 'UnknownIdError';
  /** The id that was not found. */
  readonly id: unknown;
  /** What kind of record was looked for (`'entity'`, `'event'` …). */
  readonly recordKind: string;
  /** The closest known ids, best first. */
  readonly suggestions: readonly string[];

  constructor(recordKind: string, id: unknown, suggestions: readonly string[], argument?: string) {
    const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `'${s}'`).join(', ')}?` : '';
    super(`${argument ? `${argument}: ` : ''}unknown ${recordKind} id ${describeValue(id)}${hint}`);
    Object.defineProperty(this, BRAND, { value: true });
    this.id = id;
    this.recordKind = recordKind;
    this.suggestions = suggestions;
  }
}
