import { z } from 'zod';
import { Dataset, Entity, Event, EventLink, Relationship, Source } from '../schema/records.js';
import { SCHEMA_VERSION } from '../vocab/provenance.js';
import { checkChoice } from './checkChoice.js';

/**
 * What {@link toJSONSchema} can describe: the whole dataset or one record kind.
 *
 * @example
 * SCHEMA_KINDS[0] // => 'dataset'
 */
export const SCHEMA_KINDS = /* @__PURE__ */ Object.freeze(['dataset', 'source', 'entity', 'event', 'relationship', 'event-link'] as const);

/** One of {@link SCHEMA_KINDS}. */
export type SchemaKind = (typeof SCHEMA_KINDS)[number];

/** A JSON Schema document (draft 2020-12), as plain JSON. */
export type JsonSchema = { readonly [key: string]: unknown };

const RECORDS = {
  source: ['Source', Source],
  entity: ['Entity', Entity],
  event: ['Event', Event],
  relationship: ['Relationship', Relationship],
  'event-link': ['EventLink', EventLink],
} as const;

/**
 * The `$id` of the dataset schema; record kinds sit under its `$defs` (`<id>#/$defs/Entity` …).
 *
 * @example
 * DATASET_SCHEMA_ID // => 'urn:iraq-militias:schema:1.0.0:dataset'
 */
export const DATASET_SCHEMA_ID = `urn:iraq-militias:schema:${SCHEMA_VERSION}:dataset`;

/**
 * Generates JSON Schema (draft 2020-12) from the package's zod schemas, never by hand.
 *
 * `'dataset'` (the default) gives the whole dataset, with each record kind under `$defs`
 * (`Source`, `Entity`, `Event`, `Relationship`, `EventLink`) so a tool can validate a single
 * record against `<$id>#/$defs/Event`; any other kind gives that record's schema alone.
 * JSON Schema cannot say everything zod checks: cross-record rules (no dangling ids, evidence
 * within the source's paragraphs) and EDTF parsing need `parseDataset` from
 * `iraq-militias/schema`.
 *
 * @param kind - one of {@link SCHEMA_KINDS}; default `'dataset'`.
 * @returns a fresh JSON Schema object.
 * @throws {RangeError} for an unknown kind, listing the accepted ones.
 * @example
 * toJSONSchema().$schema // => 'https://json-schema.org/draft/2020-12/schema'
 * Object.keys(toJSONSchema().$defs) // => ['Source', 'Entity', 'Event', 'Relationship', 'EventLink']
 */
export function toJSONSchema(kind: SchemaKind = 'dataset'): JsonSchema {
  const name = checkChoice('toJSONSchema: kind', kind, SCHEMA_KINDS);
  if (name !== 'dataset') {
    const [title, schema] = RECORDS[name];
    const { $schema, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12' });
    return { $schema, $id: `urn:iraq-militias:schema:${SCHEMA_VERSION}:${name}`, title: `iraq-militias ${title}`, ...rest };
  }
  const registry = z.registry<{ id: string }>();
  for (const [title, schema] of Object.values(RECORDS)) registry.add(schema, { id: title });
  const { $schema, ...rest } = z.toJSONSchema(Dataset, { target: 'draft-2020-12', metadata: registry });
  return {
    $schema,
    $id: DATASET_SCHEMA_ID,
    title: 'iraq-militias dataset',
    description: `A dataset of the iraq-militias shape, schemaVersion ${SCHEMA_VERSION}: sources, entities, events, relationships and event links.`,
    ...rest,
  };
}
