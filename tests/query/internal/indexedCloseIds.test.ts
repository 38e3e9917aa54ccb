import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeIds } from '../../../src/dataset/closeIds.js';
import { entitySuggestions } from '../../../src/query/internal/entitySuggestions.js';
import { indexedCloseIds, SCAN_LIMIT } from '../../../src/query/internal/indexedCloseIds.js';

const SYLLABLES = ['ka', 'ta', 'ib', 'hez', 'bol', 'lah', 'nu', 'ja', 'ba', 'sa', 'yid', 'shu', 'ha', 'da', 'mo', 'ri', 'qu', 'ds', 'an', 'sar'];
/** Many distinct, word-like ids (`kataib-bol-3`), names and aliases, as a large dataset has. */
function entities(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const word = [i % 20, Math.floor(i / 20) % 20, Math.floor(i / 400) % 20].map((k) => SYLLABLES[k]).join('');
    return { id: `${word}-${i}`, name: `The ${word} group ${i}`, aliases: [`${word.toUpperCase()}${i}`] };
  });
}
const pairsOf = (es: ReturnType<typeof entities>) => es.map((e) => [e.id, [e.name, ...e.aliases]] as const);

describe('indexedCloseIds: suggestions on a large dataset without a scan per miss', () => {
  const big = entities(SCAN_LIMIT * 3);
  const pairs = pairsOf(big);

  it('the records are read once, on the first miss; later misses do not read them again', () => {
    let reads = 0;
    const counted = big.map((e) => ({
      id: e.id,
      get name() {
        reads++;
        return e.name;
      },
      aliases: e.aliases,
    }));
    entitySuggestions(counted, 'nope-1');
    const first = reads;
    expect(first).toBeGreaterThanOrEqual(counted.length);
    entitySuggestions(counted, 'kataibx-0');
    entitySuggestions(counted, 'The kataib group');
    expect(reads).toBe(first);
  });

  it('below the scan limit, the answer is closeIds itself', () => {
    const small = pairsOf(entities(50));
    for (const q of ['kataib-0', 'KATAIB0', 'hezbol', 'x', 'qwerty']) expect(indexedCloseIds(q, small, () => small, small.length)).toEqual(closeIds(q, small));
  });

  it('finds an id, a name or an alias given exactly (folded), as closeIds does', () => {
    const e = big[4321]!;
    for (const q of [e.id, e.id.toUpperCase(), e.name, e.aliases[0]!]) expect(indexedCloseIds(q, pairs, () => pairs, pairs.length)).toEqual(closeIds(q, pairs));
  });

  it('a one-letter typo of an id finds it, with the same best match as a full scan', () => {
    fc.assert(
      fc.property(fc.nat({ max: big.length - 1 }), fc.nat(), fc.constantFrom('a', 'z', '7', ''), (i, at, letter) => {
        const id = big[i]!.id;
        const k = at % id.length;
        const typo = id.slice(0, k) + letter + id.slice(k + 1);
        const got = indexedCloseIds(typo, pairs, () => pairs, pairs.length);
        const full = closeIds(typo, pairs);
        if (full.includes(id)) expect(got).toContain(id);
        // every suggestion is one the full scan would also accept
        for (const s of got) expect(closeIds(typo, pairs.filter(([x]) => x === s))).toEqual([s]);
      }),
      { numRuns: 60 },
    );
  });

  it('non-strings, empty and long inputs get nothing', () => {
    for (const q of [42, null, '', '---', 'x'.repeat(81)]) expect(indexedCloseIds(q, pairs, () => pairs, pairs.length)).toEqual([]);
  });
});
