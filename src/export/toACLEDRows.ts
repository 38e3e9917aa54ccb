// ACLED-shaped rows. Column list, codes and rules from the ACLED Codebook (Armed Conflict Location
// & Event Data, "ACLED Codebook", 2023 and 7 October 2024 editions,
// https://acleddata.com/knowledge-base/codebook/): event and sub-event types, the "inter" actor
// type codes 1–8 and the two-digit interaction code (lower code first; a sole actor gives its code
// times ten), time precision 1–3, geo precision 1–3, and the conservative fatality rule (ACLED
// knowledge base, "Fatalities", 2024). The mapping is ours; see README "ACLED, UCDP GED and PLOVER".
import { parseEdtf } from '../dates/parseEdtf.js';
import type { ParsedDate } from '../dates/types.js';
import type { DatasetRecord, EntityRecord, EventRecord } from '../schema/types.js';
import { EVENT_TYPE_CROSSWALK } from '../vocab/events.js';
import { ACLED_COLUMNS, type AcledColumn } from './acledColumns.js';
import { actorProfiles, type ActorProfile } from './actorProfiles.js';
import { citeEvidence } from './citeEvidence.js';
import { mainActors } from './mainActors.js';
import type { OmittedEvent } from './OmittedEvent.js';
import { readFormatOptions } from './readFormatOptions.js';
import { resolveLocation, type LocationMemo } from './resolveLocation.js';
import { supportedCount } from './supportedCount.js';

/** Options of {@link toACLEDRows} and {@link toACLED}. */
export interface AcledOptions {
  /** The dataset to export (default: the bundled report). */
  readonly dataset?: DatasetRecord;
  /** Only these events (e.g. a query's result); the rules below still apply to each. */
  readonly events?: readonly EventRecord[];
  /** Also export `claimed` events (a party says it happened, the source does not confirm); default false. */
  readonly includeClaimed?: boolean;
  /** Write 0 in `fatalities` where the report gives no count, as ACLED itself does; default false (empty cell). */
  readonly unknownFatalitiesAsZero?: boolean;
  /** Prefix a UTF-8 byte order mark ({@link toACLED} only); default false. */
  readonly bom?: boolean;
}

/** One ACLED row: a value per column, `null` for an empty cell. */
export type AcledRow = { readonly [C in AcledColumn]: string | number | null };

/** ACLED rows with the events left out and why. */
export interface AcledRows {
  readonly columns: typeof ACLED_COLUMNS;
  readonly rows: readonly AcledRow[];
  readonly omitted: readonly OmittedEvent[];
}

/** What every row of one export shares: lookups built once, so the export is linear in the dataset's size. */
interface RowContext {
  readonly data: DatasetRecord;
  readonly byId: ReadonlyMap<string, EntityRecord>;
  readonly profile: ReturnType<typeof actorProfiles>;
  readonly places: LocationMemo;
  readonly sources: ReadonlyMap<string, DatasetRecord['sources'][number]>;
}

/** The sources by id; the first of a duplicated id wins, as `Array.find` would. */
const sourcesById = (data: DatasetRecord): ReadonlyMap<string, DatasetRecord['sources'][number]> => {
  const map = new Map<string, DatasetRecord['sources'][number]>();
  for (const s of data.sources) if (!map.has(s.id)) map.set(s.id, s);
  return map;
};

const MS_PER_DAY = 86_400_000;
const isoDay = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** ACLED's time precision: 1 a day, 2 a span of up to a week, 3 a span within one calendar month; `null` when coarser. */
function timePrecision(d: ParsedDate): 1 | 2 | 3 | null {
  if (d.earliest === null || d.latest === null) return null;
  const span = d.latestDay - d.earliestDay;
  if (span === 0) return 1;
  if (span <= 6) return 2;
  if (d.earliest.slice(0, 7) === d.latest.slice(0, 7)) return 3;
  return null;
}

const DISORDER: Readonly<Record<string, string>> = {
  Battles: 'Political violence',
  'Explosions/Remote violence': 'Political violence',
  'Violence against civilians': 'Political violence',
  Protests: 'Demonstrations',
  Riots: 'Demonstrations',
  'Strategic developments': 'Strategic developments',
};

