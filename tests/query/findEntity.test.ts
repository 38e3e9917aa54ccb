import { describe, expect, it } from 'vitest';
import { findEntity } from '../../src/query/findEntity.js';

describe('findEntity (bundled data)', () => {
  it('finds Abu Mahdi al-Muhandis however "al" is spelt', () => {
    for (const q of ['Al Muhandis', 'al-Muhandis', 'Muhandis', 'ABU MAHDI AL-MUHANDIS']) {
      expect(findEntity(q)[0]?.entity.id, q).toBe('abu-mahdi-al-muhandis');
    }
  });

  it('folds apostrophes and accents in transliterations', () => {
    expect(findEntity("Kata'ib Hizballah")[0]?.entity.id).toBe('kataib-hezbollah');
    expect(findEntity('Kataʼib Hizballah')[0]?.entity.id).toBe('kataib-hezbollah');
    expect(findEntity('kataib hezbollah')[0]).toMatchObject({ match: 'exact-name', score: 100 });
  });

  it('ranks several hits: "kataib" finds both Kataib groups by prefix', () => {
    const hits = findEntity('kataib').map((h) => h.entity.id);
    expect(hits.slice(0, 2).sort()).toEqual(['kataib-hezbollah', 'kataib-sayyid-al-shuhada']);
    expect(findEntity('kataib', { limit: 1 })).toHaveLength(1);
  });
});
