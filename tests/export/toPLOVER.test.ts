import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { toPLOVER } from '../../src/export/toPLOVER.js';
import { toPLOVERRecords } from '../../src/export/toPLOVERRecords.js';
import { EVENT_TYPE_CROSSWALK } from '../../src/vocab/events.js';
import { eventLike, golden, withEvents } from './fieldFormatFixtures.js';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, 'plover.schema.json'), 'utf8')) as object;
const ajv = new Ajv2020.default({ strict: true, strictRequired: false, allErrors: true });
ajv.addFormat('uri', (s: string) => URL.canParse(s));
const validate = ajv.compile(schema);

const { records, omitted } = toPLOVERRecords();
const rec = (id: string) => records.find((r) => r.id === id);

describe('toPLOVER: NDJSON against the PLOVER JSON Schema', () => {
  const ndjson = toPLOVER();
  const lines = ndjson.split('\n').filter((l) => l !== '');

  it('writes one valid PLOVER record per line', () => {
    expect(lines.length).toBe(records.length);
    for (const line of lines) {
      const ok = validate(JSON.parse(line));
      expect(ok, `${line.slice(0, 60)} ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('has a schema that rejects what the spec rejects', () => {
    const good = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(validate({ ...good, event: ['ATTACK'] })).toBe(false);
    expect(validate({ ...good, date: '2024-06' })).toBe(false);
    expect(validate({ ...good, source: [] })).toBe(false);
    expect(validate({ ...good, mode: ['firearms'] })).toBe(false); // not a THREATEN mode
    const { id: _id, ...noId } = good;
    expect(validate(noId)).toBe(false);
  });

  it('matches the golden file (tests/export/golden/plover.ndjson)', () => {
    expect(ndjson).toBe(golden('plover.ndjson', ndjson));
  });
});

describe('toPLOVERRecords: values', () => {
  it('keeps threats as THREATEN with mode violence, a verbal-conflict quad code and the speaker as source', () => {
    const r = rec('kss-warning-2024-06-09')!;
    expect([r.event, r.mode, r.quad_code, r.date, r.modality]).toEqual([['THREATEN'], ['violence'], 3, '2024-06-09', 'threatened']);
    expect(r.source.map((a) => a.identifier_id)).toEqual(['kataib-sayyid-al-shuhada', 'kataib-sayyid-al-shuhada-spokesman']);
    expect(r.source[1]?.sector).toBe('ELI');
    expect(r.recipient?.map((a) => [a.identifier_id, a.code, a.sector])).toEqual([['us-armed-forces', 'USA', 'MIL']]);
    // The day's threats: US forces are the target; the report names no addressee (second review D5).
    expect(rec('militia-threats-2024-06-09')!.recipient?.map((a) => [a.identifier_id, a.role])).toEqual([['us-armed-forces', 'target']]);
  });

  it('marks a conditional threat hypothetical and an expected attack future, dating an undated one by its upper bound', () => {
    const c = rec('nujaba-conditional-threat')!;
    expect([c.context, c.date, c.date_is_upper_bound, c.date_edtf, c.condition]).toEqual([
      ['military', 'hypothetical'],
      '2024-06-09',
      true,
      '/2024-06-09',
      'Israeli jets strike the group’s positions in Iraq',
    ]);
    const f = rec('expected-further-attacks')!;
    expect([f.event, f.context, f.date, f.enddate]).toEqual([['ASSAULT'], ['military', 'future'], '2024-06-09', undefined]);
    // A feared spread with no trigger the report gives: no condition (second review D7).
    expect(f.condition).toBe('the US–Iraq talks fail to agree on a withdrawal timetable');
    expect(rec('feared-spread-of-war')!.condition).toBeUndefined();
  });

  it('codes Tower 22 as ASSAULT with its dates, place, three dead and the Islamic Resistance as source', () => {
    const r = rec('tower-22-drone-attack')!;
    expect([r.event, r.quad_code, r.date, r.enddate, r.dead]).toEqual([['ASSAULT'], 4, '2024-01-21', '2024-01-31', 3]);
    // Perpetrator and claimant both: the report lays the attack at the groups' door (¶19) — one source actor.
    expect(r.source.map((a) => [a.identifier_id, a.role])).toEqual([['islamic-resistance-in-iraq', 'perpetrator']]);
    expect(r.recipient?.map((a) => a.identifier_id)).toEqual(['us-armed-forces']);
    expect(r.event_loc).toEqual({ name: 'Tower 22', latitude: 33.32, longitude: 38.72, coordinate_precision: 'region', 'country code': 'JO', cc3: 'JOR' });
  });

  it('codes two-sided fighting with every party as source', () => {
    expect(rec('israel-gaza-war-outbreak')?.source.map((a) => a.identifier_id)).toEqual(['israel', 'hamas']);
    expect(rec('israel-gaza-war-outbreak')?.recipient).toBeUndefined();
  });

  it('gives no dead figure where the report counts none, and the lowest supported one where it does', () => {
    expect(rec('iran-attack-on-israel-2024-04-13')?.dead).toBeUndefined();
    expect(rec('us-drone-strike-baghdad-airport-2020')?.dead).toBe(2);
    // "Scores" of fighters: the written rule gives low 40, a stated figure, so PLOVER's dead is 40.
    expect(rec('us-retaliatory-air-strikes')?.dead).toBe(40);
  });

  it('leaves out events without a PLOVER category or a source actor, and nothing else', () => {
    expect(Object.fromEntries(omitted.map((o) => [o.id, o.reason]))).toEqual({
      'kss-formation': 'no-category',
      'pmf-formation-2014': 'no-category',
      'islamic-resistance-formation': 'no-category',
      'attack-lull-2024': 'no-dyad',
      'kh-arsenal-boast-2024-01': 'no-category',
    });
    for (const o of omitted.filter((x) => x.reason === 'no-category')) {
      expect(EVENT_TYPE_CROSSWALK[dataset.events.find((e) => e.id === o.id)!.type].plover).toBeNull();
    }
  });

  it('leaves out an event with no bounded date at all', () => {
    const e = eventLike('feared-spread-of-war', { date: '../..' });
    expect(toPLOVERRecords({ dataset: withEvents([e]) }).omitted[0]?.reason).toBe('date-too-coarse');
  });

  it('is strict on options', () => {
    expect(() => toPLOVER({ includeClaimed: true } as never)).toThrow(/toPLOVER: unknown option 'includeClaimed'/);
    expect(() => toPLOVER({ events: {} } as never)).toThrow(/option 'events' takes an array of event records/);
  });
});