/** ACLED inter code of an actor in an event located in `country` (1 state forces at home, 8 abroad). */
function interCode(p: ActorProfile | null, country: EntityRecord | null): number | null {
  if (p === null) return null;
  switch (p.actorClass) {
    case 'state':
    case 'state-forces':
    case 'government':
      if (p.homeState === null || country === null) return null;
      return p.homeState.id === country.id ? 1 : 8;
    case 'rebel':
      return 2;
    case 'militia':
    case 'paramilitary':
      return 3;
    case 'multinational':
      return 8;
    default:
      return null;
  }
}

/**
 * The report's events as ACLED rows, with the events ACLED would not record left out and listed.
 *
 * A row is written for an event that happened (`modality: 'actual'`; `claimed` too with
 * `includeClaimed`), has an ACLED event type in the crosswalk (`EVENT_TYPE_CROSSWALK`), is one
 * event rather than a series (`attack-campaign`), and is dated to a day, a week or a calendar
 * month (ACLED's time precision 1–3). Every other event is in `omitted` with its reason: no
 * threat, expected or conditional event is ever a row.
 *
 * `fatalities` is the lowest figure the report supports (an estimate's `low`, else `best`; never
 * `high` alone); where the report gives no count the cell is empty, not 0 (ACLED writes 0 for
 * unknown: ask for that with `unknownFatalitiesAsZero`). Inferred figures are not reported ones:
 * they stay out of `fatalities` and are named in `notes`.
 *
 * @param options - `dataset`, `events`, `includeClaimed`, `unknownFatalitiesAsZero`, `bom`.
 * @returns the columns, the rows and the omitted events.
 * @throws {TypeError} for an unknown option or a value of the wrong type.
 * @example
 * toACLEDRows().rows.find((r) => r.event_id_cnty === 'tower-22-drone-attack')?.fatalities // => 3
 */
export function toACLEDRows(options: AcledOptions = {}): AcledRows {
  const { data, events, flags } = readFormatOptions('toACLEDRows', options, ['includeClaimed', 'unknownFatalitiesAsZero', 'bom']);
  const byId = new Map(data.entities.map((e) => [e.id, e]));
  const profile = actorProfiles(data);
  const ctx: RowContext = { data, byId, profile, places: new Map(), sources: sourcesById(data) };
  const rows: AcledRow[] = [];
  const omitted: OmittedEvent[] = [];
  for (const event of events) {
    const omit = (reason: OmittedEvent['reason'], detail: string): void => void omitted.push({ id: event.id, reason, detail });
    if (event.modality !== 'actual' && !(event.modality === 'claimed' && flags['includeClaimed'])) {
      omit('not-actual', `${event.modality}: it has not happened (ACLED records events that took place)`);
      continue;
    }
    const acled = EVENT_TYPE_CROSSWALK[event.type]?.acled ?? null;
    if (acled === null) {
      omit('no-category', `ACLED has no event type for '${event.type}'`);
      continue;
    }
    if (event.type === 'attack-campaign') {
      omit('series', 'a series of attacks recorded as one record; ACLED codes each attack as its own event');
      continue;
    }
    const date = parseEdtf(event.date);
    const precision = timePrecision(date);
    if (precision === null) {
      omit('date-too-coarse', `dated '${event.date}': ACLED needs a day, a week or a calendar month`);
      continue;
    }
    rows.push(acledRow(event, date, precision, acled, ctx, flags['unknownFatalitiesAsZero'] === true));
  }
  return { columns: ACLED_COLUMNS, rows, omitted };
}

