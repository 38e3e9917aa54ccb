// UCDP GED-shaped rows. Columns and scales from the "UCDP Georeferenced Event Dataset Codebook,
// Version 25.1" (Uppsala Conflict Data Program, 2025; https://ucdp.uu.se/downloads/ged/ged251.pdf;
// unchanged from 24.1): type_of_violence 1 state-based / 2 non-state / 3 one-sided, date_prec 1–5
// (a day; 2–6 days; a week; 8–30 days or a month; longer), where_prec 1–7 (exact place … country),
// best / low / high deaths and their split into deaths_a / deaths_b / deaths_civilians /
// deaths_unknown. The mapping is ours; see README "ACLED, UCDP GED and PLOVER".
import { parseEdtf } from '../dates/parseEdtf.js';
import type { ParsedDate } from '../dates/types.js';
import type { DatasetRecord, EntityRecord, EventRecord } from '../schema/types.js';
import { EVENT_TYPE_CROSSWALK } from '../vocab/events.js';
import { actorProfiles, type ActorProfile } from './actorProfiles.js';
import { ACTOR2_ROLES, mainActors } from './mainActors.js';
import type { OmittedEvent } from './OmittedEvent.js';
import { readFormatOptions } from './readFormatOptions.js';
import { resolveLocation, type LocationMemo } from './resolveLocation.js';
import { supportedCount } from './supportedCount.js';
import { UCDP_GED_COLUMNS, type UcdpGedColumn } from './ucdpGedColumns.js';

/** Options of {@link toUCDPGEDRows} and {@link toUCDPGED}. */
export interface UcdpGedOptions {
  /** The dataset to export (default: the bundled report). */
  readonly dataset?: DatasetRecord;
  /** Only these events (e.g. a query's result); the rules below still apply to each. */
  readonly events?: readonly EventRecord[];
  /** Also export `claimed` events (a party says it happened, the source does not confirm); default false. */
  readonly includeClaimed?: boolean;
  /** Prefix a UTF-8 byte order mark ({@link toUCDPGED} only); default false. */
  readonly bom?: boolean;
}

/** One UCDP GED row: a value per column, `null` for an empty cell. */
export type UcdpGedRow = { readonly [C in UcdpGedColumn]: string | number | null };

/** UCDP GED rows with the events left out and why. */
export interface UcdpGedRows {
  readonly columns: typeof UCDP_GED_COLUMNS;
  readonly rows: readonly UcdpGedRow[];
  readonly omitted: readonly OmittedEvent[];
}

/** UCDP's date_prec from the number of days an event may fall on. */
function datePrecision(d: ParsedDate): 1 | 2 | 3 | 4 | 5 {
  const days = d.latestDay - d.earliestDay + 1;
  if (days === 1) return 1;
  if (days <= 6) return 2;
  if (days === 7) return 3;
  if (days <= 31) return 4;
  return 5;
}

/** UCDP's where_prec from our coordinate precision (the point's, or the containing place's). */
const WHERE_PREC = { site: 1, city: 2, region: 4, country: 6 } as const;

/** Relationships that put a victim on a side: its officials, members, parts and leaders die for it. */
/** Lookups one export builds once, so it stays linear in the dataset's size. */
interface GedContext {
  readonly byId: ReadonlyMap<string, EntityRecord>;
  readonly places: LocationMemo;
  readonly sources: Map<string, DatasetRecord['sources'][number]>;
  /** `subject\0object` → index of the first stated side relationship (official, member, part, leader) between them. */
  readonly sideLinks: Map<string, number>;
}

const SIDE_PREDICATES: ReadonlySet<string> = new Set(['official-of', 'member-of', 'part-of', 'leader-of']);

const isStateSide = (p: ActorProfile | null): boolean =>
  p !== null && (p.actorClass === 'state' || p.actorClass === 'state-forces' || p.actorClass === 'government' || p.actorClass === 'multinational');
const isOrganisedNonState = (p: ActorProfile | null): boolean =>
  p !== null && (p.actorClass === 'militia' || p.actorClass === 'paramilitary' || p.actorClass === 'rebel');

