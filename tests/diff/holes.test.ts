import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { diffDatasets } from '../../src/diff/diffDatasets.js';
import { ArgumentTypeError } from '../../src/errors/ArgumentTypeError.js';

type Loose = { entities: Record<string, unknown>[]; events: Record<string, unknown>[] };
const clone = (): Loose => structuredClone(dataset) as unknown as Loose;

function rejected(d: Loose): ArgumentTypeError {
  let caught: unknown;
  try {
    diffDatasets(dataset, d as never);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ArgumentTypeError);
  return caught as ArgumentTypeError;
}

describe('diffDatasets: holes in a record\'s arrays', () => {
  it('a sparse array of length 4e9 (a changed length) fails at its first hole, at once', () => {
    const d = clone();
    const aliases = ['a'];
    aliases.length = 4e9;
    d.entities[0]!['aliases'] = aliases;
    expect(rejected(d).message).toMatch(/has a hole at aliases\[1\]/);
  });

  it('a hole in an array of the same length is named at its index', () => {
    const d = clone();
    const parts = [...(d.events[0]!['participants'] as unknown[])];
    delete parts[0];
    d.events[0]!['participants'] = parts;
    expect(rejected(d).message).toMatch(/has a hole at participants\[0\]/);
  });
});
