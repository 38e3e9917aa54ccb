/** A value frozen all the way down: every nested object and array is readonly. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * Freezes a value and everything reachable from it, in place, and returns it.
 *
 * @param value - any value; primitives come back unchanged.
 * @returns the same value, now deeply frozen.
 * @example
 * const d = deepFreeze({ a: [1] });
 * Object.isFrozen(d.a) // => true
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || (typeof current !== 'object' && typeof current !== 'function') || Object.isFrozen(current)) continue;
    Object.freeze(current);
    for (const key of Reflect.ownKeys(current)) {
      stack.push((current as Record<PropertyKey, unknown>)[key]);
    }
  }
  return value as DeepReadonly<T>;
}
