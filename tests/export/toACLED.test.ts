import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import type { EventRecord } from '../../src/schema/types.js';
import { ACLED_COLUMNS } from '../../src/export/acledColumns.js';
import { toACLED } from '../../src/export/toACLED.js';
import { toACLEDRows } from '../../src/export/toACLEDRows.js';
import { parseCsvReference } from './parseCsvReference.js';
import { eventLike, golden, NOT_HAPPENED, withEvents } from './fieldFormatFixtures.js';

const { rows, omitted } = toACLEDRows();
const row = (id: string) => rows.find((r) => r.event_id_cnty === id);

describe('toACLEDRows: which events become rows', () => {
  it('accounts for every event exactly once: a row or an omission', () => {
    const ids = [...rows.map((r) => String(r.event_id_cnty)), ...omitted.map((o) => o.id)].sort();
    expect(ids).toEqual(dataset.events.map((e) => e.id).sort());
  });

  it('never writes a threatened, conditional or expected event', () => {
    const notHappened = dataset.events.filter((e) => (NOT_HAPPENED as readonly string[]).includes(e.modality));
    expect(notHappened.length).toBeGreaterThan(0);
    for (const e of notHappened) {
      expect(row(e.id), e.id).toBeUndefined();
      expect(omitted.find((o) => o.id === e.id)?.reason).toBe('not-actual');
    }
    for (const e of dataset.events.filter((x) => x.type === 'threat')) expect(row(e.id), e.id).toBeUndefined();
  });

  it('leaves out statements and demands (no ACLED type), series and events dated more coarsely than a month', () => {
    expect(omitted.find((o) => o.id === 'kh-arsenal-boast-2024-01')?.reason).toBe('no-category');
    expect(omitted.find((o) => o.id === 'attack-wave-on-us-forces')?.reason).toBe('series');
    expect(omitted.find((o) => o.id === 'us-drone-strike-baghdad-airport-2020')?.reason).toBe('date-too-coarse');
    expect(omitted.find((o) => o.id === 'us-retaliatory-air-strikes')?.detail).toMatch(/2024-01-21~\/2024-06-09/);
    // The caption dates the strike, not the funeral: after the January strike, before the report — months.
    expect(omitted.find((o) => o.id === 'pmf-funeral-2024-01')).toEqual({
      id: 'pmf-funeral-2024-01',
      reason: 'date-too-coarse',
      detail: "dated '2024-01/2024-06-09': ACLED needs a day, a week or a calendar month",
    });
  });

  it('writes the five events ACLED could record, in dataset order', () => {
    expect(rows.map((r) => r.event_id_cnty)).toEqual([
      'israel-gaza-war-outbreak',
      'us-strike-baghdad-2024-01',
      'tower-22-drone-attack',
      'israeli-strike-on-iranian-embassy',
      'iran-attack-on-israel-2024-04-13',
    ]);
  });

  it('exports claimed events only when asked', () => {
    const claimed = eventLike('tower-22-drone-attack', { id: 'claimed-strike', modality: 'claimed' });
    const data = withEvents([claimed]);
    expect(toACLEDRows({ dataset: data }).omitted).toEqual([expect.objectContaining({ id: 'claimed-strike', reason: 'not-actual' })]);
    const [r] = toACLEDRows({ dataset: data, includeClaimed: true }).rows;
    expect(r?.event_id_cnty).toBe('claimed-strike');
    expect(r?.notes).toMatch(/Claimed; the source does not confirm it\./);
  });

  it('exports only the events given', () => {
    const only = dataset.events.filter((e) => e.id === 'tower-22-drone-attack' || e.id === 'militia-threats-2024-06-09');
    const got = toACLEDRows({ events: only });
    expect(got.rows.map((r) => r.event_id_cnty)).toEqual(['tower-22-drone-attack']);
    expect(got.omitted.map((o) => o.id)).toEqual(['militia-threats-2024-06-09']);
  });
});

