import { describe, expect, it } from 'vitest';
import { closeIds } from '../../src/dataset/closeIds.js';
import { entities } from '../../src/bundled/records.js';

const known = entities.map((e) => [e.id, [e.name, ...e.aliases]] as const);

describe('closeIds', () => {
  it('finds an entity by an alias or a differently cased id, and then only it', () => {
    expect(closeIds('KH', known)).toEqual(['kataib-hezbollah']);
    expect(closeIds('Kataib-Hezbollah', known)).toEqual(['kataib-hezbollah']);
    expect(closeIds('kataib hezbolah', known)).toEqual(['kataib-hezbollah']);
  });

  it('suggests near misses only, never far-off ids', () => {
    expect(closeIds('Kataib-Hezbollah', known)).not.toContain('baghdad');
    expect(closeIds('baghdad-airprt', known)).toEqual(['baghdad-international-airport']); // its alias 'Baghdad airport', one letter off
    expect(closeIds('qwertyuiop', known)).toEqual([]);
    expect(closeIds('', known)).toEqual([]);
    expect(closeIds('irak', known).sort()).toEqual(['iran', 'iraq']);
  });

  it('answers non-strings and long inputs with nothing, at once', () => {
    expect(closeIds(42, known)).toEqual([]);
    expect(closeIds(null, known)).toEqual([]);
    expect(closeIds(`kataib-hezbollah${'x'.repeat(1_000_000)}`, known)).toEqual([]);
  });
});
