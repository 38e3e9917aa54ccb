import { deepFreeze } from '../dataset/deepFreeze.js';
import { SCHEMA_VERSION } from '../vocab/provenance.js';
import { entities, eventLinks, events, relationships, sources } from './records.js';

/**
 * The bundled report as one deep-frozen dataset: `schemaVersion`, `sources`, `entities`,
 * `events`, `relationships` and `eventLinks`, typed by its literal ids.
 *
 * @example
 * dataset.sources[0].publisher // => 'The National'
 */
export const dataset: {
  // Spelled out with `typeof` so that the declaration files name the record arrays' types
  // instead of printing every record's literal type a second time.
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly sources: typeof sources;
  readonly entities: typeof entities;
  readonly events: typeof events;
  readonly relationships: typeof relationships;
  readonly eventLinks: typeof eventLinks;
} = /* @__PURE__ */ deepFreeze({ schemaVersion: SCHEMA_VERSION, sources, entities, events, relationships, eventLinks });

/** The type of the bundled dataset, with every record's literal types. */
export type BundledDataset = typeof dataset;
/** An id of a bundled entity: a typo is a compile error. */
export type EntityId = BundledDataset['entities'][number]['id'];
/** An id of a bundled event. */
export type EventId = BundledDataset['events'][number]['id'];
/** An id of a bundled relationship. */
export type RelationshipId = BundledDataset['relationships'][number]['id'];
/** An id of a bundled event link. */
export type EventLinkId = BundledDataset['eventLinks'][number]['id'];
/** An id of a bundled source. */
export type SourceId = BundledDataset['sources'][number]['id'];
/** The exact record type of the bundled entity with id `Id`. */
export type BundledEntity<Id extends EntityId = EntityId> = Extract<BundledDataset['entities'][number], { id: Id }>;
/** The exact record type of the bundled event with id `Id`. */
export type BundledEvent<Id extends EventId = EventId> = Extract<BundledDataset['events'][number], { id: Id }>;
