import { describe, expectTypeOf, it } from 'vitest';
import {
  toCSV,
  toGeoJSON,
  toGraphJSON,
  toJSONLD,
  toJSONSchema,
  toMermaid,
  toNDJSON,
  type CsvTable,
  type GeoFeatureCollection,
  type GraphologyJSON,
  type JsonLdDocument,
  type RecordKind,
} from '../../src/export/index.js';
import { miniDataset } from '../fixtures/miniDataset.js';

describe('export types', () => {
  it('takes only known table, kind and schema names', () => {
    expectTypeOf(toCSV).parameter(0).toEqualTypeOf<CsvTable>();
    expectTypeOf(toNDJSON).parameter(0).toEqualTypeOf<RecordKind>();
    // @ts-expect-error: not a table
    toCSV('people');
    // @ts-expect-error: NDJSON kinds are the record kinds, not the long tables
    toNDJSON('participants');
    // @ts-expect-error: not a schema kind
    toJSONSchema('person');
  });

  it('accepts any dataset of the shape, and rejects other objects', () => {
    expectTypeOf(toCSV('events', { dataset: miniDataset, events: miniDataset.events })).toEqualTypeOf<string>();
    // @ts-expect-error: not a dataset
    toGeoJSON({ dataset: { entities: [] } });
    // @ts-expect-error: a predicate from outside the vocabulary
    toMermaid({ predicates: ['likes'] });
  });

  it('returns the documented shapes', () => {
    expectTypeOf(toGeoJSON()).toEqualTypeOf<GeoFeatureCollection>();
    expectTypeOf(toGeoJSON().features[0]!.geometry.coordinates).toEqualTypeOf<readonly [lon: number, lat: number]>();
    expectTypeOf(toJSONLD()).toEqualTypeOf<JsonLdDocument>();
    expectTypeOf(toGraphJSON()).toEqualTypeOf<GraphologyJSON>();
    expectTypeOf(toMermaid()).toEqualTypeOf<string>();
  });
});
