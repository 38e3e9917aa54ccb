// The record types as plain TypeScript, without zod: what the main entry and every zod-free
// helper are typed with, so that a consumer without zod (an optional peer) still gets real types.
// Each one is the output type of the zod schema of the same name in `records.ts` / `primitives.ts`,
// written out; tests/schema/shapes.test-d.ts proves the two identical, field by field, so they
// cannot drift. An optional field reads `field?: T | undefined`, as zod's output type has it; each
// is an object type alias, not an interface, so that it stays assignable to
// `Record<string, unknown>` as the inferred types are.
//
// Nothing here may import zod or a module that does (tests/packaging/zodFreeTypes.test.ts).
import type { CoordinatePrecision, EntityKind, EntitySubtype } from '../vocab/entities.js';
import type { EventLinkType, EventType, Modality, Role } from '../vocab/events.js';
import type { Certainty } from '../vocab/provenance.js';
import type { Predicate } from '../vocab/relationships.js';

/**
 * Where a fact is stated: a source id and the 1-based paragraph numbers (headline = 1). Without
 * `claim` the paragraphs support the record as a whole (they name what it speaks of); with `claim`
 * they support only that claim.
 */
export type Evidence = {
  /** The id of a {@link Source}. */
  source: string;
  /** 1-based paragraph numbers (headline = 1), at least one, none twice. */
  paragraphs: number[];
  /** The one claim these paragraphs support (absent = the whole record): `date` or `location`. */
  claim?: 'date' | 'location' | undefined;
};

/**
 * A number as an estimate: `low` / `best` / `high` (UCDP GED style), each `null` when the source
 * gives none (never 0 for unknown), and `text`, the source's own few words ("nearly 200", "scores").
 */
export type Estimate = {
  /** The lowest count the source allows: a whole number ≥ 0, or `null` when it gives none. */
  low: number | null;
  /** The best count: a whole number ≥ 0, or `null` when the source gives none. */
  best: number | null;
  /** The highest count the source allows: a whole number ≥ 0, or `null` when it gives none. */
  high: number | null;
  /** The source's own few words for the number. */
  text?: string | undefined;
  /** Whether the report gives this number itself (absent = `stated`). */
  certainty?: Certainty | undefined;
  /** How an inferred number follows from the report, or where an external one comes from. */
  note?: string | undefined;
};

/** An {@link Estimate} of a count of something, with its unit ("attacks", "troops", "missiles"). */
export type Quantity = {
  /** The lowest count the source allows: a whole number ≥ 0, or `null` when it gives none. */
  low: number | null;
  /** The best count: a whole number ≥ 0, or `null` when the source gives none. */
  best: number | null;
  /** The highest count the source allows: a whole number ≥ 0, or `null` when it gives none. */
  high: number | null;
  /** The source's own few words for the number. */
  text?: string | undefined;
  /** What is counted ("attacks", "troops", "missiles"). */
  unit: string;
  /** Whether the report gives this number itself (absent = `stated`). */
  certainty?: Certainty | undefined;
  /** How an inferred number follows from the report, or where an external one comes from. */
  note?: string | undefined;
};

/** A source document: one news report. `paragraphs` is its count of blank-line-separated blocks. */
export type Source = {
  /** A stable kebab-case id. */
  id: string;
  title: string;
  publisher: string;
  author: string;
  /** An http(s) URL. */
  url: string;
  /** An ISO 8601 date or date-time, never more precise than the source gives. */
  published: string;
  /** An ISO 8601 date or date-time, when the source was updated. */
  updated?: string | undefined;
  /** BCP 47 language tag. */
  language: string;
  /** The count of blank-line-separated blocks (headline = 1). */
  paragraphs: number;
};

/** ISO 3166-1 codes of a state; a fact added from outside the report. */
export type IsoCodes = {
  /** Two capital letters. */
  alpha2: string;
  /** Three capital letters. */
  alpha3: string;
  /** Always `external`. */
  certainty: 'external';
  /** Where the fact comes from (a standard, a gazetteer). */
  source: string;
};

/** WGS 84 coordinates of a place, with what the point stands for; a fact added from outside the report. */
export type Coordinates = {
  /** Latitude, −90 to 90. */
  lat: number;
  /** Longitude, −180 to 180. */
  lon: number;
  /** What the point stands for: a precise site, a city, a region or a whole country. */
  precision: CoordinatePrecision;
  /** Always `external`. */
  certainty: 'external';
  /** Where the fact comes from (a standard, a gazetteer). */
  source: string;
};

