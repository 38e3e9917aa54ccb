import { deepFreeze } from '../dataset/deepFreeze.js';
import { EVENT_LINK_TYPES, ROLES, type EventLinkType, type Role } from '../vocab/events.js';
import { PREDICATE_INFO, PREDICATES, type Predicate } from '../vocab/relationships.js';

/**
 * The namespace of this package's own JSON-LD terms (what schema.org has no property for).
 *
 * @example
 * JSONLD_VOCAB_IRI // => 'urn:iraq-militias:vocab:'
 */
export const JSONLD_VOCAB_IRI = 'urn:iraq-militias:vocab:';
/**
 * The prefix of record node ids: `urn:iraq-militias:entity:iraq`, `urn:iraq-militias:event:…`.
 *
 * @example
 * `${JSONLD_ID_PREFIX}entity:iraq` // => 'urn:iraq-militias:entity:iraq'
 */
export const JSONLD_ID_PREFIX = 'urn:iraq-militias:';

const camel = (slug: string): string => slug.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const terms = <K extends string>(keys: readonly K[]): Readonly<Record<K, string>> =>
  Object.freeze(Object.fromEntries(keys.map((k) => [k, camel(k)]))) as Record<K, string>;

/**
 * The JSON-LD term (in our vocabulary) for each relationship predicate.
 *
 * @example
 * PREDICATE_TERMS['backed-by'] // => 'backedBy'
 */
export const PREDICATE_TERMS: Readonly<Record<Predicate, string>> = /* @__PURE__ */ terms(PREDICATES);
/**
 * The JSON-LD term for each participant role.
 *
 * @example
 * ROLE_TERMS['negotiating-party'] // => 'negotiatingParty'
 */
export const ROLE_TERMS: Readonly<Record<Role, string>> = /* @__PURE__ */ terms(ROLES);
/**
 * The JSON-LD term for each event-link type.
 *
 * @example
 * LINK_TERMS['retaliation-for'] // => 'retaliationFor'
 */
export const LINK_TERMS: Readonly<Record<EventLinkType, string>> = /* @__PURE__ */ terms(EVENT_LINK_TYPES);

/** Literal-valued terms of our vocabulary, with what they mean. */
const LITERAL_TERMS: Readonly<Record<string, string>> = {
  certainty: "How the record is known: 'stated' (the report says it), 'inferred' or 'external'.",
  note: 'How an inferred fact follows from the report, or where an external one comes from.',
  subtype: "The entity's subtype (armed-group, umbrella-coalition, media, city …).",
  isoAlpha2: 'ISO 3166-1 alpha-2 code of a state.',
  isoAlpha3: 'ISO 3166-1 alpha-3 code of a state.',
  coordinatePrecision: "What a point stands for: 'site', 'city', 'region' or 'country' (a centroid).",
  eventType: "The event's type in the package taxonomy (drone-strike, threat, formation …).",
  modality: "Whether it happened: 'actual', 'threatened', 'conditional', 'expected' or 'claimed'.",
  edtfDate: 'The date as EDTF (ISO 8601-2) at the precision the source gives; startDate / endDate are its earliest and latest days.',
  condition: 'What a conditional threat depends on.',
  statementContent: 'What was said, in our own words (statements and threats).',
  statementQuote: 'The few words quoted where the wording itself is the fact.',
  killedLow: 'Deaths, low estimate.',
  killedBest: 'Deaths, best estimate.',
  killedHigh: 'Deaths, high estimate.',
  woundedLow: 'Injuries, low estimate.',
  woundedBest: 'Injuries, best estimate.',
  woundedHigh: 'Injuries, high estimate.',
  quantityLow: 'How many (attacks, troops …), low estimate.',
  quantityBest: 'How many, best estimate.',
  quantityHigh: 'How many, high estimate.',
  quantityUnit: 'What quantityLow/Best/High count.',
  paragraphCount: "The source's number of paragraphs.",
  valid: 'When a relationship held, as an EDTF date or interval.',
  relationshipPredicate: "A relationship record's predicate, as in the package vocabulary.",
  locationCertainty: "How an event's location is known, when not simply stated: 'inferred' or 'external' (absent = 'stated').",
  locationNote: "How an event's inferred location follows from the report.",
  unstatedParticipant: "A participant the report does not name in that role itself: '<entity id> as <role>: <certainty> (<note>)'.",
  killedCertainty: "How the deaths estimate is known, when not simply stated (absent = 'stated').",
  quantityCertainty: "How the quantity estimate is known, when not simply stated (absent = 'stated').",
};

