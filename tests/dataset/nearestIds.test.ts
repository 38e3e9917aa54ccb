import { describe, expect, it } from 'vitest';
import { nearestIds } from '../../src/dataset/nearestIds.js';

const known = ['kataib-hezbollah', 'kataib-sayyid-al-shuhada', 'hamas', 'iran', 'iraq'];

describe('nearestIds', () => {
  it('puts the closest spelling first', () => {
    expect(nearestIds('kataib-hezbolah', known, 1)).toEqual(['kataib-hezbollah']);
    // equally close: ties come in id order
    expect(nearestIds('irak', known, 2)).toEqual(['iran', 'iraq']);
  });

  it('ranks ids containing the input (or contained in it) before others', () => {
    expect(nearestIds('kataib', known, 2)).toEqual(['kataib-hezbollah', 'kataib-sayyid-al-shuhada']);
    expect(nearestIds('hamas-movement', known, 1)).toEqual(['hamas']);
  });

  it('returns at most `limit` ids, ties in id order, and nothing for an empty list', () => {
    expect(nearestIds('x', known)).toHaveLength(3);
    expect(nearestIds('zzzz', ['b', 'a'], 2)).toEqual(['a', 'b']);
    expect(nearestIds('x', [])).toEqual([]);
  });
});