/**
 * The report's events as UCDP GED rows: only organised violence with deaths the report counts,
 * the rest left out and listed with the reason.
 *
 * A row is written for a violent event (per `EVENT_TYPE_CROSSWALK`) that happened (`claimed`
 * too with `includeClaimed`), is one event rather than a series, has both ends of its date, two
 * sides UCDP would code (a state side makes it state-based, 1; two organised non-state sides,
 * non-state, 2; the report names no civilians as a side, so one-sided violence, 3, does not
 * arise from it) and at least one death the report supports. `best` is the report's best figure,
 * else its lowest supported one; `low` the lowest; `high` only when the report gives one. The
 * deaths go to `deaths_a` or `deaths_b` when every victim is a stated participant and is that
 * side or one of its officials, members, parts or leaders (by the dataset's stated
 * relationships), else to `deaths_unknown`. Side B is
 * the first target or victim that is a side UCDP codes (people are skipped: a killed leader is a
 * victim, his group the side). Inferred death figures and inferred sides are not reported ones:
 * such an event is left out.
 *
 * @param options - `dataset`, `events`, `includeClaimed`, `bom`.
 * @returns the columns, the rows and the omitted events.
 * @throws {TypeError} for an unknown option or a value of the wrong type.
 * @example
 * toUCDPGEDRows().rows.find((r) => r.relid === 'tower-22-drone-attack')?.deaths_a // => 3
 */
export function toUCDPGEDRows(options: UcdpGedOptions = {}): UcdpGedRows {
  const { data, events, flags } = readFormatOptions('toUCDPGEDRows', options, ['includeClaimed', 'bom']);
  const byId = new Map(data.entities.map((e) => [e.id, e]));
  const profile = actorProfiles(data);
  const ctx: GedContext = { byId, places: new Map(), sources: new Map(), sideLinks: new Map() };
  for (const s of data.sources) if (!ctx.sources.has(s.id)) ctx.sources.set(s.id, s);
  data.relationships.forEach((r, i) => {
    const key = `${r.subject}\u0000${r.object}`;
    if (SIDE_PREDICATES.has(r.predicate) && r.certainty === 'stated' && !ctx.sideLinks.has(key)) ctx.sideLinks.set(key, i);
  });
  const rows: UcdpGedRow[] = [];
  const omitted: OmittedEvent[] = [];
  for (const event of events) {
    const omit = (reason: OmittedEvent['reason'], detail: string): void => void omitted.push({ id: event.id, reason, detail });
    if (event.modality !== 'actual' && !(event.modality === 'claimed' && flags['includeClaimed'])) {
      omit('not-actual', `${event.modality}: it has not happened (UCDP records violence that took place)`);
      continue;
    }
    if (EVENT_TYPE_CROSSWALK[event.type]?.violent !== true) {
      omit('no-category', `'${event.type}' is not organised violence`);
      continue;
    }
    if (event.type === 'attack-campaign') {
      omit('series', 'a series of attacks recorded as one record; UCDP codes each event on its own');
      continue;
    }
    const date = parseEdtf(event.date);
    if (date.earliest === null || date.latest === null) {
      omit('date-too-coarse', `dated '${event.date}': UCDP needs a start and an end date`);
      continue;
    }
    const killed = supportedCount(event.casualties?.killed);
    if (killed.count === null || killed.count < 1) {
      omit('no-deaths', killed.inferred === null ? 'the report gives no count of deaths' : 'its death figure is inferred, not stated');
      continue;
    }
    const { actor1, actor2: main2 } = mainActors(event);
    let a = actor1 === null ? null : profile(actor1.entity);
    const isSide = (p: ActorProfile | null): boolean => isStateSide(p) || isOrganisedNonState(p);
    // A person (a killed leader) is no side: take the first target or victim that is one.
    const actor2 = isSide(main2 === null ? null : profile(main2.entity))
      ? main2
      : (ACTOR2_ROLES.flatMap((role) => event.participants.filter((p) => p.role === role && p.entity !== actor1?.entity)).find((p) => isSide(profile(p.entity))) ??
        main2);
    let b = actor2 === null ? null : profile(actor2.entity);
    let type: 1 | 2 | null = null;
    if (isStateSide(a) && (isStateSide(b) || isOrganisedNonState(b))) type = 1;
    else if (isOrganisedNonState(a) && isStateSide(b)) {
      type = 1;
      [a, b] = [b, a];
    } else if (isOrganisedNonState(a) && isOrganisedNonState(b)) type = 2;
    if (type === null || a === null || b === null) {
      omit('no-dyad', 'the report does not give two sides UCDP would code');
      continue;
    }
    const inferredSide = [actor1, actor2].find((p) => p !== null && (p.certainty ?? 'stated') !== 'stated');
    if (inferredSide != null) {
      omit('no-dyad', `${inferredSide.role} ${profile(inferredSide.entity)?.entity.name ?? inferredSide.entity} is ${inferredSide.certainty}, not stated: GED codes the sides the source gives`);
      continue;
    }
    rows.push(gedRow(event, date, type, a.entity, b.entity, killed.count, ctx));
  }
  return { columns: UCDP_GED_COLUMNS, rows, omitted };
}