/** IRI-valued terms of our vocabulary besides predicates, roles and links. */
const REF_TERMS: Readonly<Record<string, string>> = {
  attributedTo: 'Who makes the claim an event record reports.',
  relationshipSubject: "A relationship record's subject.",
  relationshipObject: "A relationship record's object.",
};

/** Classes of our vocabulary. */
const CLASS_TERMS: Readonly<Record<string, string>> = {
  Group: "A collective that is not one organisation (e.g. 'Sunni MPs', 'Iran-backed militias').",
  Relationship: 'A relationship record, with its provenance and validity; the same fact also appears as a direct property of its subject.',
};

/**
 * Every term of this package's own JSON-LD vocabulary (under {@link JSONLD_VOCAB_IRI}), with what
 * it means: the relationship predicates (backing, membership of an armed coalition …), the event
 * links (retaliation …), the participant roles, and the literal fields schema.org lacks.
 *
 * @example
 * JSONLD_VOCABULARY.backedBy.iri // => 'urn:iraq-militias:vocab:backedBy'
 */
export const JSONLD_VOCABULARY: Readonly<Record<string, { readonly iri: string; readonly description: string }>> = /* @__PURE__ */ deepFreeze(Object.fromEntries([
  ...EVENT_LINK_TYPES.map((l) => [LINK_TERMS[l], `The subject event is a '${l}' the object event.`] as const),
  ...PREDICATES.map((p) => [PREDICATE_TERMS[p], PREDICATE_INFO[p].description] as const),
  ...ROLES.map((r) => [ROLE_TERMS[r], `An entity taking part in the event as its ${r}.`] as const),
  ...Object.entries(REF_TERMS),
  ...Object.entries(LITERAL_TERMS),
  ...Object.entries(CLASS_TERMS),
].map(([term, description]) => [term, { iri: `${JSONLD_VOCAB_IRI}${term}`, description }])));

const refTerms = [...Object.values(PREDICATE_TERMS), ...Object.values(LINK_TERMS), ...Object.values(ROLE_TERMS), ...Object.keys(REF_TERMS)];

/**
 * The inline `@context` of {@link toJSONLD}'s output: schema.org as the default vocabulary, our
 * terms under the `im:` prefix, and IRI-valued properties typed `@id`. Inline, so no processor
 * needs the network.
 *
 * @example
 * JSONLD_CONTEXT['@vocab'] // => 'https://schema.org/'
 */
export const JSONLD_CONTEXT: Readonly<Record<string, unknown>> = /* @__PURE__ */ deepFreeze({
  '@vocab': 'https://schema.org/',
  schema: 'https://schema.org/',
  im: JSONLD_VOCAB_IRI,
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  Group: 'im:Group',
  Relationship: 'im:Relationship',
  location: { '@id': 'schema:location', '@type': '@id' },
  containedInPlace: { '@id': 'schema:containedInPlace', '@type': '@id' },
  citation: { '@id': 'schema:citation', '@type': '@id' },
  url: { '@id': 'schema:url', '@type': '@id' },
  startDate: { '@id': 'schema:startDate', '@type': 'xsd:date' },
  endDate: { '@id': 'schema:endDate', '@type': 'xsd:date' },
  ...Object.fromEntries(refTerms.map((t) => [t, { '@id': `im:${t}`, '@type': '@id' }])),
  ...Object.fromEntries(Object.keys(LITERAL_TERMS).map((t) => [t, `im:${t}`])),
});
