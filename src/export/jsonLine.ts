import { ArgumentTypeError } from '../errors/ArgumentTypeError.js';
import { describeValue } from '../errors/describeValue.js';
import { describeThrown } from '../errors/describeThrown.js';

/**
 * One record as a line of JSON, for the line-per-record exports. A field JSON cannot write (a
 * BigInt, a cycle, a `toJSON` or getter that throws, in data the exports do not read and so
 * pass through as given) is an error naming the record, with the thrown error as its `cause`.
 *
 * @param caller - the public function's name, for errors.
 * @param record - the record (an object with an `id`).
 * @returns the JSON text, without a line break.
 * @throws {ArgumentTypeError} when the record cannot be written as JSON.
 * @example
 * jsonLine('toNDJSON', { id: 'a', n: 1 }) // => '{"id":"a","n":1}'
 */
export function jsonLine(caller: string, record: { readonly id: string }): string {
  try {
    return JSON.stringify(record);
  } catch (error) {
    const e = new ArgumentTypeError(
      `${caller}: record ${describeValue(record.id)}`,
      undefined,
      'JSON data',
      `${caller}: record ${describeValue(record.id)} cannot be written as JSON (${describeThrown(error)}); accepted: plain JSON values (no BigInt, no cycles, no getters or toJSON that throw)`,
    );
    Object.defineProperty(e, 'cause', { value: error, configurable: true, writable: true });
    throw e;
  }
}
