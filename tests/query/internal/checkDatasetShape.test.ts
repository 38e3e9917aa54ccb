import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/bundled/dataset.js';
import { ArgumentTypeError } from '../../../src/errors/ArgumentTypeError.js';
import { createIndex } from '../../../src/query/createIndex.js';

type Loose = { entities: Record<string, unknown>[]; events: Record<string, unknown>[] } & Record<string, unknown>;
const clone = (): Loose => structuredClone(dataset) as unknown as Loose;

function rejected(d: Loose): ArgumentTypeError {
  let caught: unknown;
  try {
    createIndex(d as never);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ArgumentTypeError);
  return caught as ArgumentTypeError;
}

describe('checkDatasetShape: holes in the arrays createIndex reads', () => {
  it('a hole in aliases is an ArgumentTypeError at its index (not a TypeError from findEntity later)', () => {
    const d = clone();
    // eslint-disable-next-line no-sparse-arrays
    d.entities[0]!['aliases'] = [, 'x'];
    expect(rejected(d).message).toMatch(/^createIndex: dataset\.entities\[0\]\.aliases\[0\]: expected a string \(this index is a hole/);
  });

  it('trailing holes in aliases are found too', () => {
    const d = clone();
    const aliases = ['a'];
    aliases.length = 3;
    d.entities[0]!['aliases'] = aliases;
    expect(rejected(d).message).toContain('dataset.entities[0].aliases[1]');
  });

  it('an inherited element does not fill a hole', () => {
    const d = clone();
    d.entities[0]!['aliases'] = new Array(2);
    Object.setPrototypeOf(d.entities[0]!['aliases'], Object.assign(Object.create(Array.prototype) as object, { 0: 'x', 1: 'y' }));
    expect(rejected(d).message).toContain('dataset.entities[0].aliases[0]');
  });

  it('a sparse aliases array of length 4e9 fails at its first hole, at once', () => {
    const d = clone();
    const aliases: string[] = ['a'];
    aliases.length = 4e9;
    d.entities[0]!['aliases'] = aliases;
    expect(rejected(d).message).toContain('dataset.entities[0].aliases[1]');
  });

  it('holes in the record arrays and in participants', () => {
    const d = clone();
    d.events.length = d.events.length + 1e9;
    expect(rejected(d).message).toContain(`dataset.events[${dataset.events.length}]`);
    const p = clone();
    const parts = p.events[0]!['participants'] as unknown[];
    parts.length += 2;
    expect(rejected(p).message).toContain(`dataset.events[0].participants[${parts.length - 2}]`);
  });
});
