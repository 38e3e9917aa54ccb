import { describeValue } from './describeValue.js';

/**
 * Thrown when an id is not in the dataset; the message names the closest known ids.
 *
 * @example
 * try { getEntity('kataib-hezbolah' as never) } catch (e) { (e as UnknownIdError).suggestions }
 * // => ['kataib-hezbollah', …]
 */
export class UnknownIdError extends RangeError {
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
    this.id = id;
    this.recordKind = recordKind;
    this.suggestions = suggestions;
  }
}
