import { ArgumentRangeError } from '../../errors/ArgumentRangeError.js';
import { ArgumentTypeError } from '../../errors/ArgumentTypeError.js';
import { DIFF_KINDS, type DiffKind } from '../types.js';

const ACCEPTED = `one of ${DIFF_KINDS.map((k) => `'${k}'`).join(', ')}`;

/**
 * A record kind, checked: one of `DIFF_KINDS` (an own name: `'constructor'` or `'toString'` is no kind).
 *
 * @param argument - the helper and argument, for errors.
 * @param value - the kind given.
 * @returns it, typed.
 * @throws {ArgumentTypeError} for a non-string.
 * @throws {ArgumentRangeError} for a string that is not a kind.
 */
export function readDiffKind(argument: string, value: unknown): DiffKind {
  if (typeof value !== 'string') throw new ArgumentTypeError(argument, value, `a record kind, ${ACCEPTED}`);
  if (!(DIFF_KINDS as readonly string[]).includes(value)) throw new ArgumentRangeError(argument, value, `is not a record kind; accepted: ${ACCEPTED}`);
  return value as DiffKind;
}
