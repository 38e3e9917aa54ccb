import { nearestIds } from '../../dataset/nearestIds.js';
import { PREDICATE_INFO, PREDICATES } from '../../vocab/relationships.js';
import type { RelationFilter } from './RelationFilter.js';
import { dayRangeOf } from './dayRangeOf.js';
import { optionChoice } from './optionChoice.js';

const CANONICAL = new Map<string, number>(PREDICATES.map((p, i) => [p, i]));
const INVERSE = new Map<string, number>();
PREDICATES.forEach((p, i) => {
  if (!PREDICATE_INFO[p].symmetric) INVERSE.set(PREDICATE_INFO[p].inverse, i);
});
const NAMES = [...CANONICAL.keys(), ...INVERSE.keys()];

/**
 * Validates `predicate`, `direction` and `asOf` (already checked for unknown names).
 *
 * @param fn - the helper's name, for errors.
 * @param o - the options.
 * @returns the resolved filter.
 * @throws {TypeError} for a wrong `direction` or a non-string predicate.
 * @throws {RangeError} for an unknown predicate name, naming the closest.
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
    for (const name of Array.isArray(predicate) ? (predicate as unknown[]) : [predicate]) {
      if (typeof name !== 'string') {
        throw new TypeError(`${fn}: option 'predicate' takes a string or an array of strings, got ${name === null ? 'null' : typeof name}`);
      }
      const canonical = CANONICAL.get(name);
      const inverse = INVERSE.get(name);
      if (canonical !== undefined) {
        outMask[canonical] = 1;
        inMask[canonical] = 1;
      } else if (inverse !== undefined) {
        inMask[inverse] = 1;
      } else {
        throw new RangeError(
          `${fn}: option 'predicate' has unknown value '${name}'; did you mean ${nearestIds(name, NAMES, 2).map((s) => `'${s}'`).join(' or ')}? Accepted: a predicate (${PREDICATES.join(', ')}) or an inverse (${[...INVERSE.keys()].join(', ')})`,
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
