import { closeIds } from '../../dataset/closeIds.js';
import { ArgumentRangeError } from '../../errors/ArgumentRangeError.js';
import { ArgumentTypeError } from '../../errors/ArgumentTypeError.js';
import { describeValue } from '../../errors/describeValue.js';
import { ownList } from './ownList.js';

/**
 * Validates an option that takes one vocabulary value or an array of them.
 *
 * @param fn - the helper's name, for errors.
 * @param option - the option's name, for errors.
 * @param value - the value as given; `undefined` means "no filter".
 * @param vocab - the accepted values (a private frozen copy, see `frozenVocab`).
 * @param more - other accepted forms, for the message (e.g. `"or 'any'"`).
 * @returns the values' indices in `vocab` (possibly empty), or `null` when `value` is undefined.
 * @throws {ArgumentTypeError} when the value is neither a string nor an array of strings.
 * @throws {ArgumentRangeError} for a value outside the vocabulary, naming the close accepted ones.
 */
export function vocabCodes(fn: string, option: string, value: unknown, vocab: readonly string[], more = ''): number[] | null {
  if (value === undefined) return null;
  const where = `${fn}: option '${option}'`;
  return ownList(where, value, 'a string').map((v) => {
    if (typeof v !== 'string') throw new ArgumentTypeError(where, v, 'a string or an array of strings');
    const code = vocab.indexOf(v);
    if (code < 0) {
      const near = closeIds(v, vocab.map((w) => [w, []] as const), 2);
      throw new ArgumentRangeError(
        where,
        v,
        '',
        `${where} has unknown value ${describeValue(v)}${near.length > 0 ? `; did you mean ${near.map((s) => `'${s}'`).join(' or ')}?` : ';'} Accepted: ${vocab.join(', ')}${more}`,
      );
    }
    return code;
  });
}