/** A person, organisation, state, place or group named in the report. */
export type Entity = {
  /** A stable kebab-case id: lowercase ASCII letters and digits in words joined by single hyphens. */
  id: string;
  /** Where the record is stated: at least one source paragraph. */
  evidence: Evidence[];
  /** `stated`, `inferred` (with a `note` saying how) or `external` (with a `note` saying from where). */
  certainty: Certainty;
  /** How an inferred fact follows from the report, or where an external one comes from. */
  note?: string | undefined;
  kind: EntityKind;
  /** A finer type, valid for one kind only. */
  subtype?: EntitySubtype | undefined;
  name: string;
  /** Every other spelling: the report's own and the common transliterations. */
  aliases: string[];
  /** A short description in our own words. */
  description: string;
  /** ISO 3166-1 codes; states only. */
  iso?: IsoCodes | undefined;
  /** The place this place lies in (a place or state id); places only. */
  within?: string | undefined;
  /** Coordinates; places and states only. */
  coordinates?: Coordinates | undefined;
};

/** An entity's part in an event. */
export type Participant = {
  /** An entity id. */
  entity: string;
  role: Role;
  /** Whether the report names this entity in this role (absent = `stated`); `inferred`/`external` need a note. */
  certainty?: Certainty | undefined;
  /** How an inferred part follows from the report, or where an external one comes from. */
  note?: string | undefined;
};

/** Deaths and injuries, as estimates. */
export type Casualties = {
  killed?: Estimate | undefined;
  wounded?: Estimate | undefined;
};

/** What was said, in our own words, plus at most a few quoted words where the wording is the fact. */
export type Statement = {
  /** What was said, in our own words. */
  content: string;
  /** A few quoted words, where the wording is the fact. */
  quote?: string | undefined;
};

/** Something that happened, was threatened, or is expected. */
export type Event = {
  /** A stable kebab-case id: lowercase ASCII letters and digits in words joined by single hyphens. */
  id: string;
  /** Where the record is stated: at least one source paragraph. */
  evidence: Evidence[];
  /** `stated`, `inferred` (with a `note` saying how) or `external` (with a `note` saying from where). */
  certainty: Certainty;
  /** How an inferred fact follows from the report, or where an external one comes from. */
  note?: string | undefined;
  type: EventType;
  modality: Modality;
  /** EDTF date or interval at exactly the precision the report gives. */
  date: string;
  /** The report's own few words for the date, verbatim ("late January"), or absent; never a paraphrase. */
  dateText?: string | undefined;
  /** A place or state id. */
  location?: string | undefined;
  /** Whether the report gives the location itself (absent = `stated`); `inferred`/`external` need `locationNote`. */
  locationCertainty?: Certainty | undefined;
  /** How an inferred location follows from the report, or where an external one comes from. */
  locationNote?: string | undefined;
  participants: Participant[];
  /** A short summary in our own words. */
  summary: string;
  casualties?: Casualties | undefined;
  /** How many (attacks, missiles, troops …) the event comprises, as an estimate. */
  quantity?: Quantity | undefined;
  /** What the event depends on: required when `conditional`, allowed on any event that has not happened. */
  condition?: string | undefined;
  /** For statements and threats: what was said. */
  statement?: Statement | undefined;
  /** Who makes the claim this record reports (an entity id); `null` when the report states it itself. */
  attributedTo: string | null;
};

/** `subject predicate object`, in the predicate's canonical direction. */
export type Relationship = {
  /** A stable kebab-case id: lowercase ASCII letters and digits in words joined by single hyphens. */
  id: string;
  /** Where the record is stated: at least one source paragraph. */
  evidence: Evidence[];
  /** `stated`, `inferred` (with a `note` saying how) or `external` (with a `note` saying from where). */
  certainty: Certainty;
  /** How an inferred fact follows from the report, or where an external one comes from. */
  note?: string | undefined;
  /** An entity id. */
  subject: string;
  predicate: Predicate;
  /** An entity id. */
  object: string;
  /** When the relationship held, as an EDTF interval or date; absent when the report does not say. */
  valid?: string | undefined;
  /** A size attached to the relationship (e.g. troops stationed), as an estimate. */
  quantity?: Quantity | undefined;
};

/** `from type to` between two events (`from` is the later or smaller event). */
export type EventLink = {
  /** A stable kebab-case id: lowercase ASCII letters and digits in words joined by single hyphens. */
  id: string;
  /** Where the record is stated: at least one source paragraph. */
  evidence: Evidence[];
  /** `stated`, `inferred` (with a `note` saying how) or `external` (with a `note` saying from where). */
  certainty: Certainty;
  /** How an inferred fact follows from the report, or where an external one comes from. */
  note?: string | undefined;
  /** An event id. */
  from: string;
  type: EventLinkType;
  /** An event id. */
  to: string;
};

/** A whole dataset: its schema version and every record, by kind. */
export type Dataset = {
  /** The dataset shape's semantic version (`major.minor.patch`). */
  schemaVersion: string;
  sources: Source[];
  entities: Entity[];
  events: Event[];
  relationships: Relationship[];
  eventLinks: EventLink[];
};
