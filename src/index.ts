/**
 * iraq-militias — The National's report of 2024-06-09 on Iran-backed militias in Iraq as typed,
 * deep-frozen data, with query helpers that also work on any dataset of the same shape.
 * This entry does not load zod; validation lives in `iraq-militias/schema`.
 *
 * @packageDocumentation
 */
export {
  dataset,
  type BundledDataset,
  type BundledEntity,
  type BundledEvent,
  type EntityId,
  type EventId,
  type EventLinkId,
  type RelationshipId,
  type SourceId,
} from './bundled/dataset.js';
export { entities, events, relationships, eventLinks, sources } from './bundled/records.js';
export { getEntity } from './bundled/getEntity.js';
export { getEvent } from './bundled/getEvent.js';
export { parseEdtf } from './dates/parseEdtf.js';
export { DATE_PRECISIONS, type DatePoint, type DatePrecision, type IntervalEnd, type ParsedDate } from './dates/types.js';
export { deepFreeze, type DeepReadonly } from './dataset/deepFreeze.js';
export { ACCEPTED_DATE_FORMS, DateFormatError } from './errors/DateFormatError.js';
export { UnknownIdError } from './errors/UnknownIdError.js';
export { ArgumentTypeError } from './errors/ArgumentTypeError.js';
export { ArgumentRangeError } from './errors/ArgumentRangeError.js';
export * from './vocab/entities.js';
export * from './vocab/events.js';
export * from './vocab/provenance.js';
export * from './vocab/relationships.js';
export type {
  DatasetRecord,
  EntityRecord,
  EventLinkRecord,
  EventRecord,
  RelationshipRecord,
  SourceRecord,
} from './schema/types.js';
export type {
  Casualties,
  Coordinates,
  Dataset,
  Entity,
  Estimate,
  Event,
  EventLink,
  Evidence,
  IsoCodes,
  Participant,
  Quantity,
  Relationship,
  Source,
  Statement,
} from './schema/shapes.js';
export { createIndex } from './query/createIndex.js';
export { byActor } from './query/byActor.js';
export { between } from './query/between.js';
export { byType } from './query/byType.js';
export { byPlace, type PlaceId } from './query/byPlace.js';
export { relationsOf } from './query/relationsOf.js';
export { neighbors } from './query/neighbors.js';
export { path } from './query/path.js';
export { membersOf } from './query/membersOf.js';
export { membershipsOf } from './query/membershipsOf.js';
export { findEntity } from './query/findEntity.js';
export { causes } from './query/causes.js';
export { consequences } from './query/consequences.js';
export { statementsBy } from './query/statementsBy.js';
export { timeline } from './query/timeline.js';
export { query } from './query/query.js';
export type * from './query/types.js';
