import { describe, expect, it } from 'vitest';
import { idSuggester } from '../../src/schema/idSuggester.js';

const pad = (n: number) => String(n).padStart(6, '0');

describe('idSuggester', () => {
  it('suggests close ids: a typo anywhere, a shared word, an id it contains', () => {
    const suggest = idSuggester(['kataib-hezbollah', 'kataib-sayyid-al-shuhada', 'harakat-al-nujaba', 'iran', 'iraq', 'baghdad']);
    expect(suggest('kataib-hezbolah')[0]).toBe('kataib-hezbollah');
    expect(suggest('xataib-hezbollah')[0]).toBe('kataib-hezbollah');
    expect(suggest('hezbollah')[0]).toBe('kataib-hezbollah');
    expect(suggest('irak')).toContain('iraq');
    expect(suggest('completely-unrelated-name')).toEqual([]);
  });

  it('searches once per distinct id, however often it is asked', () => {
    const suggest = idSuggester(['group-a', 'group-b', 'town']);
    for (let i = 0; i < 500; i++) suggest('group-c');
    suggest('groupa');
    expect(suggest.searched).toBe(2);
  });

  it('ranks a bounded set of candidates, whatever the number of known ids', () => {
    const small = idSuggester(Array.from({ length: 100 }, (_, i) => `group-${pad(i)}`));
    const large = idSuggester(Array.from({ length: 100_000 }, (_, i) => `group-${pad(i)}`));
    for (let i = 0; i < 50; i++) {
      small(`grup-${pad(i)}`);
      large(`grup-${pad(i * 1999)}`);
    }
    expect(large('grup-001999')[0]).toBe('group-001999');
    expect(large.mostCandidates).toBeLessThanOrEqual(16);
    expect(large.mostCandidates).toBeLessThanOrEqual(small.mostCandidates + 4);
  });

  it('stops searching after 1,000 distinct unknown ids, and skips absurdly long ones', () => {
    const suggest = idSuggester(Array.from({ length: 5000 }, (_, i) => `group-${pad(i)}`));
    for (let i = 0; i < 3000; i++) suggest(`grup-${pad(i)}`);
    expect(suggest.searched).toBe(1000);
    expect(suggest(`grup-${pad(2999)}`)).toEqual([]);
    expect(idSuggester(['a-b'])('a'.repeat(1_000_000))).toEqual([]);
  });
});
