import { describe, expect, it } from 'vitest';
import { ArgumentTypeError } from '../../../src/errors/ArgumentTypeError.js';
import { checkOptions } from '../../../src/query/internal/checkOptions.js';

const KEYS = ['from', 'to', 'mode'];

describe('checkOptions: the plain path and the careful path agree', () => {
  it('copies own values into an object without a prototype, each getter called once', () => {
    let reads = 0;
    const options = Object.create({ mode: 'within' }, { from: { enumerable: true, get: () => (reads++, '2024') }, to: { enumerable: true, value: undefined } });
    const out = checkOptions('between', options, KEYS);
    expect(Object.getPrototypeOf(out)).toBe(null);
    expect({ ...out }).toEqual({ from: '2024' }); // the inherited mode is not read; undefined is left out
    expect(reads).toBe(1);
  });

  it('with a symbol key present (the careful path), a throwing getter still names the option', () => {
    const options = { get from(): string { throw new Error('boom'); } };
    Object.defineProperty(options, Symbol('hidden'), { enumerable: false, value: 1 });
    expect(() => checkOptions('between', options, KEYS)).toThrow(ArgumentTypeError);
    expect(() => checkOptions('between', options, KEYS)).toThrow(/between: options\.from.*getter threw: Error: boom/);
    // and on the plain path too
    expect(() => checkOptions('between', { get from(): string { throw new Error('boom'); } }, KEYS)).toThrow(/between: options\.from.*getter threw: Error: boom/);
  });

  it('with a symbol key present, a setter-only property reads as absent and a plain value is kept', () => {
    const options = { to: '2025' };
    Object.defineProperty(options, 'from', { enumerable: true, set: () => undefined });
    Object.defineProperty(options, Symbol('hidden'), { enumerable: false, value: 1 });
    expect({ ...checkOptions('between', options, KEYS) }).toEqual({ to: '2025' });
  });

  it('an enumerable symbol key or an unknown name is refused on either path', () => {
    expect(() => checkOptions('between', { [Symbol('x')]: 1 }, KEYS)).toThrow(/unknown option \[symbol/);
    expect(() => checkOptions('between', { frm: '2024' }, KEYS)).toThrow(/unknown option 'frm'; did you mean 'from'\?/);
  });
});
