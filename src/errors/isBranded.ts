/**
 * True when `value` carries `brand` (a `Symbol.for` key, shared by every copy of the package
 * loaded in the process: the ESM and the CJS build, or two installed versions).
 *
 * @param value - anything, typically a caught error.
 * @param brand - the brand symbol of an error class.
 * @returns whether the value was made by a class with that brand (`false`, never a throw, for a
 *   hostile Proxy or a revoked one).
 * @example
 * isBranded(new UnknownIdError('entity', 'x', []), Symbol.for('iraq-militias.UnknownIdError')) // => true
 */
export function isBranded(value: unknown, brand: symbol): boolean {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  try {
    return (value as Record<symbol, unknown>)[brand] === true;
  } catch {
    // a Proxy or getter that throws (or a revoked Proxy) is not one of ours
    return false;
  }
}
