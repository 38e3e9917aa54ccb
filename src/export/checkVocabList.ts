import { ArgumentRangeError } from '../errors/ArgumentRangeError.js';
import { ArgumentTypeError } from '../errors/ArgumentTypeError.js';
import { isArraySafe } from '../errors/describeValue.js';
import { readList } from './readList.js';
import { nearestIds } from '../dataset/nearestIds.js';
import { PREDICATE_INFO, PREDICATES } from '../vocab/relationships.js';

const shown = (value: unknown): string =>
  typeof value === 'string' ? `'${value.length > 60 ? `${value.slice(0, 60)}…` : value}'` : value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;

/** Inverse predicate names (`backs`) → the canonical predicate they read (`backed-by`). */
const CANONICAL: ReadonlyMap<string, string> = new Map(
  PREDICATES.filter((p) => !PREDICATE_INFO[p].symmetric).map((p) => [PREDICATE_INFO[p].inverse, p]),
);

/**
 * Checks an export option that takes an array of vocabulary values (`predicates`,
 * `modalities`), for plain-JS callers: an array, of strings, each one accepted. An inverse
 * predicate name (`backs`) is explained: relationships are stored in one direction only, so the
 * filter takes the canonical name (`backed-by`).
 *
 * @param caller - the public function's name, for errors.
 * @param option - the option's name, for errors.
 * @param value - the value as given; `undefined` means "no filter".
 * @param vocab - the accepted values.
 * @returns the values as a set, or `null` when `value` is undefined.
 * @throws {TypeError} when the value is not an array of strings.
 * @throws {RangeError} for a value outside the vocabulary, naming the closest accepted ones.
 * @example
 * checkVocabList('toMermaid', 'predicates', ['backs'], PREDICATES)
 * // throws RangeError: toMermaid: option 'predicates' has 'backs', the inverse of 'backed-by' …
 */
export function checkVocabList(caller: string, option: string, value: unknown, vocab: readonly string[]): ReadonlySet<string> | null {
  if (value === undefined) return null;
  if (!isArraySafe(value)) {
    throw new ArgumentTypeError(`${caller}: options.${option}`, value, '', `${caller}: option '${option}' takes an array of values (e.g. ['${vocab[0]}']), got ${shown(value)}`);
  }
  // read once: the values checked are the values used
  const values = readList(caller, option, value, 'a string');
  for (const v of values) {
    if (typeof v !== 'string') throw new ArgumentTypeError(`${caller}: options.${option}`, v, '', `${caller}: option '${option}' takes an array of strings, got ${shown(v)} in it`);
    if (vocab.includes(v)) continue;
    const canonical = vocab === PREDICATES ? CANONICAL.get(v) : undefined;
    if (canonical !== undefined) {
      throw new ArgumentRangeError(
        `${caller}: options.${option}`,
        v,
        '',
        `${caller}: option '${option}' has '${v}', the inverse of '${canonical}': relationships are stored as 'subject ${canonical} object' and read backwards as '${v}'; filter with '${canonical}' (it keeps the same relationships)`,
      );
    }
    const near = nearestIds(v, vocab, 2);
    throw new ArgumentRangeError(
      `${caller}: options.${option}`,
      v,
      '',
      `${caller}: option '${option}' has unknown value ${shown(v)}${near.length > 0 ? `; did you mean ${near.map((s) => `'${s}'`).join(' or ')}?` : ''} Accepted: ${vocab.join(', ')}`,
    );
  }
  return new Set(values as string[]);
}
