import { happened } from '../dataset/happened.js';
import { parseEdtf } from '../dates/parseEdtf.js';
import type { DatasetRecord, EntityRecord, EventRecord } from '../schema/types.js';
import { EVENT_TYPE_CROSSWALK } from '../vocab/events.js';
import type { CsvCell } from './formatCsv.js';
import { mainActors } from './mainActors.js';
import { resolveLocation, type LocationMemo } from './resolveLocation.js';

/**
 * The CSV tables: one main table per record kind with single-valued columns only, plus long
 * tables (one row per value) for what is multi-valued: `participants` (event × entity × role),
 * `aliases` (entity × alias) and `evidence` (record × cited paragraph, with the claim it is cited for).
 *
 * @example
 * CSV_TABLES.includes('participants') // => true
 */
export const CSV_TABLES = /* @__PURE__ */ Object.freeze(['events', 'participants', 'entities', 'aliases', 'relationships', 'event-links', 'evidence', 'sources'] as const);

/** One of {@link CSV_TABLES}. */
export type CsvTable = (typeof CSV_TABLES)[number];

interface Ctx {
  readonly byId: ReadonlyMap<string, EntityRecord>;
}

type Column<R> = readonly [name: string, get: (record: R, ctx: Ctx) => CsvCell];
type Evidenced = { readonly evidence: readonly { readonly source: string; readonly paragraphs: readonly number[]; readonly claim?: string | undefined }[] };

const nameOf = (ctx: Ctx, id: string | null | undefined): CsvCell => (id == null ? null : (ctx.byId.get(id)?.name ?? null));

/** `source_id`, `first_paragraph` (lowest cited in that source), `paragraph_count` (all cited); the full list is in `evidence`. */
function evidenceColumns<R>(get: (r: R) => Evidenced): Column<R>[] {
  return [
    ['source_id', (r) => get(r).evidence[0]?.source ?? null],
    ['first_paragraph', (r) => {
      const first = get(r).evidence[0];
      if (first === undefined || first.paragraphs.length === 0) return null;
      // a loop, not Math.min(...list): spreading a long list overflows the call stack
      let low = Infinity;
      for (const p of first.paragraphs) if (p < low) low = p;
      return low;
    }],
    ['paragraph_count', (r) => get(r).evidence.reduce((n, ev) => n + ev.paragraphs.length, 0)],
  ];
}

type Estimate = { readonly low: number | null; readonly best: number | null; readonly high: number | null; readonly text?: string | undefined } | undefined;
function estimateColumns<R>(prefix: string, get: (r: R) => Estimate): Column<R>[] {
  return [
    [`${prefix}_low`, (r) => get(r)?.low ?? null],
    [`${prefix}_best`, (r) => get(r)?.best ?? null],
    [`${prefix}_high`, (r) => get(r)?.high ?? null],
    [`${prefix}_text`, (r) => get(r)?.text ?? null],
  ];
}

interface EventRow {
  readonly event: EventRecord;
  readonly actors: ReturnType<typeof mainActors>;
  readonly date: ReturnType<typeof parseEdtf>;
  readonly where: ReturnType<typeof resolveLocation>;
}

