/**
 * Validates an option that takes one value from a short list (or a boolean, with `[true, false]`).
 *
 * @param fn - the helper's name, for errors.
 * @param option - the option's name, for errors.
 * @param value - the value as given.
 * @param choices - the accepted values.
 * @param fallback - what `undefined` means.
 * @returns the value, or `fallback` when undefined.
 * @throws {TypeError} for any other value, naming the accepted ones.
 */
export function optionChoice<const T extends string | boolean>(fn: string, option: string, value: unknown, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(choices as readonly unknown[]).includes(value)) {
    const shown =
      typeof value === 'string'
        ? `'${value.length > 60 ? `${value.slice(0, 60)}…` : value}'`
        : value === null || typeof value === 'number' || typeof value === 'boolean' || value === undefined
          ? String(value)
          : Array.isArray(value)
            ? 'an array'
            : `a value of type ${typeof value}`;
    throw new TypeError(`${fn}: option '${option}' must be ${choices.map((c) => (typeof c === 'string' ? `'${c}'` : String(c))).join(' or ')}, got ${shown}`);
  }
  return value as T;
}
