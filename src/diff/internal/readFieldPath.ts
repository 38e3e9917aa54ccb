import { isArraySafe } from '../../errors/describeValue.js';
import { ArgumentTypeError } from '../../errors/ArgumentTypeError.js';
import type { FieldPath } from '../types.js';
import { kindOf } from './kindOf.js';
import { rethrowUnreadable } from './rethrowUnreadable.js';

/** Longer paths name no field of a dataset (records are nested a few levels; `diffDatasets` stops at 32). */
export const MAX_PATH = 64;
const ACCEPTED = `a field path: an array of 1 to ${MAX_PATH} keys (strings) and indexes (integers ≥ 0), such as ['participants', 0, 'role']`;

/**
 * A field path, checked and copied (each element read once: a getter or trap cannot change it
 * between the check and the use).
 *
 * @param argument - the helper and argument, for errors.
 * @param value - the path given.
 * @returns a plain copy.
 * @throws {ArgumentTypeError} for anything but an array of 1 to 64 strings and indexes; a string
 *   is not split (`'description'` → write `['description']`); an array whose elements cannot be read.
 */
export function readFieldPath(argument: string, value: unknown): FieldPath {
  if (typeof value === 'string') {
    throw new ArgumentTypeError(argument, value, ACCEPTED, `${argument}: expected ${ACCEPTED}; got a string (write [${JSON.stringify(value.slice(0, 40))}] for a top-level field)`);
  }
  if (!isArraySafe(value)) throw new ArgumentTypeError(argument, value, ACCEPTED, `${argument}: expected ${ACCEPTED}; got ${kindOf(value)}`);
  const path: (string | number)[] = [];
  let i = 0;
  try {
    const list = value as readonly unknown[];
    const length = list.length;
    if (length === 0 || length > MAX_PATH) throw new ArgumentTypeError(argument, value, ACCEPTED, `${argument}: expected ${ACCEPTED}; got an array of ${length}`);
    for (; i < length; i++) {
      const p = list[i];
      if (typeof p !== 'string' && !(typeof p === 'number' && Number.isSafeInteger(p) && p >= 0)) {
        throw new ArgumentTypeError(argument, value, ACCEPTED, `${argument}: expected ${ACCEPTED}; element ${i} is ${typeof p === 'number' ? String(p) : kindOf(p)}`);
      }
      path.push(p);
    }
  } catch (error) {
    rethrowUnreadable(argument, `element ${i} of the path`, value, error);
  }
  return path;
}
