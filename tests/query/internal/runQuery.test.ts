import { describe, expect, it } from 'vitest';
import { generate } from '../../../bench/generate.js';
import { buildIndexData } from '../../../src/query/internal/buildIndexData.js';
import { readFilters } from '../../../src/query/internal/readFilters.js';
import { runQuery } from '../../../src/query/internal/runQuery.js';

// A dataset large enough for every way in: windows bounded by span class (from 4,096 events),
// merges of thousands of candidates (past the first scratch space), and one pass for wide windows.
const d = generate(6000, 11).dataset;
const ix = buildIndexData(d);
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe('runQuery on a few thousand events', () => {
  const windows: [string, string][] = [
    ['2001-03-04', '2001-03-04'],
    ['2001-03-04', '2001-04-02'],
    ['2001', '2001'],
    ['1995', '2004'],
    ['1990', '2024'],
  ];
  for (const [from, to] of windows) {
    for (const mode of ['overlap', 'within'] as const) {
      it(`${from}..${to} (${mode}): the automatic choice, the window's runs merged and one pass agree`, () => {
        for (const modality of [undefined, 'any'] as const) {
          const q = readFilters(ix, 'between', modality === undefined ? { from, to, mode } : { from, to, mode, modality });
          const pass = ids(runQuery(ix, q, 'scan'));
          expect(ids(runQuery(ix, q, 'window'))).toEqual(pass);
          expect(ids(runQuery(ix, q))).toEqual(pass);
          if (mode === 'overlap') expect(pass.length).toBeGreaterThan(0);
        }
      });
    }
  }

  it('a type filter over many types merges their runs into chronological order', () => {
    const types = ['threat', 'statement', 'attack', 'drone-strike'];
    const q = readFilters(ix, 'query', { type: types, modality: 'any' });
    expect(ids(runQuery(ix, q, 'type'))).toEqual(ids(runQuery(ix, q, 'scan')));
    expect(runQuery(ix, q, 'type').length).toBeGreaterThan(1024);
    // the default (only what happened) is checked on every candidate of every way in
    const happened = readFilters(ix, 'query', { type: types });
    expect(ids(runQuery(ix, happened, 'type'))).toEqual(ids(runQuery(ix, happened, 'scan')));
    expect(runQuery(ix, happened, 'type').length).toBeLessThan(runQuery(ix, q, 'type').length);
  });
});

describe('the actor fast path (actorEvents) against the general sources', () => {
  const actors = [...new Set(d.events.slice(0, 40).map((e) => e.participants[0]!.entity))].slice(0, 8);
  const windows: [string | undefined, string | undefined][] = [[undefined, undefined], ['1995', '2004'], ['2001-03', '2001-06'], [undefined, '2000'], ['2010', undefined]];
  for (const mode of ['overlap', 'within'] as const) {
    it(`actor + window (${mode}), by default and with modality 'any': the same events as the actor's postings and one pass`, () => {
      let nonEmpty = 0;
      for (const actor of actors) {
        for (const [from, to] of windows) {
          for (const modality of [undefined, 'any'] as const) {
            const o: Record<string, unknown> = { actor, mode };
            if (from !== undefined) o['from'] = from;
            if (to !== undefined) o['to'] = to;
            if (modality !== undefined) o['modality'] = modality;
            const q = readFilters(ix, 'query', o);
            const pass = ids(runQuery(ix, q, 'scan'));
            expect(ids(runQuery(ix, q))).toEqual(pass);
            expect(ids(runQuery(ix, q, 'actor'))).toEqual(pass);
            if (pass.length > 0) nonEmpty++;
          }
        }
      }
      expect(nonEmpty).toBeGreaterThan(10);
    });
  }
});
