import { z } from 'zod';
import { COORDINATE_PRECISIONS, ENTITY_KINDS, ENTITY_SUBTYPE_KIND, ENTITY_SUBTYPES } from '../vocab/entities.js';
import { EVENT_LINK_TYPES, EVENT_TYPES, MODALITIES, ROLES } from '../vocab/events.js';
import { SCHEMA_VERSION } from '../vocab/provenance.js';
import { PREDICATES } from '../vocab/relationships.js';
import { Certainty, EdtfDate, Estimate, Quantity, recordBase, Slug } from './primitives.js';
import { checkClaimCertainty } from './checkClaimCertainty.js';
import { checkEvidenceClaims } from './checkEvidenceClaims.js';
import { requireNoteUnlessStated } from './requireNoteUnlessStated.js';
import { withArticle } from '../errors/withArticle.js';

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
export type Source = z.infer<typeof Source>;

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
export type IsoCodes = z.infer<typeof IsoCodes>;

/** WGS 84 coordinates of a place, with what the point stands for. */
export const Coordinates = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  precision: z.enum(COORDINATE_PRECISIONS),
  ...externalFact,
});
export type Coordinates = z.infer<typeof Coordinates>;

/** A person, organisation, state, place or group named in the report. */
export const Entity = z
  .strictObject({
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
  })
  .superRefine((e, ctx) => {
    requireNoteUnlessStated(e, ctx);
    checkEvidenceClaims(e, e.within !== undefined, ctx);
    if (e.subtype !== undefined && ENTITY_SUBTYPE_KIND[e.subtype] !== e.kind) {
      ctx.addIssue({
        code: 'custom',
        path: ['subtype'],
        message: `subtype '${e.subtype}' belongs to kind '${ENTITY_SUBTYPE_KIND[e.subtype]}', not '${e.kind}'`,
      });
    }
    if (e.iso !== undefined && e.kind !== 'state') {
      ctx.addIssue({ code: 'custom', path: ['iso'], message: `only a state has ISO codes, not ${withArticle(e.kind)}` });
    }
    if (e.within !== undefined && e.kind !== 'place') {
      ctx.addIssue({ code: 'custom', path: ['within'], message: `only a place lies within another place, not ${withArticle(e.kind)}` });
    }
    if (e.coordinates !== undefined && e.kind !== 'place' && e.kind !== 'state') {
      ctx.addIssue({ code: 'custom', path: ['coordinates'], message: `only a place or state has coordinates, not ${withArticle(e.kind)}` });
    }
    const seen = new Set<string>([e.name.toLowerCase()]);
    e.aliases.forEach((alias, i) => {
      const key = alias.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['aliases', i], message: `repeats the name or an alias: '${alias}'` });
      seen.add(key);
    });
  });
export type Entity = z.infer<typeof Entity>;

/** An entity's part in an event. */
export const Participant = z.strictObject({
  entity: Slug,
  role: z.enum(ROLES),
  /** Whether the report names this entity in this role (absent = `stated`); `inferred`/`external` need a note. */
  certainty: Certainty.optional(),
  note: text.optional(),
});
export type Participant = z.infer<typeof Participant>;

/** Deaths and injuries, as estimates. */
export const Casualties = z.strictObject({
  killed: Estimate.optional(),
  wounded: Estimate.optional(),
});
export type Casualties = z.infer<typeof Casualties>;

/** What was said, in our own words, plus at most a few quoted words where the wording is the fact. */
export const Statement = z.strictObject({
  content: text,
  quote: text.optional(),
});
export type Statement = z.infer<typeof Statement>;

/** Something that happened, was threatened, or is expected. */
export const Event = z
  .strictObject({
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
  })
  .superRefine((e, ctx) => {
    requireNoteUnlessStated(e, ctx);
    checkClaimCertainty(e, ctx);
    checkEvidenceClaims(e, e.location !== undefined, ctx);
    if (e.modality === 'conditional' && e.condition === undefined) {
      ctx.addIssue({ code: 'custom', path: ['condition'], message: 'a conditional event needs its condition' });
    }
    if (e.condition !== undefined && e.modality === 'actual') {
      ctx.addIssue({ code: 'custom', path: ['condition'], message: 'an actual event has no condition; only threatened, conditional, expected or claimed ones do' });
    }
    const seen = new Set<string>();
    e.participants.forEach((p, i) => {
      const key = `${p.entity} ${p.role}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['participants', i], message: `repeats ${p.entity} as ${p.role}` });
      seen.add(key);
    });
  });
export type Event = z.infer<typeof Event>;

/** `subject predicate object`, in the predicate's canonical direction. */
export const Relationship = z
  .strictObject({
    ...recordBase,
    subject: Slug,
    predicate: z.enum(PREDICATES),
    object: Slug,
    /** When the relationship held, as an EDTF interval or date; absent when the report does not say. */
    valid: EdtfDate.optional(),
    /** A size attached to the relationship (e.g. troops stationed), as an estimate. */
    quantity: Quantity.optional(),
  })
  .superRefine((r, ctx) => {
    requireNoteUnlessStated(r, ctx);
    checkClaimCertainty(r, ctx);
    checkEvidenceClaims(r, false, ctx);
    if (r.subject === r.object) ctx.addIssue({ code: 'custom', path: ['object'], message: 'a relationship cannot point to its own subject' });
  });
export type Relationship = z.infer<typeof Relationship>;

/** `from type to` between two events (`from` is the later or smaller one). */
export const EventLink = z
  .strictObject({
    ...recordBase,
    from: Slug,
    type: z.enum(EVENT_LINK_TYPES),
    to: Slug,
  })
  .superRefine((l, ctx) => {
    requireNoteUnlessStated(l, ctx);
    checkEvidenceClaims(l, false, ctx);
    if (l.from === l.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'an event cannot link to itself' });
  });
export type EventLink = z.infer<typeof EventLink>;

/** A whole dataset: its schema version and every record, by kind. */
export const Dataset = z.strictObject({
  /** The dataset shape's semantic version; this package writes {@link SCHEMA_VERSION}. */
  schemaVersion: z.string().regex(/^\d+\.\d+\.\d+$/, { error: `must be a semantic version such as "${SCHEMA_VERSION}"` }),
  sources: z.array(Source),
  entities: z.array(Entity),
  events: z.array(Event),
  relationships: z.array(Relationship),
  eventLinks: z.array(EventLink),
});
export type Dataset = z.infer<typeof Dataset>;
