import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/dataset/deepFreeze.js';

/** Naive reference: is every object reachable through data properties frozen? (recursive, cycle-safe) */
function allFrozen(value: unknown, seen = new Set<object>()): boolean {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return true;
  if (seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  return Reflect.ownKeys(value).every((k) => {
    const d = Reflect.getOwnPropertyDescriptor(value, k);
    return d === undefined || !('value' in d) || allFrozen(d.value, seen);
  });
}

/** Every object reachable, by the same naive recursion. */
function reachable(value: unknown, out = new Set<object>()): Set<object> {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || out.has(value)) return out;
  out.add(value);
  for (const k of Reflect.ownKeys(value)) {
    const d = Reflect.getOwnPropertyDescriptor(value, k);
    if (d !== undefined && 'value' in d) reachable(d.value, out);
  }
  return out;
}

/** Some of the objects of a value frozen (shallowly) beforehand, chosen by `pick`. */
function freezeSome(value: unknown, pick: readonly boolean[]): void {
  [...reachable(value)].forEach((o, i) => {
    if (pick[i % Math.max(1, pick.length)] === true) Object.freeze(o);
  });
}

describe('deepFreeze against a naive recursive reference', () => {
  it('everything reachable is frozen afterwards, whatever was frozen before', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), (json, pick) => {
        const value: unknown = structuredClone(json);
        freezeSome(value, pick);
        const before = reachable(value).size;
        expect(deepFreeze(value)).toBe(value);
        expect(allFrozen(value)).toBe(true);
        // nothing is copied or dropped
        expect(reachable(value).size).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it('the children of an already-frozen object are frozen (a frozen root, a frozen middle)', () => {
    const o = Object.freeze({ inner: { list: [1] } });
    deepFreeze(o);
    expect(Object.isFrozen(o.inner)).toBe(true);
    expect(Object.isFrozen(o.inner.list)).toBe(true);
    const middle = { a: Object.freeze({ b: { c: [{ d: 1 }] } }) };
    deepFreeze(middle);
    expect(allFrozen(middle)).toBe(true);
  });

  it('shared parts and cycles through frozen objects: every object once, all frozen', () => {
    const shared = { x: [1, 2] };
    const root: Record<string, unknown> = { a: shared, b: shared };
    const frozenLoop: Record<string, unknown> = { root, leaf: { y: {} } };
    root['loop'] = frozenLoop;
    Object.freeze(frozenLoop);
    deepFreeze(root);
    expect(allFrozen(root)).toBe(true);
  });
});
