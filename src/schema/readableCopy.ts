import { eachSlot } from './eachSlot.js';
import { describeThrown } from '../errors/describeThrown.js';

/** What stands for a value that could not be read: an empty frozen object no schema accepts as a field. */
const UNREADABLE: unknown = Object.freeze(Object.create(null));

/**
 * Like `ownCopy`, a copy made of own enumerable properties only, each read once, down to
 * `depth`; but a read that throws (a getter, a Proxy trap on `get`, `ownKeys` or
 * `getOwnPropertyDescriptor`) is caught and listed in `unreadable` with its path and reason,
 * its place in the copy taken by an empty frozen object. Validation then reports the problem
 * where it is, instead of giving up on the whole dataset.
 *
 * @param value - anything.
 * @param depth - how many levels below this one to copy.
 * @param path - the value's path, prefixed to every path listed.
 * @param unreadable - where each unreadable part is listed.
 * @returns the copy.
 * @example
 * const bad: [(string | number)[], string][] = [];
 * readableCopy({ a: 1, get b() { throw new Error('no') } }, 2, ['x'], bad);
 * bad // => [[['x', 'b'], 'no']]
 */
export function readableCopy(value: unknown, depth: number, path: (string | number)[], unreadable: [(string | number)[], string][]): unknown {
  if (value === null || typeof value !== 'object' || depth < 0) return value;
  const fail = (at: (string | number)[], error: unknown): unknown => {
    unreadable.push([at, describeThrown(error)]);
    return UNREADABLE;
  };
  let array: boolean;
  try {
    array = Array.isArray(value);
  } catch (error) {
    return fail(path, error); // a revoked Proxy
  }
  if (array) {
    const list = value as unknown[];
    const out: unknown[] = [];
    try {
      out.length = list.length;
      eachSlot(list, (i) => {
        let item: unknown;
        try {
          item = list[i];
        } catch (error) {
          out[i] = fail(path.concat(i), error);
          return;
        }
        out[i] = readableCopy(item, depth - 1, path.concat(i), unreadable);
      }, () => {});
    } catch (error) {
      return fail(path, error);
    }
    return out;
  }
  const out: Record<string, unknown> = Object.create(null);
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch (error) {
    return fail(path, error);
  }
  for (const key of keys) {
    let item: unknown;
    try {
      item = (value as Record<string, unknown>)[key];
    } catch (error) {
      out[key] = fail(path.concat(key), error);
      continue;
    }
    out[key] = readableCopy(item, depth - 1, path.concat(key), unreadable);
  }
  return out;
}
