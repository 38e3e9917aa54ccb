import { nearestIds } from '../../dataset/nearestIds.js';

/**
 * Validates an option that takes one vocabulary value or an array of them.
 *
 * @param fn - the helper's name, for errors.
 * @param option - the option's name, for errors.
 * @param value - the value as given; `undefined` means "no filter".
 * @param vocab - the accepted values.
 * @returns the values' indices in `vocab` (possibly empty), or `null` when `value` is undefined.
 * @throws {TypeError} when the value is neither a string nor an array of strings.
 * @throws {RangeError} for a value outside the vocabulary, naming the closest accepted ones.
 */
export function vocabCodes(fn: string, option: string, value: unknown, vocab: readonly string[]): number[] | null {
  if (value === undefined) return null;
  const values: readonly unknown[] = Array.isArray(value) ? value : [value];
  return values.map((v) => {
    if (typeof v !== 'string') {
      throw new TypeError(`${fn}: option '${option}' takes a string or an array of strings, got ${v === null ? 'null' : typeof v}`);
    }
    const code = vocab.indexOf(v);
    if (code < 0) {
      throw new RangeError(
        `${fn}: option '${option}' has unknown value '${v}'; did you mean ${nearestIds(v, vocab, 2).map((s) => `'${s}'`).join(' or ')}? Accepted: ${vocab.join(', ')}`,
      );
    }
    return code;
  });
}