function gedRow(
  event: EventRecord,
  date: ParsedDate,
  type: 1 | 2,
  sideA: EntityRecord,
  sideB: EntityRecord,
  low: number,
  ctx: GedContext,
): UcdpGedRow {
  const { byId } = ctx;
  const estimate = event.casualties?.killed;
  const best = estimate?.best ?? low;
  // A victim counts for a side when it is that side or the side's official, member, part or leader.
  const sideOf = (id: string): string => {
    if (id === sideA.id || id === sideB.id) return id;
    // the first such relationship in data order, as a scan would find it, but looked up by key
    const a = ctx.sideLinks.get(`${id}\u0000${sideA.id}`);
    const b = ctx.sideLinks.get(`${id}\u0000${sideB.id}`);
    return a === undefined ? (b === undefined ? id : sideB.id) : b === undefined || a < b ? sideA.id : sideB.id;
  };
  // An inferred victim is no reported side: its deaths stay unknown.
  const victims = [
    ...new Set(event.participants.filter((p) => p.role === 'victim').map((p) => ((p.certainty ?? 'stated') === 'stated' ? sideOf(p.entity) : `inferred:${p.entity}`))),
  ];
  const onlyVictim = victims.length === 1 ? victims[0] : undefined;
  const split =
    onlyVictim === sideA.id
      ? { a: best, b: 0, civilians: 0, unknown: 0 }
      : onlyVictim === sideB.id
        ? { a: 0, b: best, civilians: 0, unknown: 0 }
        : { a: null, b: null, civilians: null, unknown: best };
  const where = resolveLocation(event.location, byId, ctx.places);
  const located = where.located;
  const sources = event.evidence.map((ev) => ctx.sources.get(ev.source)).filter((s) => s !== undefined);
  const first = sources[0];
  const attributed = event.attributedTo === null ? null : (byId.get(event.attributedTo)?.name ?? event.attributedTo);
  const article = event.evidence
    .map((ev) => {
      const s = ctx.sources.get(ev.source);
      return `${s === undefined ? ev.source : `${s.publisher} ${s.published.slice(0, 10)} "${s.title}" ${s.url}`} paragraphs ${ev.paragraphs.join(', ')}${ev.claim === undefined ? '' : ` (for the ${ev.claim})`}`;
    })
    .join('; ');
  const row: Record<UcdpGedColumn, string | number | null> = {
    id: null,
    relid: event.id,
    year: Number(date.earliest!.slice(0, 4)),
    active_year: null,
    code_status: null,
    type_of_violence: type,
    conflict_dset_id: null,
    conflict_new_id: null,
    conflict_name: null,
    dyad_dset_id: null,
    dyad_new_id: null,
    dyad_name: `${sideA.name} - ${sideB.name}`,
    side_a_dset_id: null,
    side_a_new_id: null,
    side_a: sideA.name,
    side_b_dset_id: null,
    side_b_new_id: null,
    side_b: sideB.name,
    number_of_sources: new Set(event.evidence.map((ev) => ev.source)).size,
    source_article: article,
    source_office: first?.publisher ?? null,
    source_date: first?.published.slice(0, 10) ?? null,
    source_headline: first?.title ?? null,
    source_original: attributed ?? first?.publisher ?? null,
    where_prec: located === null ? null : WHERE_PREC[located.coordinates.precision],
    where_coordinates: located?.name ?? null,
    where_description: where.place?.name ?? null,
    adm_1: null,
    adm_2: null,
    latitude: located?.coordinates.lat ?? null,
    longitude: located?.coordinates.lon ?? null,
    geom_wkt: located === null ? null : `POINT (${located.coordinates.lon} ${located.coordinates.lat})`,
    priogrid_gid: null,
    country: where.country?.name ?? null,
    country_id: null,
    region: null,
    event_clarity: 1,
    date_prec: datePrecision(date),
    date_start: date.earliest,
    date_end: date.latest,
    deaths_a: split.a,
    deaths_b: split.b,
    deaths_civilians: split.civilians,
    deaths_unknown: split.unknown,
    best,
    high: estimate?.high ?? null,
    low,
    gwnoa: null,
    gwnob: null,
  };
  return row;
}
