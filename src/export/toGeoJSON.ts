import { happened } from '../dataset/happened.js';
import { parseEdtf } from '../dates/parseEdtf.js';
import type { DatasetRecord, EventRecord } from '../schema/types.js';
import type { CoordinatePrecision } from '../vocab/entities.js';
import { resolveDataset } from './resolveDataset.js';
import { resolveLocation, type LocationMemo } from './resolveLocation.js';
import { readExportOptions } from './readExportOptions.js';
import { checkEventRecords } from './checkEventRecords.js';

/** An RFC 7946 Point feature for a place or an event. */
export interface GeoFeature {
  readonly type: 'Feature';
  /** The record's id. */
  readonly id: string;
  readonly geometry: { readonly type: 'Point'; readonly coordinates: readonly [lon: number, lat: number] };
  readonly properties: {
    readonly id: string;
    /** `place` (a place or state with its own coordinates) or `event` (located through its place). */
    readonly featureType: 'place' | 'event';
    /** Place name, or the event's summary. */
    readonly name: string;
    /** What the point stands for: a `site`, a `city`, a `region` or a `country` centroid. */
    readonly coordinatePrecision: CoordinatePrecision;
    /** The place whose coordinates the point is (an event's location or the first place containing it that has coordinates). */
    readonly coordinatesFrom: string;
    readonly [key: string]: string | number | boolean | null;
  };
}

/** An RFC 7946 FeatureCollection. */
export interface GeoFeatureCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly GeoFeature[];
}

/** Options of {@link toGeoJSON}. */
export interface GeoJsonOptions {
  /** The dataset to export (default: the bundled report). */
  readonly dataset?: DatasetRecord;
  /** Only these events (e.g. a query's result); places are always all included. */
  readonly events?: readonly EventRecord[];
}

/**
 * Exports places and located events as an RFC 7946 GeoJSON FeatureCollection of Points
 * (`[longitude, latitude]`, WGS 84). Places are the places and states that have coordinates;
 * an event is located at its location, or, when that place has no point, at the first place
 * containing it that has one. Each feature carries its `id` and `coordinatePrecision`, so a map
 * can show a country centroid differently from a site. Events without a location are left out.
 *
 * @param options - `dataset`, `events` (a subset).
 * @returns the FeatureCollection (plain JSON; `JSON.stringify` it to write a file).
 * @example
 * toGeoJSON().features.find((f) => f.id === 'iraq')?.properties.coordinatePrecision // => 'country'
 */
export function toGeoJSON(options: GeoJsonOptions = {}): GeoFeatureCollection {
  const opts = readExportOptions('toGeoJSON', options, ['dataset', 'events']) as GeoJsonOptions;
  const data = resolveDataset(opts.dataset, 'toGeoJSON');
  const subset = checkEventRecords('toGeoJSON', opts.events);
  const byId = new Map(data.entities.map((e) => [e.id, e]));
  const places: LocationMemo = new Map();
  const features: GeoFeature[] = [];
  for (const e of data.entities) {
    if (e.coordinates === undefined) continue;
    features.push({
      type: 'Feature',
      id: e.id,
      geometry: { type: 'Point', coordinates: [e.coordinates.lon, e.coordinates.lat] },
      properties: {
        id: e.id,
        featureType: 'place',
        name: e.name,
        kind: e.kind,
        subtype: e.subtype ?? null,
        within: e.within ?? null,
        countryIso3: resolveLocation(e.id, byId, places).country?.iso?.alpha3 ?? null,
        coordinatePrecision: e.coordinates.precision,
        coordinatesFrom: e.id,
      },
    });
  }
  for (const ev of subset ?? data.events) {
    const where = resolveLocation(ev.location, byId, places);
    if (where.located === null || ev.location === undefined) continue;
    const date = parseEdtf(ev.date);
    const { lat, lon, precision } = where.located.coordinates;
    features.push({
      type: 'Feature',
      id: ev.id,
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: {
        id: ev.id,
        featureType: 'event',
        name: ev.summary,
        type: ev.type,
        modality: ev.modality,
        happened: happened(ev),
        date: ev.date,
        earliest: date.earliest,
        latest: date.latest,
        location: ev.location,
        locationName: where.place?.name ?? null,
        countryIso3: where.country?.iso?.alpha3 ?? null,
        killedBest: ev.casualties?.killed?.best ?? null,
        coordinatePrecision: precision,
        killedLow: ev.casualties?.killed?.low ?? null,
        certainty: ev.certainty,
        locationCertainty: ev.locationCertainty ?? 'stated',
        unstatedParticipants: ev.participants.filter((p) => (p.certainty ?? 'stated') !== 'stated').map((p) => `${p.entity} (${p.role})`).join('; ') || null,
        coordinatesFrom: where.located.id,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
