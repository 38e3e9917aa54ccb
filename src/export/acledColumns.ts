// Column names and order of ACLED's data export, as listed in the ACLED Codebook (Armed Conflict
// Location & Event Data, "ACLED Codebook", 2023 and 7 October 2024 editions, section "ACLED Data
// Columns at a Glance"; https://acleddata.com/knowledge-base/codebook/) and checked against
// ACLED export headers in the wild. Our own list, written from those sources.

/**
 * ACLED's columns, in the codebook's order: 31 columns from `event_id_cnty` to `timestamp`.
 *
 * @example
 * ACLED_COLUMNS.length // => 31
 * ACLED_COLUMNS[0] // => 'event_id_cnty'
 */
export const ACLED_COLUMNS = /* @__PURE__ */ Object.freeze([
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const);

/** One of {@link ACLED_COLUMNS}. */
export type AcledColumn = (typeof ACLED_COLUMNS)[number];
