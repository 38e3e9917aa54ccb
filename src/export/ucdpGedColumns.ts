// Column names and order of the UCDP Georeferenced Event Dataset (GED) Global CSV, as in the
// "UCDP Georeferenced Event Dataset Codebook, Version 25.1" (Uppsala Conflict Data Program,
// Department of Peace and Conflict Research, Uppsala University, 2025;
// https://ucdp.uu.se/downloads/ged/ged251.pdf; the same 49 columns as version 24.1) and checked
// against the 49-column header of the GED CSV releases. Our own list, written from those sources.

/**
 * UCDP GED's columns, in the codebook's order: 49 columns from `id` to `gwnob`.
 *
 * @example
 * UCDP_GED_COLUMNS.length // => 49
 * UCDP_GED_COLUMNS.slice(-5) // => ['best', 'high', 'low', 'gwnoa', 'gwnob']
 */
export const UCDP_GED_COLUMNS = /* @__PURE__ */ Object.freeze([
  'id',
  'relid',
  'year',
  'active_year',
  'code_status',
  'type_of_violence',
  'conflict_dset_id',
  'conflict_new_id',
  'conflict_name',
  'dyad_dset_id',
  'dyad_new_id',
  'dyad_name',
  'side_a_dset_id',
  'side_a_new_id',
  'side_a',
  'side_b_dset_id',
  'side_b_new_id',
  'side_b',
  'number_of_sources',
  'source_article',
  'source_office',
  'source_date',
  'source_headline',
  'source_original',
  'where_prec',
  'where_coordinates',
  'where_description',
  'adm_1',
  'adm_2',
  'latitude',
  'longitude',
  'geom_wkt',
  'priogrid_gid',
  'country',
  'country_id',
  'region',
  'event_clarity',
  'date_prec',
  'date_start',
  'date_end',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'best',
  'high',
  'low',
  'gwnoa',
  'gwnob',
] as const);

/** One of {@link UCDP_GED_COLUMNS}. */
export type UcdpGedColumn = (typeof UCDP_GED_COLUMNS)[number];
