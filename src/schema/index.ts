/**
 * iraq-militias/schema — zod schemas for every record kind and the dataset, and
 * `parseDataset` / `safeParseDataset` to validate data of the same shape.
 *
 * @packageDocumentation
 */
export {
  Casualties,
  Coordinates,
  Dataset,
  Entity,
  Event,
  EventLink,
  IsoCodes,
  Participant,
  Relationship,
  Source,
  Statement,
} from './records.js';
export { Certainty, EdtfDate, Estimate, Evidence, Quantity, Slug } from './primitives.js';
export type {
  DatasetRecord,
  EntityRecord,
  EventLinkRecord,
  EventRecord,
  RelationshipRecord,
  SourceRecord,
} from './types.js';
export { parseDataset } from './parseDataset.js';
export { safeParseDataset, type SafeParseDatasetResult } from './safeParseDataset.js';
export { DatasetError } from './DatasetError.js';
export type { DatasetIssue } from './DatasetIssue.js';
export { countIssues } from './countIssues.js';
