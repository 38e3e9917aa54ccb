import { z } from 'zod';
import { COORDINATE_PRECISIONS, ENTITY_KINDS, ENTITY_SUBTYPE_KIND, ENTITY_SUBTYPES } from '../vocab/entities.js';
import { EVENT_LINK_TYPES, EVENT_TYPES, MODALITIES, ROLES } from '../vocab/events.js';
import { SCHEMA_VERSION } from '../vocab/provenance.js';
import { PREDICATES } from '../vocab/relationships.js';
import { Certainty, EdtfDate, Estimate, Quantity, recordBase, Slug } from './primitives.js';
import { checkEntity } from './checkEntity.js';
import { checkEvent } from './checkEvent.js';
import { checkEventLink } from './checkEventLink.js';
import { checkRelationship } from './checkRelationship.js';
import type {
  Source as ShapesSource,
  IsoCodes as ShapesIsoCodes,
  Coordinates as ShapesCoordinates,
  Entity as ShapesEntity,
  Participant as ShapesParticipant,
  Casualties as ShapesCasualties,
  Statement as ShapesStatement,
  Event as ShapesEvent,
  Relationship as ShapesRelationship,
  EventLink as ShapesEventLink,
  Dataset as ShapesDataset,
} from './shapes.js';

// Each schema's type is its output type, written out in ./shapes.ts (zod-free, so that the main
// entry's declarations need no zod); tests/schema/shapes.test-d.ts proves them identical.

const text = z.string().trim().min(1, { error: 'must not be empty' });
/** An ISO 8601 date, or a date-time with or without an offset (never more precise than the source gives). */
const isoDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], {
  error: 'must be an ISO 8601 date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:mm[:ss][offset])',
});

/** A source document: one news report. `paragraphs` is its count of blank-line-separated blocks. */
export const Source = z.strictObject({
  id: Slug,
  title: text,
  publisher: text,
  author: text,
  url: z.url({ protocol: /^https?$/ }),
  published: isoDateTime,
  updated: isoDateTime.optional(),
  /** BCP 47 language tag. */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'must be a BCP 47 language tag such as "en"' }),
  paragraphs: z.int().positive(),
});
export type Source = ShapesSource;

/** A fact added from outside the report: always `external`, always saying where it comes from. */
const externalFact = {
  certainty: z.literal('external'),
  /** Where the fact comes from (a standard, a gazetteer). */
  source: text,
} as const;

/** ISO 3166-1 codes of a state. */
export const IsoCodes = z.strictObject({
  alpha2: z.string().regex(/^[A-Z]{2}$/, { error: 'must be two capital letters' }),
  alpha3: z.string().regex(/^[A-Z]{3}$/, { error: 'must be three capital letters' }),
  ...externalFact,
});
export type IsoCodes = ShapesIsoCodes;

/** WGS 84 coordinates of a place, with what the point stands for. */
export const Coordinates = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  precision: z.enum(COORDINATE_PRECISIONS),
  ...externalFact,
});
export type Coordinates = ShapesCoordinates;

/** The shape of an {@link Entity} record, without the rules across its fields. */
export const EntityShape = z.strictObject({
  ...recordBase,
  kind: z.enum(ENTITY_KINDS),
  subtype: z.enum(ENTITY_SUBTYPES).optional(),
  name: text,
  /** Every other spelling: the report's own and the common transliterations. */
  aliases: z.array(text),
  /** A short description in our own words. */
  description: text,
  /** ISO 3166-1 codes; states only. */
  iso: IsoCodes.optional(),
  /** The place this place lies in (a place or state id); places only. */
  within: Slug.optional(),
  /** Coordinates; places and states only. */
  coordinates: Coordinates.optional(),
});
/** A person, organisation, state, place or group named in the report: the shape plus `checkEntity`'s rules. */
export const Entity = EntityShape.superRefine((e, ctx) => checkEntity(e, ctx));
export type Entity = ShapesEntity;

/** An entity's part in an event. */
export const Participant = z.strictObject({
  entity: Slug,
  role: z.enum(ROLES),
  /** Whether the report names this entity in this role (absent = `stated`); `inferred`/`external` need a note. */
  certainty: Certainty.optional(),
  note: text.optional(),
});
export type Participant = ShapesParticipant;

/** Deaths and injuries, as estimates. */
export const Casualties = z.strictObject({
  killed: Estimate.optional(),
  wounded: Estimate.optional(),
});
export type Casualties = ShapesCasualties;

/** What was said, in our own words, plus at most a few quoted words where the wording is the fact. */
export const Statement = z.strictObject({
  content: text,
  quote: text.optional(),
});
export type Statement = ShapesStatement;

