import { describe, expect, it } from 'vitest';
import { getEntity } from '../../src/bundled/getEntity.js';
import { parseEdtf } from '../../src/dates/parseEdtf.js';
import { ArgumentRangeError } from '../../src/errors/ArgumentRangeError.js';
import { ArgumentTypeError } from '../../src/errors/ArgumentTypeError.js';
import { DateFormatError } from '../../src/errors/DateFormatError.js';
import { byPlace } from '../../src/query/byPlace.js';
import { UnknownIdError } from '../../src/errors/UnknownIdError.js';
import { DatasetError } from '../../src/schema/DatasetError.js';
import { parseDataset } from '../../src/schema/parseDataset.js';

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
};

/** What another copy of the package (its CJS build next to the ESM one) throws: another class, the same brand. */
function fromAnotherCopy(name: string): Error {
  const error = new RangeError('from the other copy');
  Object.defineProperty(error, Symbol.for(`iraq-militias.${name}`), { value: true });
  return error;
}

describe('error classes are branded with Symbol.for', () => {
  it('an error from this copy is recognised by instanceof and .is', () => {
    const unknown = thrown(() => getEntity('nope' as never));
    expect(unknown instanceof UnknownIdError).toBe(true);
    expect(UnknownIdError.is(unknown)).toBe(true);
    expect(unknown instanceof RangeError).toBe(true);
    const date = thrown(() => parseEdtf('June 2024'));
    expect(DateFormatError.is(date) && date instanceof DateFormatError).toBe(true);
    const dataset = thrown(() => parseDataset({}));
    expect(DatasetError.is(dataset) && dataset instanceof DatasetError).toBe(true);
    const wrongType = thrown(() => getEntity(42 as never));
    expect(ArgumentTypeError.is(wrongType) && wrongType instanceof ArgumentTypeError && wrongType instanceof TypeError).toBe(true);
    const wrongKind = thrown(() => byPlace('hamas' as never));
    expect(ArgumentRangeError.is(wrongKind) && wrongKind instanceof ArgumentRangeError && wrongKind instanceof RangeError).toBe(true);
    expect(ArgumentTypeError.is(wrongKind) || wrongKind instanceof ArgumentTypeError).toBe(false);
  });

  it('an error from another copy (same brand, other class) is recognised too; others are not', () => {
    expect(fromAnotherCopy('UnknownIdError') instanceof UnknownIdError).toBe(true);
    expect(UnknownIdError.is(fromAnotherCopy('UnknownIdError'))).toBe(true);
    expect(fromAnotherCopy('DatasetError') instanceof DatasetError).toBe(true);
    expect(fromAnotherCopy('ArgumentTypeError') instanceof ArgumentTypeError).toBe(true);
    expect(ArgumentRangeError.is(fromAnotherCopy('ArgumentRangeError'))).toBe(true);
    expect(fromAnotherCopy('UnknownIdError') instanceof DateFormatError).toBe(false);
    expect(new RangeError('x') instanceof UnknownIdError).toBe(false);
    expect(UnknownIdError.is(null)).toBe(false);
    expect(UnknownIdError.is('UnknownIdError')).toBe(false);
  });

  it('the brand is not enumerable: errors still compare and print as before', () => {
    const error = new UnknownIdError('entity', 'x', []);
    expect(Object.keys(error)).not.toContain(String(Symbol.for('iraq-militias.UnknownIdError')));
    expect(Object.getOwnPropertySymbols(error).map(String)).toEqual(['Symbol(iraq-militias.UnknownIdError)']);
    expect(JSON.stringify(error)).not.toContain('iraq-militias');
  });
});

describe('instanceof on a subclass of a branded class', () => {
  it('uses the prototype chain: a subclass instance is one, a plain instance of the class is not one of the subclass', () => {
    class Narrow extends ArgumentTypeError {}
    const narrow = new Narrow('f: a', 1, 'a string');
    const plain = new ArgumentTypeError('f: a', 1, 'a string');
    expect(narrow instanceof Narrow && narrow instanceof ArgumentTypeError && narrow instanceof TypeError).toBe(true);
    expect(plain instanceof Narrow).toBe(false);
    expect(fromAnotherCopy('ArgumentTypeError') instanceof Narrow).toBe(false);
    expect(ArgumentTypeError.name).toBe('ArgumentTypeError');
  });
});
