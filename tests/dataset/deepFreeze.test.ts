import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/dataset/deepFreeze.js';
import { ArgumentTypeError } from '../../src/errors/ArgumentTypeError.js';

describe('deepFreeze', () => {
  it('freezes every nested object and array and returns the same value', () => {
    const input = { a: [{ b: 1 }], c: { d: { e: 'x' } } };
    const out = deepFreeze(input);
    expect(out).toBe(input);
    expect(Object.isFrozen(out.a)).toBe(true);
    expect(Object.isFrozen(out.a[0])).toBe(true);
    expect(Object.isFrozen(out.c.d)).toBe(true);
    expect(() => {
      (out.c.d as { e: string }).e = 'y';
    }).toThrow(TypeError);
  });

  it('passes primitives through and copes with cycles and symbol keys', () => {
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBe(null);
    const sym = Symbol('s');
    const cyclic: Record<PropertyKey, unknown> = { [sym]: { deep: true } };
    cyclic.self = cyclic;
    deepFreeze(cyclic);
    expect(Object.isFrozen(cyclic[sym])).toBe(true);
  });

  it('a part that cannot be frozen: an ArgumentTypeError with the original error as cause', () => {
    const trap = new Error('TRAP');
    const proxy = new Proxy({}, { preventExtensions: () => { throw trap; } });
    let caught: unknown;
    try {
      deepFreeze({ ok: {}, proxy });
    } catch (error) {
      caught = error;
    }
    expect(ArgumentTypeError.is(caught)).toBe(true);
    expect((caught as Error).message).toMatch(/^deepFreeze: value: expected a value that can be frozen \(freezing it threw: Error: TRAP\)/);
    expect((caught as Error).cause).toBe(trap);
  });
});
