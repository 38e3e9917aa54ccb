import { parseEdtf } from '../dates/parseEdtf.js';
import type { DatasetRecord, EntityRecord, EventRecord } from '../schema/types.js';
import { JSONLD_CONTEXT, JSONLD_ID_PREFIX, LINK_TERMS, PREDICATE_TERMS, ROLE_TERMS } from './jsonldVocabulary.js';
import { resolveDataset } from './resolveDataset.js';
import { readExportOptions } from './readExportOptions.js';
import { checkEventRecords } from './checkEventRecords.js';

/** A JSON-LD node object. */
export type JsonLdNode = { readonly [key: string]: unknown };

/** A JSON-LD document: an inline `@context` and a `@graph` of nodes. */
export interface JsonLdDocument {
  readonly '@context': Readonly<Record<string, unknown>>;
  readonly '@graph': readonly JsonLdNode[];
}

/** Options of {@link toJSONLD}. */
export interface JsonLdOptions {
  /** The dataset to export (default: the bundled report). */
  readonly dataset?: DatasetRecord;
  /** Only these events (e.g. a query's result); entities, sources and relationships are always all included. */
  readonly events?: readonly EventRecord[];
}

type Kind = 'source' | 'entity' | 'event' | 'relationship';
const iri = (kind: Kind, id: string): string => `${JSONLD_ID_PREFIX}${kind}:${id}`;

const ENTITY_TYPES: Readonly<Record<EntityRecord['kind'], string>> = {
  person: 'Person',
  organization: 'Organization',
  state: 'Country',
  place: 'Place',
  group: 'Group',
};
const SUBTYPE_TYPES: Readonly<Partial<Record<NonNullable<EntityRecord['subtype']>, string>>> = {
  media: 'NewsMediaOrganization',
  government: 'GovernmentOrganization',
  city: 'City',
  airport: 'Airport',
};

const citations = (r: { readonly evidence: readonly { readonly source: string }[] }): string[] => [
  ...new Set(r.evidence.map((ev) => iri('source', ev.source))),
];
/** Adds a property only when the value is known. */
function put(node: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined && value !== null) node[key] = value;
}
function putEstimate(
  node: Record<string, unknown>,
  prefix: string,
  e: { readonly low: number | null; readonly best: number | null; readonly high: number | null } | undefined,
): void {
  put(node, `${prefix}Low`, e?.low);
  put(node, `${prefix}Best`, e?.best);
  put(node, `${prefix}High`, e?.high);
}
function pushTo(node: Record<string, unknown>, key: string, value: string): void {
  const list = (node[key] ??= []) as string[];
  list.push(value);
}

/**
 * Exports a dataset as JSON-LD with schema.org types — `NewsArticle` (sources), `Organization`
 * (`NewsMediaOrganization`, `GovernmentOrganization`), `Person`, `Country`, `Place` (`City`,
 * `Airport`) and `Event` — and our own documented vocabulary ({@link JSONLD_VOCABULARY}) for
 * what schema.org lacks: each relationship predicate (`backedBy`, `memberOf` an armed coalition
 * …) as a direct property of its subject plus a `Relationship` node with its validity and
 * provenance, event links (`retaliationFor`, `follows` …), participant roles, modality, EDTF dates
 * and estimates. The `@context` is inline, so expanding it needs no network. Node ids are
 * `urn:iraq-militias:<kind>:<id>`; every record cites its source via `citation`.
 *
 * @param options - `dataset`, `events` (a subset).
 * @returns the JSON-LD document (plain JSON).
 * @example
 * toJSONLD()['@graph'].find((n) => n['@id'] === 'urn:iraq-militias:entity:iraq')?.['@type'] // => 'Country'
 */
