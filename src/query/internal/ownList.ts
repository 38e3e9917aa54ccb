import { ArgumentTypeError } from '../../errors/ArgumentTypeError.js';
import { isArraySafe } from '../../errors/describeValue.js';
import { describeThrown } from '../../errors/describeThrown.js';

/** No option list is longer than this (the vocabularies have a few dozen words). */
export const MAX_LIST = 1000;

/**
 * Reads an option that takes one value or an array of them, safely: an array's own elements
 * are copied (no holes, at most {@link MAX_LIST}), so a Proxy, a getter or a polluted
 * `Array.prototype` cannot change the answer, throw from inside, or make the call hang.
 *
 * @param where - the helper and option, for errors.
 * @param value - the value as given (not `undefined`).
 * @param expected - what each element must be, for errors.
 * @returns the values as a new array.
 * @throws {ArgumentTypeError} for an array that cannot be read, has holes or is too long.
 */
export function ownList(where: string, value: unknown, expected: string): unknown[] {
  if (!isArraySafe(value)) return [value];
  try {
    const lengthDesc = Reflect.getOwnPropertyDescriptor(value as unknown[], 'length');
    const length: unknown = lengthDesc?.value;
    if (typeof length !== 'number' || length > MAX_LIST) {
      throw new ArgumentTypeError(where, value, `${expected} or an array of at most ${MAX_LIST} of them`);
    }
    const out: unknown[] = [];
    for (let i = 0; i < length; i++) {
      const desc = Reflect.getOwnPropertyDescriptor(value as unknown[], i);
      if (desc === undefined) throw new ArgumentTypeError(where, value, `${expected} or an array of them without holes (index ${i} is empty)`);
      out.push('value' in desc ? desc.value : desc.get === undefined ? undefined : Reflect.apply(desc.get, value as unknown[], []));
    }
    return out;
  } catch (error) {
    if (error instanceof ArgumentTypeError) throw error;
    throw new ArgumentTypeError(where, value, `${expected} or an array of them that can be read (reading it threw: ${describeThrown(error)})`, undefined, { cause: error });
  }
}
