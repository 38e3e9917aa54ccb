import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { happened } from '../../src/dataset/happened.js';
import { toNDJSON } from '../../src/export/toNDJSON.js';
import { toGeoJSON } from '../../src/export/toGeoJSON.js';
import { timeline } from '../../src/query/timeline.js';
import { CSV_TABLES, toCSV } from '../../src/export/toCSV.js';
import { copyMini, miniDataset } from '../fixtures/miniDataset.js';
import { csvObjects, parseCsvReference } from './parseCsvReference.js';

const mini = { dataset: miniDataset };

describe('toCSV', () => {
  it('writes every table as well-formed RFC 4180 with one row per record or value', () => {
    const participants = miniDataset.events.reduce((n, e) => n + e.participants.length, 0);
    const aliases = miniDataset.entities.reduce((n, e) => n + e.aliases.length, 0);
    const paragraphs = [...miniDataset.entities, ...miniDataset.events, ...miniDataset.relationships, ...miniDataset.eventLinks].reduce(
      (n, r) => n + r.evidence.reduce((m, ev) => m + ev.paragraphs.length, 0),
      0,
    );
    const expected: Record<(typeof CSV_TABLES)[number], number> = {
      events: miniDataset.events.length,
      participants,
      entities: miniDataset.entities.length,
      aliases,
      relationships: miniDataset.relationships.length,
      'event-links': miniDataset.eventLinks.length,
      evidence: paragraphs,
      sources: miniDataset.sources.length,
    };
    for (const table of CSV_TABLES) {
      const rows = parseCsvReference(toCSV(table, mini));
      expect(rows.length - 1, table).toBe(expected[table]);
      expect(rows.every((r) => r.length === rows[0]!.length), table).toBe(true);
    }
  });

  it('gives the events table flat ACLED-like columns, with an empty cell (never 0) for unknown', () => {
    const [attack, threat] = csvObjects(toCSV('events', mini));
    expect(attack).toMatchObject({
      id: 'attack-one',
      date: '2024-01',
      date_text: 'late January',
      earliest: '2024-01-01',
      latest: '2024-01-31',
      precision: 'month',
      type: 'drone-strike',
      acled_event_type: 'Explosions/Remote violence',
      acled_sub_event_type: 'Air/drone strike',
      plover_category: 'ASSAULT',
      modality: 'actual',
      actor1_id: 'group-a',
      actor1_name: 'Group A',
      actor1_role: 'perpetrator',
      actor2_id: 'land',
      actor2_name: 'Land',
      actor2_role: 'target',
      location_id: 'town',
      location_name: 'Town',
      country: 'Land',
      country_iso3: 'LND',
      latitude: '10',
      longitude: '20',
      geo_precision: 'city',
      killed_low: '3',
      killed_best: '3',
      killed_high: '3',
      killed_text: 'three',
      wounded_best: '',
      summary: 'Group A struck Land.',
      source_id: 'src-a',
      first_paragraph: '4',
      paragraph_count: '1',
    });
    expect(threat).toMatchObject({
      earliest: '',
      latest: '2024-06-09',
      acled_event_type: '',
      plover_category: 'THREATEN',
      modality: 'conditional',
      actor1_id: 'umbrella',
      actor1_role: 'speaker',
      actor2_id: '',
      location_id: '',
      latitude: '',
      killed_best: '',
      quantity_low: '',
      quantity_high: '200',
      quantity_text: 'nearly 200',
      quantity_unit: 'attacks',
      condition: 'if Land strikes back',
      statement: 'More attacks would follow a response.',
      statement_quote: 'more attacks',
      attributed_to_id: 'umbrella',
    });
  });

  it('puts multi-valued fields in long tables, never in a joined string', () => {
    const participants = csvObjects(toCSV('participants', mini));
    expect(participants.map((p) => [p.event_id, p.position, p.entity_id, p.role])).toEqual([
      ['attack-one', '1', 'group-a', 'perpetrator'],
      ['attack-one', '2', 'land', 'target'],
      ['threat-one', '1', 'umbrella', 'speaker'],
    ]);
    expect(csvObjects(toCSV('aliases', mini))).toEqual([
      { entity_id: 'land', position: '1', alias: 'The Land' },
      { entity_id: 'group-a', position: '1', alias: 'GA' },
    ]);
    const evidence = csvObjects(toCSV('evidence', mini)).filter((r) => r.record_id === 'group-a');
    expect(evidence.map((r) => r.paragraph)).toEqual(['2', '3']);
    const entities = csvObjects(toCSV('entities', mini));
    expect(entities.find((e) => e.id === 'group-a')).toMatchObject({ alias_count: '1', first_paragraph: '2', paragraph_count: '2' });
  });

  it('writes relationships, event links, sources and entities with names resolved', () => {
    expect(csvObjects(toCSV('relationships', mini))[0]).toMatchObject({
      subject_id: 'group-a',
      subject_name: 'Group A',
      predicate: 'member-of',
      object_name: 'Umbrella',
      valid: '2023/..',
      valid_earliest: '2023-01-01',
      valid_latest: '',
    });
    expect(csvObjects(toCSV('event-links', mini))[0]).toMatchObject({ from_id: 'threat-one', type: 'follows', to_id: 'attack-one' });
    expect(csvObjects(toCSV('sources', mini))[0]).toMatchObject({ id: 'src-a', updated: '', paragraphs: '10' });
    expect(csvObjects(toCSV('entities', mini)).find((e) => e.id === 'town')).toMatchObject({ within_name: 'Land', coordinate_precision: 'city', iso3: '' });
  });

  it('quotes summaries with commas and quotes so they read back unchanged', () => {
    const data = copyMini();
    data.events[0].summary = 'Group A, again, said "no"\r\nand struck';
    expect(csvObjects(toCSV('events', { dataset: data }))[0]!.summary).toBe('Group A, again, said "no"\r\nand struck');
  });

  it('takes a subset of events for the events and participants tables', () => {
    const only = [miniDataset.events[1]];
    expect(csvObjects(toCSV('events', { ...mini, events: only })).map((r) => r.id)).toEqual(['threat-one']);
    expect(csvObjects(toCSV('participants', { ...mini, events: only })).map((r) => r.entity_id)).toEqual(['umbrella']);
  });

  it('adds a BOM only on request and exports the bundled data by default', () => {
    expect(toCSV('sources', { bom: true }).startsWith('\uFEFFid,')).toBe(true);
    expect(parseCsvReference(toCSV('events')).length - 1).toBe(dataset.events.length);
  });

  it("lists events in the helpers' one order (timeline's), with every event and whether it happened", () => {
    const order = timeline({ modality: 'any' }).map((e) => e.id);
    const rows = csvObjects(toCSV('events'));
    expect(rows.map((r) => r.id)).toEqual(order);
    expect(order).not.toEqual(dataset.events.map((e) => e.id)); // not the data's own order
    expect([...new Set(csvObjects(toCSV('participants')).map((r) => r.event_id))]).toEqual(order);
    expect(toNDJSON('events').trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(order);
    // the `happened` column is the counting rule of the helpers: counting its true rows is counting timeline()
    expect(rows.filter((r) => r.happened === 'true').map((r) => r.id)).toEqual(timeline().map((e) => e.id));
    const geo = toGeoJSON().features.filter((f) => f.properties.featureType === 'event');
    for (const f of geo) expect(f.properties['happened']).toBe(happened(dataset.events.find((e) => e.id === f.id)!));
  });

  it('gives ACLED event types only to events that happened: never to an expected attack', () => {
    const rows = csvObjects(toCSV('events'));
    const expected = rows.find((r) => r.id === 'expected-further-attacks')!;
    expect([expected.type, expected.modality, expected.happened, expected.acled_event_type, expected.acled_sub_event_type]).toEqual(['attack', 'expected', 'false', '', '']);
    for (const r of rows) if (r.happened === 'false') expect(r.acled_event_type).toBe('');
    expect(rows.find((r) => r.id === 'tower-22-drone-attack')?.acled_event_type).toBe('Explosions/Remote violence');
  });

  it('rejects an unknown table or a non-dataset with a message naming what is accepted', () => {
    expect(() => toCSV('people' as never)).toThrow(/toCSV: table must be one of 'events', 'participants'.*got 'people'/);
    expect(() => toCSV('events', { dataset: {} as never })).toThrow(/toCSV: options.dataset is missing the arrays sources, entities/);
    expect(() => toCSV('events', { dataset: null as never })).toThrow(TypeError);
  });
});
