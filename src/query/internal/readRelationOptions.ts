import { closeIds } from '../../dataset/closeIds.js';
import { ArgumentRangeError } from '../../errors/ArgumentRangeError.js';
import { ArgumentTypeError } from '../../errors/ArgumentTypeError.js';
import { describeValue } from '../../errors/describeValue.js';
import { PREDICATE_INFO, PREDICATES } from '../../vocab/relationships.js';
import { ownList } from './ownList.js';
import type { RelationFilter } from './RelationFilter.js';
import { dayRangeOf } from './dayRangeOf.js';
import { optionChoice } from './optionChoice.js';

const CANONICAL = new Map<string, number>(PREDICATES.map((p, i) => [p, i]));
const INVERSE = new Map<string, number>();
PREDICATES.forEach((p, i) => {
  if (!PREDICATE_INFO[p].symmetric) INVERSE.set(PREDICATE_INFO[p].inverse, i);
});
const NAMES = [...CANONICAL.keys(), ...INVERSE.keys()].map((n) => [n, []] as const);
const CANONICAL_TEXT = PREDICATES.join(', ');
const INVERSE_TEXT = [...INVERSE.keys()].join(', ');

/**
 * Validates `predicate`, `direction` and `asOf` (already checked for unknown names).
 *
 * @param fn - the helper's name, for errors.
 * @param o - the options.
 * @returns the resolved filter.
 * @throws {ArgumentTypeError} for a wrong `direction` or a non-string predicate.
 * @throws {ArgumentRangeError} for an unknown predicate name, naming the close ones.
 * @throws {DateFormatError} for an unparseable `asOf`.
 */
export function readRelationOptions(fn: string, o: Readonly<Record<string, unknown>>): RelationFilter {
  const direction = optionChoice(fn, 'direction', o['direction'], ['outgoing', 'incoming', 'both'], 'both');
  const outMask = new Uint8Array(256);
  const inMask = new Uint8Array(256);
  const predicate = o['predicate'];
  if (predicate === undefined) {
    outMask.fill(1);
    inMask.fill(1);
  } else {
    const where = `${fn}: option 'predicate'`;
    for (const name of ownList(where, predicate, 'a predicate name')) {
      if (typeof name !== 'string') throw new ArgumentTypeError(where, name, 'a string or an array of strings');
      const canonical = CANONICAL.get(name);
      const inverse = INVERSE.get(name);
      if (canonical !== undefined) {
        outMask[canonical] = 1;
        inMask[canonical] = 1;
      } else if (inverse !== undefined) {
        inMask[inverse] = 1;
      } else {
        const near = closeIds(name, NAMES, 2);
        throw new ArgumentRangeError(
          where,
          name,
          '',
          `${where} has unknown value ${describeValue(name)}${near.length > 0 ? `; did you mean ${near.map((s) => `'${s}'`).join(' or ')}?` : ';'} Accepted: a predicate (${CANONICAL_TEXT}) or an inverse (${INVERSE_TEXT})`,
        );
      }
    }
  }
  if (direction === 'incoming') outMask.fill(0);
  if (direction === 'outgoing') inMask.fill(0);
  const asOf = dayRangeOf(o['asOf'], `${fn}: asOf`);
  return {
    outMask,
    inMask,
    a0: asOf === null ? Number.NEGATIVE_INFINITY : asOf[0],
    a1: asOf === null ? Number.POSITIVE_INFINITY : asOf[1],
  };
}
