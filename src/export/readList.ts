import { ArgumentTypeError } from '../errors/ArgumentTypeError.js';
import { describeThrown } from '../errors/describeThrown.js';

const reason = describeThrown;

/**
 * Reads an option's array once into a plain copy, so the checks and the use see the same values:
 * a Proxy or getter that answers differently the second time cannot slip a value past a check,
 * and one that throws becomes an error naming the option (the thrown error is its `cause`). A
 * hole is an error too. Linear in the array's length; no length limit (an entity filter may
 * list every entity of a large dataset).
 *
 * @param caller - the public function's name, for errors.
 * @param option - the option's name, for errors.
 * @param value - the option as given; must be an array (the caller checks `Array.isArray` first).
 * @param expected - what each element must be, for errors.
 * @returns the elements, as a new array.
 * @throws {ArgumentTypeError} for a hole, or an array that cannot be read.
 * @example
 * readList('toMermaid', 'predicates', ['backed-by'], 'a predicate') // => ['backed-by']
 */
export function readList(caller: string, option: string, value: unknown, expected: string): unknown[] {
  const where = `${caller}: options.${option}`;
  let i = -1;
  try {
    const list = value as readonly unknown[];
    const n = list.length;
    const out = new Array<unknown>(n);
    for (i = 0; i < n; i++) {
      const v = list[i];
      if (v === undefined && !Object.hasOwn(list, i)) {
        throw new ArgumentTypeError(`${where}[${i}]`, v, expected, `${where}[${i}]: a hole in the array; accepted: ${expected} at every index`);
      }
      out[i] = v;
    }
    return out;
  } catch (error) {
    if (ArgumentTypeError.is(error)) throw error;
    const at = i < 0 ? where : `${where}[${i}]`;
    const e = new ArgumentTypeError(at, undefined, 'an array that can be read', `${at}: could not be read (reading it threw ${reason(error)}); accepted: a plain array (each element ${expected})`);
    Object.defineProperty(e, 'cause', { value: error, configurable: true, writable: true });
    throw e;
  }
}