export function toJSONLD(options: JsonLdOptions = {}): JsonLdDocument {
  const opts = readExportOptions('toJSONLD', options, ['dataset', 'events']) as JsonLdOptions;
  const data = resolveDataset(opts.dataset, 'toJSONLD');
  const subset = checkEventRecords('toJSONLD', opts.events);
  const graph: Record<string, unknown>[] = [];
  for (const s of data.sources) {
    const node: Record<string, unknown> = {
      '@id': iri('source', s.id),
      '@type': 'NewsArticle',
      identifier: s.id,
      headline: s.title,
      publisher: { '@type': 'Organization', name: s.publisher },
      author: { '@type': 'Person', name: s.author },
      url: s.url,
      datePublished: s.published,
      inLanguage: s.language,
      paragraphCount: s.paragraphs,
    };
    put(node, 'dateModified', s.updated);
    graph.push(node);
  }
  const entityNodes = new Map<string, Record<string, unknown>>();
  for (const e of data.entities) {
    const node: Record<string, unknown> = {
      '@id': iri('entity', e.id),
      '@type': (e.subtype !== undefined ? SUBTYPE_TYPES[e.subtype] : undefined) ?? ENTITY_TYPES[e.kind],
      identifier: e.id,
      name: e.name,
      description: e.description,
      certainty: e.certainty,
      citation: citations(e),
    };
    if (e.aliases.length > 0) node['alternateName'] = [...e.aliases];
    put(node, 'subtype', e.subtype);
    put(node, 'note', e.note);
    put(node, 'isoAlpha2', e.iso?.alpha2);
    put(node, 'isoAlpha3', e.iso?.alpha3);
    if (e.within !== undefined) node['containedInPlace'] = iri('entity', e.within);
    if (e.coordinates !== undefined) {
      node['geo'] = {
        '@type': 'GeoCoordinates',
        latitude: e.coordinates.lat,
        longitude: e.coordinates.lon,
        coordinatePrecision: e.coordinates.precision,
      };
    }
    entityNodes.set(e.id, node);
    graph.push(node);
  }
  for (const r of data.relationships) {
    const subject = entityNodes.get(r.subject);
    if (subject !== undefined) pushTo(subject, PREDICATE_TERMS[r.predicate], iri('entity', r.object));
    const node: Record<string, unknown> = {
      '@id': iri('relationship', r.id),
      '@type': 'Relationship',
      identifier: r.id,
      relationshipSubject: iri('entity', r.subject),
      relationshipPredicate: r.predicate,
      relationshipObject: iri('entity', r.object),
      certainty: r.certainty,
      citation: citations(r),
    };
    put(node, 'valid', r.valid);
    put(node, 'note', r.note);
    putEstimate(node, 'quantity', r.quantity);
    put(node, 'quantityUnit', r.quantity?.unit);
    graph.push(node);
  }
  const eventNodes = new Map<string, Record<string, unknown>>();
  for (const ev of subset ?? data.events) {
    const date = parseEdtf(ev.date);
    const node: Record<string, unknown> = {
      '@id': iri('event', ev.id),
      '@type': 'Event',
      identifier: ev.id,
      description: ev.summary,
      eventType: ev.type,
      modality: ev.modality,
      edtfDate: ev.date,
      certainty: ev.certainty,
      citation: citations(ev),
    };
    put(node, 'startDate', date.earliest);
    put(node, 'endDate', date.latest);
    if (ev.location !== undefined) node['location'] = iri('entity', ev.location);
    put(node, 'locationCertainty', ev.locationCertainty);
    put(node, 'locationNote', ev.locationNote);
    for (const p of ev.participants) {
      if ((p.certainty ?? 'stated') !== 'stated') pushTo(node, 'unstatedParticipant', `${p.entity} as ${p.role}: ${p.certainty}${p.note === undefined ? '' : ` (${p.note})`}`);
    }
    put(node, 'killedCertainty', ev.casualties?.killed?.certainty);
    put(node, 'quantityCertainty', ev.quantity?.certainty);
    for (const p of ev.participants) pushTo(node, ROLE_TERMS[p.role], iri('entity', p.entity));
    if (ev.attributedTo !== null) node['attributedTo'] = iri('entity', ev.attributedTo);
    put(node, 'condition', ev.condition);
    put(node, 'statementContent', ev.statement?.content);
    put(node, 'statementQuote', ev.statement?.quote);
    put(node, 'note', ev.note);
    putEstimate(node, 'killed', ev.casualties?.killed);
    putEstimate(node, 'wounded', ev.casualties?.wounded);
    putEstimate(node, 'quantity', ev.quantity);
    put(node, 'quantityUnit', ev.quantity?.unit);
    eventNodes.set(ev.id, node);
    graph.push(node);
  }
  for (const l of data.eventLinks) {
    const from = eventNodes.get(l.from);
    if (from !== undefined && eventNodes.has(l.to)) pushTo(from, LINK_TERMS[l.type], iri('event', l.to));
  }
  return { '@context': JSONLD_CONTEXT, '@graph': graph };
}
