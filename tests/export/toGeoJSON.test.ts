import { check, getIssues } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { toGeoJSON } from '../../src/export/toGeoJSON.js';
import { copyMini, miniDataset } from '../fixtures/miniDataset.js';

describe('toGeoJSON', () => {
  it('gives an RFC 7946 FeatureCollection of places and located events, [lon, lat]', () => {
    const fc = toGeoJSON({ dataset: miniDataset });
    expect(getIssues(JSON.stringify(fc))).toEqual([]);
    expect(fc.features.map((f) => [f.id, f.properties.featureType, f.geometry.coordinates])).toEqual([
      ['town', 'place', [20, 10]],
      ['attack-one', 'event', [20, 10]],
    ]);
    expect(fc.features[1]!.properties).toMatchObject({
      id: 'attack-one',
      coordinatePrecision: 'city',
      coordinatesFrom: 'town',
      earliest: '2024-01-01',
      latest: '2024-01-31',
      countryIso3: 'LND',
      killedBest: 3,
    });
  });

  it('locates an event at the nearest containing place with coordinates, at that precision', () => {
    const data = copyMini();
    data.entities.push({ ...data.entities[1], id: 'street', name: 'Street', subtype: 'site', within: 'town', coordinates: undefined });
    delete data.entities.at(-1).coordinates;
    data.events[0].location = 'street';
    const event = toGeoJSON({ dataset: data }).features.find((f) => f.id === 'attack-one')!;
    expect(event.properties).toMatchObject({ location: 'street', locationName: 'Street', coordinatesFrom: 'town', coordinatePrecision: 'city' });
    expect(toGeoJSON({ dataset: data }).features.some((f) => f.id === 'street')).toBe(false);
  });

  it('survives a cycle of within links and leaves unlocatable events out', () => {
    const data = copyMini();
    data.entities[1].within = 'town';
    delete data.entities[1].coordinates;
    const fc = toGeoJSON({ dataset: data });
    expect(fc.features).toEqual([]);
  });

  it('takes an event subset', () => {
    expect(toGeoJSON({ dataset: miniDataset, events: [] }).features.map((f) => f.id)).toEqual(['town']);
  });

  it('validates on the bundled data: every place with coordinates and every locatable event', () => {
    const fc = check(JSON.stringify(toGeoJSON())) as { features: { id: string }[] };
    const places = dataset.entities.filter((e) => 'coordinates' in e && e.coordinates !== undefined);
    expect(fc.features.length).toBeGreaterThanOrEqual(places.length);
    for (const p of places) expect(fc.features.some((f) => f.id === p.id)).toBe(true);
    const located = toGeoJSON().features.filter((f) => f.properties.featureType === 'event');
    for (const f of located) {
      const [lon, lat] = f.geometry.coordinates;
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
    }
  });
});