function acledRow(
  event: EventRecord,
  date: ParsedDate,
  precision: 1 | 2 | 3,
  acled: { readonly eventType: string; readonly subEventType: string | null },
  ctx: RowContext,
  zeroForUnknown: boolean,
): AcledRow {
  const { byId, profile } = ctx;
  const where = resolveLocation(event.location, byId, ctx.places);
  const { actor1, actor2 } = mainActors(event);
  const p1 = actor1 === null ? null : profile(actor1.entity);
  const p2 = actor2 === null ? null : profile(actor2.entity);
  const inter1 = actor1 === null ? null : interCode(p1, where.country);
  const inter2 = actor2 === null ? null : interCode(p2, where.country);
  const interaction =
    inter1 === null ? null : actor2 === null ? inter1 * 10 : inter2 === null ? null : Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
  const assoc = (main: typeof actor1, others: readonly (typeof actor1)[]): string | null => {
    if (main === null) return null;
    const names = event.participants
      .filter((p) => p.role === main.role && p.entity !== main.entity && !others.some((o) => o?.entity === p.entity))
      .map((p) => byId.get(p.entity))
      .filter((e): e is EntityRecord => e !== undefined && e.kind !== 'person' && e.kind !== 'place')
      .map((e) => e.name);
    return names.length === 0 ? null : [...new Set(names)].join('; ');
  };
  const killed = supportedCount(event.casualties?.killed);
  const located = where.located !== null && where.located.coordinates.precision !== 'country' ? where.located : null;
  const geo = located === null ? null : { site: 1, city: 1, region: 3, country: null }[located.coordinates.precision];
  const eventDate = isoDay(date.earliestDay + Math.floor((date.latestDay - date.earliestDay) / 2));
  const notes = [
    event.summary,
    precision === 1 ? null : `Date: ${event.date}${event.dateText === undefined ? '' : ` ("${event.dateText}")`}, ${date.earliest} to ${date.latest}; the event date is its midpoint.`,
    event.modality === 'claimed' ? 'Claimed; the source does not confirm it.' : null,
    ...event.participants.filter((p) => p.role === 'claimant').map((p) => `${byId.get(p.entity)?.name ?? p.entity} claimed it.`),
    ...[actor1, actor2]
      .filter((p) => p !== null && p.certainty === 'inferred')
      .map((p) => `${byId.get(p!.entity)?.name ?? p!.entity} as ${p!.role} is inferred, not stated.`),
    event.casualties?.killed?.text === undefined ? null : `Deaths as reported: ${event.casualties.killed.text}.`,
    killed.inferred === null ? null : `An inferred death figure (${killed.inferred}) is left out of fatalities: the report does not state it.`,
    where.place !== null && located === null && where.country !== null ? `Located only in ${where.country.name}.` : null,
    (event as { readonly locationCertainty?: unknown }).locationCertainty === 'inferred' ? 'The location is inferred, not stated.' : null,
    `Source: ${citeEvidence(event, ctx.sources)}.`,
  ]
    .filter((x): x is string => x !== null)
    .join(' ');
  const publishers = [...new Set(event.evidence.map((ev) => ctx.sources.get(ev.source)?.publisher ?? ev.source))];
  const row: Record<AcledColumn, string | number | null> = {
    event_id_cnty: event.id,
    event_date: eventDate,
    year: Number(eventDate.slice(0, 4)),
    time_precision: precision,
    disorder_type: DISORDER[acled.eventType] ?? null,
    event_type: acled.eventType,
    sub_event_type: acled.subEventType,
    actor1: actor1 === null ? null : (byId.get(actor1.entity)?.name ?? null),
    assoc_actor_1: assoc(actor1, [actor2]),
    inter1,
    actor2: actor2 === null ? null : (byId.get(actor2.entity)?.name ?? null),
    assoc_actor_2: assoc(actor2, [actor1]),
    inter2,
    interaction,
    civilian_targeting: null,
    iso: null,
    region: null,
    country: where.country?.name ?? null,
    admin1: null,
    admin2: null,
    admin3: null,
    location: where.place !== null && where.place.kind !== 'state' ? where.place.name : null,
    latitude: located?.coordinates.lat ?? null,
    longitude: located?.coordinates.lon ?? null,
    geo_precision: geo ?? null,
    source: publishers.join('; '),
    source_scale: null,
    notes,
    fatalities: killed.count ?? (zeroForUnknown ? 0 : null),
    tags: null,
    timestamp: null,
  };
  return row;
}
