import { dateTime, isArraySafe } from '../../errors/describeValue.js';

/**
 * What kind of value something is, with the right article, for error messages: `'null'`,
 * `'undefined'`, `'an array'`, `'an object'`, `'a string'`, `'a number'` … Runs none of the
 * value's own code (no getter, no trap: a revoked Proxy is `'an object'`).
 *
 * @param value - anything.
 * @returns its kind, e.g. `'an object'`.
 */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'object':
      if (isArraySafe(value)) return 'an array';
      return dateTime(value) === null ? 'an object' : 'a Date';
    case 'bigint':
      return 'a bigint';
    default:
      return `a ${typeof value}`; // string, number, boolean, symbol, function
  }
}
