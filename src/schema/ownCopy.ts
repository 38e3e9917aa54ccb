import { eachSlot } from './eachSlot.js';

/**
 * A copy of a value made of its own enumerable properties only, each read once, down to the
 * depth a schema reads: nothing inherited (a class's prototype, a polluted `Object.prototype`)
 * can pass for a field. Objects become null-prototype objects (so a `__proto__` key stays a key);
 * holes stay holes.
 *
 * @param value - anything.
 * @param depth - how many levels below this one to copy; deeper values are kept as they are.
 * @returns the copy (a primitive as it is).
 * @example
 * Object.getPrototypeOf(ownCopy({ a: 1 }, 1)) // => null
 */
export function ownCopy(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== 'object' || depth < 0) return value;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    out.length = value.length;
    eachSlot(value, (i) => (out[i] = ownCopy(value[i], depth - 1)), () => {});
    return out;
  }
  const out: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value)) out[key] = ownCopy((value as Record<string, unknown>)[key], depth - 1);
  return out;
}
