import { ArgumentTypeError } from '../errors/ArgumentTypeError.js';
import { describeThrown } from '../errors/describeThrown.js';

/** A value frozen all the way down: every nested object and array is readonly. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * Freezes a value and everything reachable from it through data properties, in place, and
 * returns it (getters are not called). An object that is already frozen is still walked: its
 * children are frozen too (`Object.freeze` is shallow, so a frozen object may hold unfrozen
 * ones). Each object is visited once (cycles and shared parts included): linear in the size.
 *
 * @param value - any value; primitives come back unchanged.
 * @returns the same value, now deeply frozen.
 * @throws {ArgumentTypeError} when a part cannot be frozen (a Proxy whose traps throw).
 * @example
 * const d = deepFreeze({ a: [1] });
 * Object.isFrozen(d.a) // => true
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  const stack: unknown[] = [value];
  // The stop rule is "seen", not "frozen": a frozen object's children may not be.
  const seen = new Set<object>();
  try {
    while (stack.length > 0) {
      const current = stack.pop();
      if (current === null || (typeof current !== 'object' && typeof current !== 'function') || seen.has(current)) continue;
      seen.add(current);
      Object.freeze(current);
      // data properties only: a getter is not called (its result is not part of the object)
      for (const key of Reflect.ownKeys(current)) {
        const desc = Reflect.getOwnPropertyDescriptor(current, key);
        if (desc !== undefined && 'value' in desc) stack.push(desc.value);
      }
    }
  } catch (error) {
    throw new ArgumentTypeError('deepFreeze: value', value, `a value that can be frozen (freezing it threw: ${describeThrown(error)})`, undefined, { cause: error });
  }
  return value as DeepReadonly<T>;
}
