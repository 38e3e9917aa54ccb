import { describe, expect, it } from 'vitest';
import { getEvent } from '../../src/bundled/getEvent.js';
import { toCSV } from '../../src/export/toCSV.js';
import { toGeoJSON } from '../../src/export/toGeoJSON.js';
import { toJSONLD } from '../../src/export/toJSONLD.js';
import { toNDJSON } from '../../src/export/toNDJSON.js';
import { csvObjects } from './parseCsvReference.js';

// Per-claim certainty (issue 8) reaches every export that carries participants, places or estimates.
describe('per-claim certainty in the exports', () => {
  it('CSV: the participants table says how each participant is known; the events table the place and numbers', () => {
    const participants = csvObjects(toCSV('participants')).filter((r) => r['event_id'] === 'kh-missile-strikes-on-israel');
    expect(participants.map((r) => [r['entity_id'], r['role'], r['certainty']])).toEqual([
      ['kataib-hezbollah', 'perpetrator', 'inferred'],
      ['israel', 'target', 'stated'],
    ]);
    const events = csvObjects(toCSV('events'));
    const strikes = events.find((r) => r['id'] === 'us-retaliatory-air-strikes')!;
    expect([strikes['location_certainty'], strikes['killed_certainty'], strikes['quantity_certainty']]).toEqual(['inferred', 'stated', '']);
    expect(strikes['location_note']).toMatch(/across the country/);
    // New columns come after the existing ones.
    const header = toCSV('events').split('\r\n')[0]!.split(',');
    expect(header.slice(-6)).toEqual(['location_certainty', 'location_note', 'killed_certainty', 'wounded_certainty', 'quantity_certainty', 'happened']);
  });

  it('NDJSON keeps the fields as in the data', () => {
    const line = toNDJSON('events')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; participants: { certainty?: string }[]; locationCertainty?: string })
      .find((e) => e.id === 'israel-gaza-war-outbreak')!;
    expect(line.locationCertainty).toBe('inferred');
    expect(line.participants.map((p) => p.certainty ?? 'stated')).toEqual(['stated', 'inferred']);
  });

  it('JSON-LD names the participants and place the report does not state', () => {
    const node = toJSONLD()['@graph'].find((n) => n['@id'] === 'urn:iraq-militias:event:israel-gaza-war-outbreak')!;
    expect(node['locationCertainty']).toBe('inferred');
    expect(node['unstatedParticipant']).toEqual([expect.stringMatching(/^hamas as participant: inferred \(/)]);
    const stated = toJSONLD()['@graph'].find((n) => n['@id'] === 'urn:iraq-militias:event:us-strike-baghdad-2024-01')!;
    expect(stated['unstatedParticipant']).toBeUndefined();
    const tower = toJSONLD()['@graph'].find((n) => n['@id'] === 'urn:iraq-militias:event:tower-22-drone-attack')!;
    expect(tower['unstatedParticipant']).toEqual([expect.stringMatching(/^us-armed-forces as victim: inferred \(/)]);
  });

  it('GeoJSON event features carry the record’s and the place’s certainty', () => {
    const feature = toGeoJSON().features.find((f) => f.id === 'us-retaliatory-air-strikes')!;
    expect(feature.properties['certainty']).toBe('inferred');
    expect(feature.properties['locationCertainty']).toBe('inferred');
    expect(feature.properties['killedLow']).toBe(getEvent('us-retaliatory-air-strikes').casualties?.killed?.low);
    const strike = toGeoJSON().features.find((f) => f.id === 'us-strike-baghdad-2024-01')!;
    expect([strike.properties['certainty'], strike.properties['locationCertainty'], strike.properties['unstatedParticipants']]).toEqual(['stated', 'stated', null]);
    const tower = toGeoJSON().features.find((f) => f.id === 'tower-22-drone-attack')!;
    expect([tower.properties['locationCertainty'], tower.properties['unstatedParticipants']]).toEqual(['stated', 'us-armed-forces (victim)']);
  });
});
