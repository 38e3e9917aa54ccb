import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import type { EventRecord } from '../../src/schema/types.js';
import { EVENT_TYPE_CROSSWALK } from '../../src/vocab/events.js';
import { toUCDPGED } from '../../src/export/toUCDPGED.js';
import { toUCDPGEDRows } from '../../src/export/toUCDPGEDRows.js';
import { UCDP_GED_COLUMNS } from '../../src/export/ucdpGedColumns.js';
import { parseCsvReference } from './parseCsvReference.js';
import { eventLike, golden, NOT_HAPPENED, withEvents } from './fieldFormatFixtures.js';

const { rows, omitted } = toUCDPGEDRows();
const row = (id: string) => rows.find((r) => r.relid === id);

describe('toUCDPGEDRows: which events become rows', () => {
  it('accounts for every event exactly once', () => {
    const ids = [...rows.map((r) => String(r.relid)), ...omitted.map((o) => o.id)].sort();
    expect(ids).toEqual(dataset.events.map((e) => e.id).sort());
  });

  it('writes only violent events that happened and that the report gives deaths for', () => {
    expect(rows.map((r) => r.relid)).toEqual([
      'us-drone-strike-baghdad-airport-2020',
      'us-strike-baghdad-2024-01',
      'tower-22-drone-attack',
      'israeli-strike-on-iranian-embassy',
    ]);
    for (const r of rows) {
      const e = dataset.events.find((x) => x.id === r.relid)!;
      expect(e.modality).toBe('actual');
      expect(EVENT_TYPE_CROSSWALK[e.type].violent).toBe(true);
      expect(Number(r.best)).toBeGreaterThanOrEqual(1);
    }
  });

  it('never writes a threatened, conditional or expected event', () => {
    for (const e of dataset.events.filter((x) => (NOT_HAPPENED as readonly string[]).includes(x.modality))) {
      expect(row(e.id), e.id).toBeUndefined();
      expect(omitted.find((o) => o.id === e.id)?.reason).toBe('not-actual');
    }
  });

  it('leaves out violence without a count of deaths and non-violent events', () => {
    expect(omitted.find((o) => o.id === 'israel-gaza-war-outbreak')?.reason).toBe('no-deaths');
    expect(omitted.find((o) => o.id === 'us-iraq-withdrawal-talks')?.reason).toBe('no-category');
  });

  it('leaves out violence whose side is inferred: "scores" of fighters is a count (low 40), but whose outposts they were is our reading', () => {
    const e = dataset.events.find((x) => x.id === 'us-retaliatory-air-strikes')!;
    expect(e.casualties?.killed?.low).toBe(40);
    expect(omitted.find((o) => o.id === e.id)).toEqual({
      id: 'us-retaliatory-air-strikes',
      reason: 'no-dyad',
      detail: 'target Iran-backed militias in Iraq is inferred, not stated: GED codes the sides the source gives',
    });
    // The same strikes with the side stated would be a row with the 40 as its low and best figure.
    const stated = eventLike('us-retaliatory-air-strikes', {
      participants: e.participants.map((p) => ({ entity: p.entity, role: p.role })),
    });
    const [r] = toUCDPGEDRows({ dataset: withEvents([stated]) }).rows;
    expect([r?.side_a, r?.side_b, r?.low, r?.best, r?.high, r?.deaths_b]).toEqual(['United States', 'Iran-backed militias in Iraq', 40, 40, null, 40]);
  });

  it('takes side B from the first target or victim that is a side, skipping people', () => {
    const r = row('us-drone-strike-baghdad-airport-2020')!;
    const victims = dataset.events.find((e) => e.id === r.relid)!.participants.filter((p) => p.role === 'victim').map((p) => p.entity);
    expect(victims[0]).toBe('abu-mahdi-al-muhandis');
    expect(r.side_b).toBe('Kataib Hezbollah');
  });

  it('leaves out an event whose only death figure is inferred', () => {
    const e = eventLike('tower-22-drone-attack', { casualties: { killed: { low: 3, best: 3, high: 3, certainty: 'inferred' } } });
    expect(toUCDPGEDRows({ dataset: withEvents([e]) }).omitted).toEqual([
      { id: 'tower-22-drone-attack', reason: 'no-deaths', detail: 'its death figure is inferred, not stated' },
    ]);
  });

  it('leaves out violence between sides UCDP would not code (no second side)', () => {
    const e = eventLike('tower-22-drone-attack', { participants: [{ entity: 'islamic-resistance-in-iraq', role: 'claimant' }] });
    expect(toUCDPGEDRows({ dataset: withEvents([e]) }).omitted[0]?.reason).toBe('no-dyad');
  });

  it('codes two organised non-state sides as non-state violence (2)', () => {
    const e = eventLike('us-strike-baghdad-2024-01', {
      participants: [
        { entity: 'isis', role: 'perpetrator' },
        { entity: 'kataib-hezbollah', role: 'victim' },
      ],
    });
    expect(toUCDPGEDRows({ dataset: withEvents([e]) }).rows[0]?.type_of_violence).toBe(2);
  });
});