const EVENT_COLUMNS: Column<EventRow>[] = [
  ['id', (r) => r.event.id],
  ['date', (r) => r.event.date],
  ['date_text', (r) => r.event.dateText ?? null],
  ['earliest', (r) => r.date.earliest],
  ['latest', (r) => r.date.latest],
  ['precision', (r) => r.date.precision],
  ['approximate', (r) => r.date.approximate],
  ['uncertain', (r) => r.date.uncertain],
  ['type', (r) => r.event.type],
  // ACLED records only events that took place: empty for what was expected, claimed or only threatened.
  ['acled_event_type', (r) => (happened(r.event) ? (EVENT_TYPE_CROSSWALK[r.event.type].acled?.eventType ?? null) : null)],
  ['acled_sub_event_type', (r) => (happened(r.event) ? (EVENT_TYPE_CROSSWALK[r.event.type].acled?.subEventType ?? null) : null)],
  ['plover_category', (r) => EVENT_TYPE_CROSSWALK[r.event.type].plover],
  ['modality', (r) => r.event.modality],
  ['actor1_id', (r) => r.actors.actor1?.entity ?? null],
  ['actor1_name', (r, c) => nameOf(c, r.actors.actor1?.entity)],
  ['actor1_role', (r) => r.actors.actor1?.role ?? null],
  ['actor2_id', (r) => r.actors.actor2?.entity ?? null],
  ['actor2_name', (r, c) => nameOf(c, r.actors.actor2?.entity)],
  ['actor2_role', (r) => r.actors.actor2?.role ?? null],
  ['participant_count', (r) => r.event.participants.length],
  ['location_id', (r) => r.event.location ?? null],
  ['location_name', (r) => r.where.place?.name ?? null],
  ['country', (r) => r.where.country?.name ?? null],
  ['country_iso3', (r) => r.where.country?.iso?.alpha3 ?? null],
  ['latitude', (r) => r.where.located?.coordinates.lat ?? null],
  ['longitude', (r) => r.where.located?.coordinates.lon ?? null],
  ['geo_precision', (r) => r.where.located?.coordinates.precision ?? null],
  ['geo_place_id', (r) => r.where.located?.id ?? null],
  ...estimateColumns<EventRow>('killed', (r) => r.event.casualties?.killed),
  ...estimateColumns<EventRow>('wounded', (r) => r.event.casualties?.wounded),
  ...estimateColumns<EventRow>('quantity', (r) => r.event.quantity),
  ['quantity_unit', (r) => r.event.quantity?.unit ?? null],
  ['condition', (r) => r.event.condition ?? null],
  ['statement', (r) => r.event.statement?.content ?? null],
  ['statement_quote', (r) => r.event.statement?.quote ?? null],
  ['attributed_to_id', (r) => r.event.attributedTo],
  ['summary', (r) => r.event.summary],
  ['certainty', (r) => r.event.certainty],
  ['note', (r) => r.event.note ?? null],
  ...evidenceColumns<EventRow>((r) => r.event),
  ['location_certainty', (r) => (r.event.location === undefined ? null : (r.event.locationCertainty ?? 'stated'))],
  ['location_note', (r) => r.event.locationNote ?? null],
  ['killed_certainty', (r) => (r.event.casualties?.killed === undefined ? null : (r.event.casualties.killed.certainty ?? 'stated'))],
  ['wounded_certainty', (r) => (r.event.casualties?.wounded === undefined ? null : (r.event.casualties.wounded.certainty ?? 'stated'))],
  ['quantity_certainty', (r) => (r.event.quantity === undefined ? null : (r.event.quantity.certainty ?? 'stated'))],
  // The query helpers' counting rule: actual events and the threats that were made.
  ['happened', (r) => happened(r.event)],
];

type ParticipantRow = { readonly event: EventRecord; readonly index: number };
const PARTICIPANT_COLUMNS: Column<ParticipantRow>[] = [
  ['event_id', (r) => r.event.id],
  ['position', (r) => r.index + 1],
  ['entity_id', (r) => r.event.participants[r.index]!.entity],
  ['entity_name', (r, c) => nameOf(c, r.event.participants[r.index]!.entity)],
  ['role', (r) => r.event.participants[r.index]!.role],
  ['note', (r) => r.event.participants[r.index]!.note ?? null],
  ['certainty', (r) => r.event.participants[r.index]!.certainty ?? 'stated'],
];

const ENTITY_COLUMNS: Column<EntityRecord>[] = [
  ['id', (e) => e.id],
  ['kind', (e) => e.kind],
  ['subtype', (e) => e.subtype ?? null],
  ['name', (e) => e.name],
  ['alias_count', (e) => e.aliases.length],
  ['description', (e) => e.description],
  ['iso2', (e) => e.iso?.alpha2 ?? null],
  ['iso3', (e) => e.iso?.alpha3 ?? null],
  ['within_id', (e) => e.within ?? null],
  ['within_name', (e, c) => nameOf(c, e.within)],
  ['latitude', (e) => e.coordinates?.lat ?? null],
  ['longitude', (e) => e.coordinates?.lon ?? null],
  ['coordinate_precision', (e) => e.coordinates?.precision ?? null],
  ['certainty', (e) => e.certainty],
  ['note', (e) => e.note ?? null],
  ...evidenceColumns<EntityRecord>((e) => e),
];

type AliasRow = { readonly entity: EntityRecord; readonly index: number };
const ALIAS_COLUMNS: Column<AliasRow>[] = [
  ['entity_id', (r) => r.entity.id],
  ['position', (r) => r.index + 1],
  ['alias', (r) => r.entity.aliases[r.index]!],
];

