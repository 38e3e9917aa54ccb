import { describe, expect, it } from 'vitest';
import { neighbors } from '../../src/query/neighbors.js';

describe('neighbors (bundled data)', () => {
  it('Abu Mahdi al-Muhandis led Kataib Hezbollah', () => {
    expect(neighbors('abu-mahdi-al-muhandis').map((e) => e.id)).toContain('kataib-hezbollah');
  });

  it('lists each neighbour once, by id', () => {
    const got = neighbors('iran').map((e) => e.id);
    expect(got).toEqual([...new Set(got)].sort());
    expect(got).toEqual(expect.arrayContaining(['hamas', 'kataib-hezbollah']));
  });
});