describe('toUCDPGEDRows: values', () => {
  it('codes Tower 22: the state side first, 3 deaths of no stated side, an 11-day window as date_prec 4', () => {
    const r = row('tower-22-drone-attack')!;
    expect([r.type_of_violence, r.side_a, r.side_b, r.dyad_name]).toEqual([1, 'US forces', 'Islamic Resistance in Iraq', 'US forces - Islamic Resistance in Iraq']);
    expect([r.date_start, r.date_end, r.date_prec, r.year]).toEqual(['2024-01-21', '2024-01-31', 4, 2024]);
    expect([r.deaths_a, r.deaths_b, r.deaths_civilians, r.deaths_unknown, r.best, r.low, r.high]).toEqual([null, null, null, 3, 3, 3, 3]);
    expect([r.country, r.where_prec, r.geom_wkt]).toEqual(['Jordan', 4, 'POINT (38.72 33.32)']);
  });

  it('codes the 2020 strike: only a year (date_prec 5), a minimum of two dead of mixed sides as deaths_unknown, no high', () => {
    const r = row('us-drone-strike-baghdad-airport-2020')!;
    expect([r.date_start, r.date_end, r.date_prec]).toEqual(['2020-01-01', '2020-12-31', 5]);
    expect([r.best, r.low, r.high, r.deaths_unknown, r.deaths_a, r.deaths_b]).toEqual([2, 2, null, 2, null, null]);
    expect([r.side_a, r.side_b, r.where_prec]).toEqual(['United States', 'Kataib Hezbollah', 1]);
  });

  it('codes a one-day strike as date_prec 1; its seven dead go to no side, the officers being Iran’s only by inference', () => {
    const r = row('israeli-strike-on-iranian-embassy')!;
    expect([r.date_prec, r.best, r.where_prec, r.country]).toEqual([1, 7, 2, 'Syria']);
    // The victims are Iran and the officers, whose being Iranian (official-of Iran, the victim
    // participant) is inferred (second review D8): not a reported side, so deaths_unknown. No total, so no high.
    expect([r.deaths_a, r.deaths_b, r.deaths_unknown, r.low, r.high]).toEqual([null, null, 7, 7, null]);
  });

  it('gives the deaths to a side only when the victim is stated: the PMF in Baghdad yes, the soldiers at Tower 22 no', () => {
    const baghdad = row('us-strike-baghdad-2024-01')!;
    expect([baghdad.side_b, baghdad.deaths_a, baghdad.deaths_b, baghdad.deaths_unknown]).toEqual(['Popular Mobilisation Forces', 0, 2, 0]);
    // Three soldiers died at a US outpost; their being US troops is implied (second review D13).
    const tower = row('tower-22-drone-attack')!;
    expect([tower.side_a, tower.deaths_a, tower.deaths_b, tower.deaths_unknown, tower.best]).toEqual(['US forces', null, null, 3, 3]);
  });

  it('never gives more deaths than the report supports, and best is never above high', () => {
    for (const r of rows) {
      const killed = (dataset.events as readonly EventRecord[]).find((e) => e.id === r.relid)!.casualties!.killed!;
      expect(r.low).toBe(killed.low ?? killed.best);
      if (killed.best !== null) expect(r.best).toBe(killed.best);
      if (killed.high !== null) expect(Number(r.best)).toBeLessThanOrEqual(killed.high);
      expect(r.high).toBe(killed.high);
      const split = [r.deaths_a, r.deaths_b, r.deaths_civilians, r.deaths_unknown].reduce<number>((n, x) => n + (x === null ? 0 : Number(x)), 0);
      expect(split).toBe(r.best);
    }
  });

  it('fills the source fields from the evidence and leaves UCDP-assigned ids empty', () => {
    const r = row('tower-22-drone-attack')!;
    expect([r.source_office, r.source_date, r.number_of_sources, r.source_original]).toEqual(['The National', '2024-06-09', 1, 'The National']);
    expect(r.source_article).toMatch(/paragraphs 18, 19; The National .* paragraphs 29 \(for the date\)$/);
    for (const c of ['id', 'conflict_new_id', 'dyad_new_id', 'side_a_new_id', 'country_id', 'priogrid_gid', 'gwnoa', 'region'] as const) expect(r[c]).toBeNull();
  });
});

describe('toUCDPGED: the CSV', () => {
  const csv = toUCDPGED();
  it("has GED's 49 columns in the codebook's order and one row per GED row", () => {
    const table = parseCsvReference(csv);
    expect(table[0]).toEqual([...UCDP_GED_COLUMNS]);
    expect(table.length - 1).toBe(rows.length);
  });
  it('matches the golden file (tests/export/golden/ucdp-ged.csv)', () => {
    expect(csv).toBe(golden('ucdp-ged.csv', csv));
  });
  it('is strict on options', () => {
    expect(() => toUCDPGED({ unknownFatalitiesAsZero: true } as never)).toThrow(/toUCDPGED: unknown option 'unknownFatalitiesAsZero'/);
    expect(() => toUCDPGED({ includeClaimed: null } as never)).toThrow(/options.includeClaimed must be true or false, got null/);
  });
});