describe('toACLEDRows: values', () => {
  it('codes Tower 22: late January is a month-precision date at its midpoint, three dead, militia against foreign forces', () => {
    const r = row('tower-22-drone-attack')!;
    expect(r.event_date).toBe('2024-01-26');
    expect(r.year).toBe(2024);
    expect(r.time_precision).toBe(3);
    expect([r.disorder_type, r.event_type, r.sub_event_type]).toEqual(['Political violence', 'Explosions/Remote violence', 'Air/drone strike']);
    expect([r.actor1, r.inter1, r.actor2, r.inter2, r.interaction]).toEqual(['Islamic Resistance in Iraq', 3, 'US forces', 8, 38]);
    expect([r.country, r.location, r.geo_precision]).toEqual(['Jordan', 'Tower 22', 3]);
    expect(r.fatalities).toBe(3);
    // The Islamic Resistance is perpetrator (the report's "escalation by the groups") and claimant: both kept.
    expect(r.notes).toMatch(/Islamic Resistance in Iraq claimed it\./);
    expect(r.notes).toMatch(/paragraphs 18, 19/);
  });

  it('codes a day-precise strike with its stated toll, both states acting abroad (88)', () => {
    const r = row('israeli-strike-on-iranian-embassy')!;
    expect([r.event_date, r.time_precision, r.fatalities, r.interaction, r.geo_precision]).toEqual(['2024-04-01', 1, 7, 88, 1]);
  });

  it('gives the lowest supported figure, never more: "members" (low 2) is 2; "hundreds" of missiles with no toll is empty', () => {
    expect(row('us-strike-baghdad-2024-01')?.fatalities).toBe(2);
    expect(row('iran-attack-on-israel-2024-04-13')?.fatalities).toBeNull();
    for (const r of rows) {
      const killed = (dataset.events as readonly EventRecord[]).find((e) => e.id === r.event_id_cnty)?.casualties?.killed;
      const supported = killed === undefined ? null : (killed.low ?? killed.best);
      expect(r.fatalities, String(r.event_id_cnty)).toBe(supported);
      if (killed?.high != null && r.fatalities !== null) expect(r.fatalities).toBeLessThanOrEqual(killed.high);
    }
  });

  it('writes 0 for unknown fatalities only when asked (ACLED convention)', () => {
    expect(toACLEDRows({ unknownFatalitiesAsZero: true }).rows.find((r) => r.event_id_cnty === 'iran-attack-on-israel-2024-04-13')?.fatalities).toBe(0);
  });

  it('keeps an inferred death figure out of fatalities and names it in notes', () => {
    const e = eventLike('tower-22-drone-attack', { casualties: { killed: { low: 3, best: 3, high: 3, certainty: 'inferred' } } });
    const [r] = toACLEDRows({ dataset: withEvents([e]) }).rows;
    expect(r?.fatalities).toBeNull();
    expect(r?.notes).toMatch(/inferred death figure \(3\)/);
  });

  it('leaves empty what the report does not give: ISO numeric code, region, admin areas, source scale, tags, timestamp', () => {
    for (const r of rows) for (const c of ['iso', 'region', 'admin1', 'admin2', 'admin3', 'source_scale', 'tags', 'timestamp'] as const) expect(r[c]).toBeNull();
  });

  it('gives no inter code for a state acting where the report names no country, so no interaction', () => {
    const r = row('iran-attack-on-israel-2024-04-13')!;
    expect([r.inter1, r.inter2, r.interaction, r.latitude]).toEqual([null, null, null, null]);
  });

  it('names other participants in the main actors\' roles as associated actors (groups only), with coalitions as external forces (8)', () => {
    const e = eventLike('tower-22-drone-attack', {
      participants: [
        { entity: 'islamic-resistance-in-iraq', role: 'claimant' },
        { entity: 'kataib-hezbollah', role: 'claimant' },
        { entity: 'kataib-hezbollah-spokesman', role: 'claimant' },
        { entity: 'us-led-coalition', role: 'target' },
        { entity: 'us-armed-forces', role: 'target' },
        { entity: 'shafaq-news', role: 'addressee' },
      ],
    });
    const [r] = toACLEDRows({ dataset: withEvents([e]) }).rows;
    expect([r?.actor1, r?.assoc_actor_1, r?.actor2, r?.assoc_actor_2]).toEqual(['Islamic Resistance in Iraq', 'Kataib Hezbollah', 'Coalition', 'US forces']);
    expect([r?.inter2, r?.interaction]).toEqual([8, 38]);
    const media = eventLike('tower-22-drone-attack', { participants: [{ entity: 'shafaq-news', role: 'perpetrator' }] });
    expect(toACLEDRows({ dataset: withEvents([media]) }).rows[0]?.inter1).toBeNull();
  });

  it('codes a sole actor as its inter code times ten', () => {
    // The funeral, dated to a month for this test (the bundled record spans months and is left out).
    const funeral = eventLike('pmf-funeral-2024-01', { date: '2024-01' });
    const [r] = toACLEDRows({ dataset: withEvents([funeral]) }).rows;
    expect([r?.actor1, r?.actor2, r?.inter1, r?.interaction]).toEqual(['Popular Mobilisation Forces', null, 3, 30]);
  });

  it('says in notes when a main actor or the place is inferred, not stated', () => {
    const r = row('israel-gaza-war-outbreak')!;
    expect(r.actor2).toBe('Hamas');
    expect(r.notes).toMatch(/Hamas as participant is inferred, not stated\./);
    expect(r.notes).toMatch(/The location is inferred, not stated\./);
    expect(row('tower-22-drone-attack')!.notes).not.toMatch(/inferred/);
  });
});

