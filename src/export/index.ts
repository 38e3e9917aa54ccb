/**
 * iraq-militias/export — the dataset in the formats other tools read: CSV (RFC 4180), NDJSON,
 * GeoJSON (RFC 7946), JSON-LD (schema.org), JSON Schema (draft 2020-12), Mermaid, DOT,
 * graphology JSON, and the field's own shapes: ACLED and UCDP GED rows, PLOVER event records. Every function exports the bundled report by default and any dataset of the
 * same shape via `options.dataset`.
 *
 * @packageDocumentation
 */
export { toJSONSchema, SCHEMA_KINDS, DATASET_SCHEMA_ID, type SchemaKind, type JsonSchema } from './toJSONSchema.js';
export { toCSV, CSV_TABLES, type CsvTable, type CsvOptions } from './toCSV.js';
export { formatCsv, type CsvCell, type CsvFormulas, type FormatCsvOptions } from './formatCsv.js';
export { toNDJSON, RECORD_KINDS, RECORD_KIND_KEY, type RecordKind, type NdjsonOptions } from './toNDJSON.js';
export { toGeoJSON, type GeoJsonOptions, type GeoFeature, type GeoFeatureCollection } from './toGeoJSON.js';
export { toJSONLD, type JsonLdOptions, type JsonLdDocument, type JsonLdNode } from './toJSONLD.js';
export {
  JSONLD_CONTEXT,
  JSONLD_VOCABULARY,
  JSONLD_VOCAB_IRI,
  JSONLD_ID_PREFIX,
  PREDICATE_TERMS,
  ROLE_TERMS,
  LINK_TERMS,
} from './jsonldVocabulary.js';
export { toMermaid } from './toMermaid.js';
export { toMermaidTimeline, type MermaidTimelineOptions } from './toMermaidTimeline.js';
export { toDOT } from './toDOT.js';
export { toGraphJSON, type GraphologyJSON } from './toGraphJSON.js';
export { buildGraph, type GraphOptions, type GraphNode, type GraphEdge, type ExportGraph } from './buildGraph.js';
export { mainActors, ACTOR1_ROLES, ACTOR2_ROLES } from './mainActors.js';
export { toACLED } from './toACLED.js';
export { toACLEDRows, type AcledOptions, type AcledRow, type AcledRows } from './toACLEDRows.js';
export { ACLED_COLUMNS, type AcledColumn } from './acledColumns.js';
export { toUCDPGED } from './toUCDPGED.js';
export { toUCDPGEDRows, type UcdpGedOptions, type UcdpGedRow, type UcdpGedRows } from './toUCDPGEDRows.js';
export { UCDP_GED_COLUMNS, type UcdpGedColumn } from './ucdpGedColumns.js';
export { toPLOVER } from './toPLOVER.js';
export { toPLOVERRecords, type PloverOptions, type PloverRecord, type PloverRecords, type PloverActor, type PloverLocation } from './toPLOVERRecords.js';
export type { OmittedEvent, OmitReason } from './OmittedEvent.js';
