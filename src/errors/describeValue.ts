/** How many characters of a string an error message quotes at most. */
const SHOWN = 48;

/** The time of a real `Date`, or `null` for anything else (a brand check: no trap or getter runs). */
export function dateTime(value: unknown): number | null {
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return null;
  }
}

/** `Array.isArray` that answers `false` for a revoked Proxy instead of throwing. */
export function isArraySafe(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * A short, safe description of any value for an error message: strings are quoted (at most a
 * short prefix of a long one, with its length), numbers, booleans, `null` and `undefined` are
 * shown as written, other values by their kind. Never calls the value's own code (no
 * `toString`, no getters), so a hostile value cannot throw or hang here.
 *
 * @param value - anything.
 * @returns e.g. `'irak'`, `42`, `null`, `a symbol (Symbol(x))`, `an object`, `an array of 3`.
 * @example
 * describeValue(42) // => '42'
 * describeValue('x'.repeat(1000)).endsWith("…' (1000 characters)") // => true
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value.length <= SHOWN ? `'${value}'` : `'${value.slice(0, SHOWN)}…' (${value.length} characters)`;
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'bigint':
      return `${String(value)}n`;
    case 'symbol': {
      const d = value.description;
      return d === undefined ? 'a symbol' : `a symbol (${d.length <= SHOWN ? d : `${d.slice(0, SHOWN)}…`})`;
    }
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      if (isArraySafe(value)) return 'an array';
      {
        const time = dateTime(value);
        if (time !== null) return Number.isNaN(time) ? 'an invalid Date' : 'a Date';
      }
      return 'an object';
  }
}
