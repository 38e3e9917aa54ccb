import { isBranded } from './isBranded.js';

/**
 * The `Symbol.hasInstance` of a branded error class, shared by all of them: on the class itself
 * (the one that declares `Symbol.hasInstance`) it checks the brand, so `instanceof` holds across
 * the ESM and CJS copies of the package; on a subclass it falls back to the prototype chain.
 * It never names the class: a class whose body refers to itself is renamed by the bundler
 * (`class _ArgumentTypeError`), which would show in its `.name` and in Node's uncaught-error header.
 *
 * @param cls - `this` of the static method: the class `instanceof` asks about.
 * @param value - the left operand of `instanceof`.
 * @param brand - the class's `Symbol.for` brand.
 * @returns whether `value` is an instance.
 * @example
 * brandedInstanceOf(UnknownIdError, new UnknownIdError('entity', 'x', []), Symbol.for('iraq-militias.UnknownIdError')) // => true
 */
export function brandedInstanceOf(cls: abstract new (...args: never[]) => unknown, value: unknown, brand: symbol): boolean {
  return Object.hasOwn(cls, Symbol.hasInstance) ? isBranded(value, brand) : Function.prototype[Symbol.hasInstance].call(cls, value);
}