describe('toACLED: the CSV', () => {
  const csv = toACLED();

  it("has ACLED's 31 columns in the codebook's order, then one row per ACLED row", () => {
    const table = parseCsvReference(csv);
    expect(table[0]).toEqual([...ACLED_COLUMNS]);
    expect(table.length - 1).toBe(rows.length);
  });

  it('matches the golden file (tests/export/golden/acled.csv)', () => {
    expect(csv).toBe(golden('acled.csv', csv));
  });

  it('writes a BOM only when asked', () => {
    expect(csv.startsWith('\uFEFF')).toBe(false);
    expect(toACLED({ bom: true }).startsWith('\uFEFFevent_id_cnty,')).toBe(true);
  });
});

describe('toACLED / toACLEDRows: strict options', () => {
  it('rejects an unknown option, naming the closest and the accepted ones', () => {
    expect(() => toACLED({ includeClamed: true } as never)).toThrow(/toACLED: unknown option 'includeClamed'; did you mean 'includeClaimed'\?/);
    expect(() => toACLEDRows({ includeClamed: true } as never)).toThrow(/toACLEDRows: unknown option 'includeClamed'/);
  });
  it('rejects a flag that is not a boolean', () => {
    expect(() => toACLED({ includeClaimed: 'yes' } as never)).toThrow(TypeError);
    expect(() => toACLED({ unknownFatalitiesAsZero: 1 } as never)).toThrow(/options.unknownFatalitiesAsZero must be true or false, got a number/);
  });
  it('rejects options that are not an object, a dataset that is not one, events that are not events', () => {
    expect(() => toACLED('all' as never)).toThrow(/^toACLED: options: expected an object of options \(dataset, events, includeClaimed, unknownFatalitiesAsZero, bom\) or nothing, got 'all'$/);
    expect(() => toACLED({ dataset: {} } as never)).toThrow(/options.dataset is missing/);
    expect(() => toACLED({ events: 'x' } as never)).toThrow(/toACLED: option 'events' takes an array of event records, got string/);
    expect(() => toACLED({ events: [1] } as never)).toThrow(/toACLED: options\.events\[0\]: expected an event record .*got 1/);
  });
  it('rejects event records that are not whole, naming which one, before any deep TypeError', () => {
    expect(() =>
      toACLEDRows({ events: [{ id: 'x', type: 'attack', modality: 'actual', date: '2024', summary: 's', certainty: 'stated', attributedTo: null }] } as never),
    ).toThrow(/toACLEDRows: options\.events\[0\]\.participants: expected an array \(each element a participant/);
    expect(() => toACLEDRows({ events: [{ id: 'x', type: 'attack', modality: 'actual', date: 'June', participants: [], evidence: [] }] } as never)).toThrow(/'June'/);
    expect(() => toACLEDRows({ events: [{ id: 'x', type: 'attack', modality: 'actual', date: '2024', participants: [null], evidence: [] }] } as never)).toThrow(
      /toACLEDRows: options\.events\[0\]\.(summary|participants\[0\]): expected/,
    );
  });
});