type RelationshipRow = DatasetRecord['relationships'][number];
const RELATIONSHIP_COLUMNS: Column<RelationshipRow>[] = [
  ['id', (r) => r.id],
  ['subject_id', (r) => r.subject],
  ['subject_name', (r, c) => nameOf(c, r.subject)],
  ['predicate', (r) => r.predicate],
  ['object_id', (r) => r.object],
  ['object_name', (r, c) => nameOf(c, r.object)],
  ['valid', (r) => r.valid ?? null],
  ['valid_earliest', (r) => (r.valid === undefined ? null : parseEdtf(r.valid).earliest)],
  ['valid_latest', (r) => (r.valid === undefined ? null : parseEdtf(r.valid).latest)],
  ...estimateColumns<RelationshipRow>('quantity', (r) => r.quantity),
  ['quantity_unit', (r) => r.quantity?.unit ?? null],
  ['certainty', (r) => r.certainty],
  ['note', (r) => r.note ?? null],
  ...evidenceColumns<RelationshipRow>((r) => r),
];

type LinkRow = DatasetRecord['eventLinks'][number];
const LINK_COLUMNS: Column<LinkRow>[] = [
  ['id', (l) => l.id],
  ['from_id', (l) => l.from],
  ['type', (l) => l.type],
  ['to_id', (l) => l.to],
  ['certainty', (l) => l.certainty],
  ['note', (l) => l.note ?? null],
  ...evidenceColumns<LinkRow>((l) => l),
];

type EvidenceRow = readonly [kind: string, id: string, source: string, paragraph: number, claim: string | null];
const EVIDENCE_COLUMNS: Column<EvidenceRow>[] = [
  ['record_kind', (r) => r[0]],
  ['record_id', (r) => r[1]],
  ['source_id', (r) => r[2]],
  ['paragraph', (r) => r[3]],
  /** The one claim the paragraph is cited for (`date`, `location`); empty when it supports the whole record. */
  ['claim', (r) => r[4]],
];

type SourceRow = DatasetRecord['sources'][number];
const SOURCE_COLUMNS: Column<SourceRow>[] = [
  ['id', (s) => s.id],
  ['title', (s) => s.title],
  ['publisher', (s) => s.publisher],
  ['author', (s) => s.author],
  ['url', (s) => s.url],
  ['published', (s) => s.published],
  ['updated', (s) => s.updated ?? null],
  ['language', (s) => s.language],
  ['paragraphs', (s) => s.paragraphs],
];

function build<R>(columns: readonly Column<R>[], records: readonly R[], ctx: Ctx): { header: string[]; rows: CsvCell[][] } {
  return { header: columns.map(([name]) => name), rows: records.map((r) => columns.map(([, get]) => get(r, ctx))) };
}

function evidenceRows(kind: string, records: readonly (Evidenced & { readonly id: string })[]): EvidenceRow[] {
  return records.flatMap((r) => r.evidence.flatMap((ev) => ev.paragraphs.map((p): EvidenceRow => [kind, r.id, ev.source, p, ev.claim ?? null])));
}

/**
 * Builds one CSV table (header and rows of cells) from a dataset.
 *
 * @param table - which table, one of {@link CSV_TABLES}.
 * @param data - the dataset.
 * @param events - the events for the `events` and `participants` tables (default: all).
 * @returns the column names and the rows.
 * @example
 * csvTable('aliases', dataset, dataset.events).header // => ['entity_id', 'position', 'alias']
 */
export function csvTable(table: CsvTable, data: DatasetRecord, events: readonly EventRecord[]): { header: string[]; rows: CsvCell[][] } {
  const ctx: Ctx = { byId: new Map(data.entities.map((e) => [e.id, e])) };
  const places: LocationMemo = new Map();
  switch (table) {
    case 'events':
      return build(
        EVENT_COLUMNS,
        events.map((event) => ({ event, actors: mainActors(event), date: parseEdtf(event.date), where: resolveLocation(event.location, ctx.byId, places) })),
        ctx,
      );
    case 'participants':
      return build(PARTICIPANT_COLUMNS, events.flatMap((event) => event.participants.map((_, index) => ({ event, index }))), ctx);
    case 'entities':
      return build(ENTITY_COLUMNS, data.entities, ctx);
    case 'aliases':
      return build(ALIAS_COLUMNS, data.entities.flatMap((entity) => entity.aliases.map((_, index) => ({ entity, index }))), ctx);
    case 'relationships':
      return build(RELATIONSHIP_COLUMNS, data.relationships, ctx);
    case 'event-links':
      return build(LINK_COLUMNS, data.eventLinks, ctx);
    case 'evidence':
      return build(
        EVIDENCE_COLUMNS,
        [
          ...evidenceRows('entity', data.entities),
          ...evidenceRows('event', data.events),
          ...evidenceRows('relationship', data.relationships),
          ...evidenceRows('event-link', data.eventLinks),
        ],
        ctx,
      );
    case 'sources':
      return build(SOURCE_COLUMNS, data.sources, ctx);
  }
}
