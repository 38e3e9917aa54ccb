import { describe, expect, it } from 'vitest';
import { readableCopy } from '../../src/schema/readableCopy.js';

describe('readableCopy', () => {
  it('copies own enumerable properties and lists each part that throws at its path', () => {
    const bad: [(string | number)[], string][] = [];
    const proxy = new Proxy([1, 2], { get: () => { throw new Error('trap'); } });
    const copy = readableCopy({ a: [1, , 3], get b() { throw new Error('no'); }, c: proxy }, 3, ['x'], bad) as any;
    expect(bad).toEqual([[['x', 'b'], 'Error: no'], [['x', 'c'], 'Error: trap']]);
    expect(Object.getPrototypeOf(copy)).toBeNull();
    expect(1 in copy.a).toBe(false);
    expect(copy.a[2]).toBe(3);
    expect(Object.isFrozen(copy.b)).toBe(true);
  });
});
