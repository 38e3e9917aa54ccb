import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/errors/describeValue.js';

describe('describeValue', () => {
  it('shows primitives as written and quotes strings', () => {
    expect([42, -0, NaN, null, undefined, true, 10n].map(describeValue)).toEqual(['42', '0', 'NaN', 'null', 'undefined', 'true', '10n']);
    expect(describeValue('irak')).toBe("'irak'");
    expect(describeValue(Symbol('s'))).toBe('a symbol (s)');
  });

  it('quotes at most a short prefix of a long string', () => {
    const shown = describeValue('y'.repeat(1_000_000));
    expect(shown).toBe(`'${'y'.repeat(48)}…' (1000000 characters)`);
  });

  it('names other values by their kind without running their code', () => {
    const trap = () => {
      throw new Error('trap');
    };
    const proxy = new Proxy({}, { get: trap, getPrototypeOf: trap, ownKeys: trap });
    const r = Proxy.revocable({}, {});
    r.revoke();
    expect([{}, [], () => 1, new Date(0), new Date(NaN), proxy, r.proxy].map(describeValue)).toEqual([
      'an object',
      'an array',
      'a function',
      'a Date',
      'an invalid Date',
      'an object',
      'an object',
    ]);
  });
});