/** The shape of an {@link Event} record, without the rules across its fields. */
export const EventShape = z.strictObject({
  ...recordBase,
  type: z.enum(EVENT_TYPES),
  modality: z.enum(MODALITIES),
  /** EDTF date or interval at exactly the precision the report gives. */
  date: EdtfDate,
  /** The report's own few words for the date, verbatim ("late January"), or absent; never a paraphrase. */
  dateText: text.optional(),
  /** A place or state id. */
  location: Slug.optional(),
  /** Whether the report gives the location itself (absent = `stated`); `inferred`/`external` need `locationNote`. */
  locationCertainty: Certainty.optional(),
  /** How an inferred location follows from the report, or where an external one comes from. */
  locationNote: text.optional(),
  participants: z.array(Participant),
  /** A short summary in our own words. */
  summary: text,
  casualties: Casualties.optional(),
  /** How many (attacks, missiles, troops …) the event comprises, as an estimate. */
  quantity: Quantity.optional(),
  /** What the event depends on: required when `conditional`, allowed on any event that has not happened. */
  condition: text.optional(),
  /** For statements and threats: what was said. */
  statement: Statement.optional(),
  /** Who makes the claim this record reports (an entity id); `null` when the report states it itself. */
  attributedTo: Slug.nullable(),
});
/** Something that happened, was threatened, or is expected: the shape plus `checkEvent`'s rules. */
export const Event = EventShape.superRefine((e, ctx) => checkEvent(e, ctx));
export type Event = ShapesEvent;

/** The shape of a {@link Relationship} record (`subject predicate object`, in the predicate's canonical direction), without the rules across its fields. */
export const RelationshipShape = z.strictObject({
  ...recordBase,
  subject: Slug,
  predicate: z.enum(PREDICATES),
  object: Slug,
  /** When the relationship held, as an EDTF interval or date; absent when the report does not say. */
  valid: EdtfDate.optional(),
  /** A size attached to the relationship (e.g. troops stationed), as an estimate. */
  quantity: Quantity.optional(),
});
/** `subject predicate object`: the shape plus `checkRelationship`'s rules. */
export const Relationship = RelationshipShape.superRefine((r, ctx) => checkRelationship(r, ctx));
export type Relationship = ShapesRelationship;

/** The shape of an {@link EventLink} record (`from` is the later or smaller event), without the rules across its fields. */
export const EventLinkShape = z.strictObject({
  ...recordBase,
  from: Slug,
  type: z.enum(EVENT_LINK_TYPES),
  to: Slug,
});
/** `from type to` between two events: the shape plus `checkEventLink`'s rules. */
export const EventLink = EventLinkShape.superRefine((l, ctx) => checkEventLink(l, ctx));
export type EventLink = ShapesEventLink;

const MAJOR = SCHEMA_VERSION.slice(0, SCHEMA_VERSION.indexOf('.'));
/** The versions this package can read: its own major (a breaking change bumps it). */
const READABLE_VERSION = new RegExp(`^${MAJOR}\\.\\d+\\.\\d+$`);

// Dataset's type is written out with the record schemas' names: exactly what TypeScript infers for
// it (tests/schema/shapes.test-d.ts), but printed in the declarations as `z.ZodArray<typeof Entity>`
// rather than every record schema spelt out a second time.
/** A whole dataset: its schema version and every record, by kind. */
export const Dataset: z.ZodObject<
  {
    /** The dataset shape's semantic version; this package writes {@link SCHEMA_VERSION}. */
    schemaVersion: z.ZodString;
    sources: z.ZodArray<typeof Source>;
    entities: z.ZodArray<typeof Entity>;
    events: z.ZodArray<typeof Event>;
    relationships: z.ZodArray<typeof Relationship>;
    eventLinks: z.ZodArray<typeof EventLink>;
  },
  z.core.$strict
> = z.strictObject({
  /** The dataset shape's semantic version; this package writes {@link SCHEMA_VERSION}. */
  schemaVersion: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, { error: `must be a semantic version such as "${SCHEMA_VERSION}"`, abort: true })
    .regex(READABLE_VERSION, {
      error: (issue) =>
        `schema version ${String(issue.input).slice(0, 40)} has another major version than this package reads (${MAJOR}.x.x, it writes ${SCHEMA_VERSION}); use a version of iraq-militias made for it`,
    }),
  sources: z.array(Source),
  entities: z.array(Entity),
  events: z.array(Event),
  relationships: z.array(Relationship),
  eventLinks: z.array(EventLink),
});
export type Dataset = ShapesDataset;
