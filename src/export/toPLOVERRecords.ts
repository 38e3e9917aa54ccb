// PLOVER event records. Field names, event categories, modes, contexts, quad codes, actor codes
// and sectors from "PLOVER: Political Language Ontology for Verifiable Event Records. Event,
// Actor and Data Interchange Specification", Open Event Data Alliance, draft version 0.7b1
// (https://github.com/openeventdata/PLOVER, PLOVER_MANUAL), as used by the POLECAT dataset
// (which names DEMAND "REQUEST", as our crosswalk does). The mapping is ours; see README
// "ACLED, UCDP GED and PLOVER".
import { parseEdtf } from '../dates/parseEdtf.js';
import type { DatasetRecord, EventRecord } from '../schema/types.js';
import { EVENT_TYPE_CROSSWALK, type PloverCategory, type Role } from '../vocab/events.js';
import { actorProfiles, type ActorProfile } from './actorProfiles.js';
import type { OmittedEvent } from './OmittedEvent.js';
import { readFormatOptions } from './readFormatOptions.js';
import { resolveLocation, type LocationMemo } from './resolveLocation.js';
import { supportedCount } from './supportedCount.js';

/** Options of {@link toPLOVERRecords} and {@link toPLOVER}. */
export interface PloverOptions {
  /** The dataset to export (default: the bundled report). */
  readonly dataset?: DatasetRecord;
  /** Only these events (e.g. a query's result). */
  readonly events?: readonly EventRecord[];
}

/** A PLOVER actor object: country or non-state code, sector, and our id and name as the identifier. */
export interface PloverActor {
  readonly code?: string;
  readonly sector?: string;
  readonly identifier_id: string;
  readonly identifier_text: string;
  /** Our extension: the participant's role in the event. */
  readonly role: Role;
}

/** A PLOVER location object (GeoNames field names). */
export interface PloverLocation {
  readonly name: string;
  readonly latitude?: number;
  readonly longitude?: number;
  readonly 'country code'?: string;
  readonly cc3?: string;
  /** Our extension: what the point stands for (`site`, `city`, `region`, `country`). */
  readonly coordinate_precision?: string;
}

/** One PLOVER event record, with our extensions (`modality`, `date_edtf`, `evidence`, …) after the spec's fields. */
export interface PloverRecord {
  readonly id: string;
  readonly date: string;
  readonly enddate?: string;
  readonly source: readonly PloverActor[];
  readonly recipient?: readonly PloverActor[];
  readonly event: readonly PloverCategory[];
  readonly mode?: readonly string[];
  readonly context?: readonly string[];
  readonly event_loc?: PloverLocation;
  readonly quad_code: 1 | 2 | 3 | 4;
  readonly dead?: number;
  readonly injured?: number;
  readonly comment: string;
  readonly cite_info: {
    readonly url: string;
    readonly title: string;
    readonly language: string;
    readonly publication: string;
    readonly citation: string;
    readonly codebook: string;
  };
  readonly coder: string;
  readonly modality: EventRecord['modality'];
  readonly date_edtf: string;
  /** Our extension: `true` when the report gives no start, so `date` is the latest day the event may fall on. */
  readonly date_is_upper_bound?: true;
  readonly condition?: string;
  readonly attributed_to?: string;
  readonly evidence: EventRecord['evidence'];
}

/** PLOVER records with the events left out and why. */
export interface PloverRecords {
  readonly records: readonly PloverRecord[];
  readonly omitted: readonly OmittedEvent[];
}

const QUAD: Readonly<Record<PloverCategory, 1 | 2 | 3 | 4>> = {
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  CONCEDE: 1,
  COOPERATE: 2,
  AID: 2,
  RETREAT: 2,
  REQUEST: 3,
  ACCUSE: 3,
  REJECT: 3,
  SANCTION: 3,
  THREATEN: 3,
  PROTEST: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
};

const SOURCE_ROLES: readonly Role[] = ['perpetrator', 'claimant', 'speaker', 'subject', 'negotiating-party'];
const RECIPIENT_ROLES: readonly Role[] = ['target', 'victim', 'addressee', 'joined'];

function sectorOf(p: ActorProfile): string | undefined {
  switch (p.actorClass) {
    case 'state-forces':
      return 'MIL';
    case 'government':
      return 'GOV';
    case 'paramilitary':
      return 'PRM';
    case 'rebel':
      return 'REB';
    case 'media':
      return 'JRN';
    case 'legislators':
      return 'LEG';
    case 'multinational':
      return 'MIL';
    case 'person':
      return p.entity.subtype === 'spokesperson' ? 'ELI' : p.entity.subtype === 'military-officer' ? 'MIL' : undefined;
    default:
      return undefined;
  }
}

function actorOf(id: string, role: Role, profile: (id: string) => ActorProfile | null): PloverActor {
  const p = profile(id);
  if (p === null) return { identifier_id: id, identifier_text: id, role };
  const code = p.homeState?.iso?.alpha3 ?? (p.actorClass === 'multinational' ? 'IGO' : undefined);
  const sector = sectorOf(p);
  return { ...(code === undefined ? {} : { code }), ...(sector === undefined ? {} : { sector }), identifier_id: id, identifier_text: p.entity.name, role };
}

/**
 * The report's events as PLOVER event records, threats included: PLOVER has a category for them
 * (THREATEN, mode `violence`), and marks what has not happened with the contexts `future`
 * (expected) and `hypothetical` (conditional). Our `modality` is kept on every record.
 *
 * An event is left out (and listed in `omitted`) when PLOVER has no category for its type
 * (statements, formations), when neither end of its date is bounded (PLOVER's `date` is
 * required), or when no participant can be its source actor. `date` is the first day the event
 * may fall on and `enddate` the last; when the report gives no start, `date` is the last day
 * (for most such events, the report's own date, as news-coded event data dates an undated event
 * by its story) and `date_is_upper_bound: true` says so; `date_edtf` keeps the EDTF date as stored.
 *
 * `source` holds perpetrators, claimants, speakers, subjects
 * and negotiating parties (all participants when none of these, as PLOVER codes two-sided
 * violence); `recipient` holds targets, victims, addressees and joined organisations.
 *
 * @param options - `dataset`, `events`.
 * @returns the records and the omitted events.
 * @throws {TypeError} for an unknown option or a value of the wrong type.
 * @example
 * toPLOVERRecords().records.find((r) => r.id === 'nujaba-conditional-threat')?.context // => ['military', 'hypothetical']
 * toPLOVERRecords().records.find((r) => r.id === 'kss-warning-2024-06-09')?.event // => ['THREATEN']
 */
export function toPLOVERRecords(options: PloverOptions = {}): PloverRecords {
  const { data, events } = readFormatOptions('toPLOVERRecords', options, []);
  const byId = new Map(data.entities.map((e) => [e.id, e]));
  const profile = actorProfiles(data);
  const places: LocationMemo = new Map();
  const sources = new Map<string, DatasetRecord['sources'][number]>();
  for (const s of data.sources) if (!sources.has(s.id)) sources.set(s.id, s);
  const records: PloverRecord[] = [];
  const omitted: OmittedEvent[] = [];
  for (const event of events) {
    const omit = (reason: OmittedEvent['reason'], detail: string): void => void omitted.push({ id: event.id, reason, detail });
    const category = EVENT_TYPE_CROSSWALK[event.type]?.plover ?? null;
    if (category === null) {
      omit('no-category', `PLOVER has no category for '${event.type}'`);
      continue;
    }
    const date = parseEdtf(event.date);
    const day = date.earliest ?? date.latest;
    if (day === null) {
      omit('date-too-coarse', `dated '${event.date}': no bounded end, and PLOVER's date is required`);
      continue;
    }
    const pick = (roles: readonly Role[]): PloverActor[] => {
      const seen = new Set<string>();
      return event.participants
        .filter((p) => roles.includes(p.role) && !seen.has(p.entity) && seen.add(p.entity))
        .map((p) => actorOf(p.entity, p.role, profile));
    };
    let source = pick(SOURCE_ROLES);
    if (source.length === 0) source = pick(['participant']);
    if (source.length === 0) {
      omit('no-dyad', 'the report names no one who did it (PLOVER needs a source actor)');
      continue;
    }
    const taken = new Set(source.map((a) => a.identifier_id));
    const recipient = pick(RECIPIENT_ROLES).filter((a) => !taken.has(a.identifier_id));
    const context = [
      ...(EVENT_TYPE_CROSSWALK[event.type].violent || event.type === 'threat' || event.type === 'military-mission' ? ['military'] : []),
      ...(event.modality === 'expected' ? ['future'] : event.modality === 'conditional' ? ['hypothetical'] : []),
    ];
    const where = resolveLocation(event.location, byId, places);
    const dead = supportedCount(event.casualties?.killed).count;
    const injured = supportedCount(event.casualties?.wounded).count;
    const firstSource = event.evidence[0]?.source;
    const first = firstSource === undefined ? undefined : sources.get(firstSource);
    const record: PloverRecord = {
      id: event.id,
      date: day,
      ...(date.earliest !== null && date.latest !== null && date.latest !== date.earliest ? { enddate: date.latest } : {}),
      ...(date.earliest === null ? { date_is_upper_bound: true } : {}),
      source,
      ...(recipient.length === 0 ? {} : { recipient }),
      event: [category],
      ...(event.type === 'threat' ? { mode: ['violence'] } : {}),
      ...(context.length === 0 ? {} : { context }),
      ...(where.place === null
        ? {}
        : {
            event_loc: {
              name: where.place.name,
              ...(where.located === null
                ? {}
                : { latitude: where.located.coordinates.lat, longitude: where.located.coordinates.lon, coordinate_precision: where.located.coordinates.precision }),
              ...(where.country?.iso === undefined ? {} : { 'country code': where.country.iso.alpha2, cc3: where.country.iso.alpha3 }),
            },
          }),
      quad_code: QUAD[category],
      ...(dead === null ? {} : { dead }),
      ...(injured === null ? {} : { injured }),
      comment: event.summary,
      cite_info: {
        url: first?.url ?? '',
        title: first?.title ?? '',
        language: first?.language ?? '',
        publication: first?.publisher ?? '',
        citation: event.evidence.map((ev) => `${ev.source} paragraphs ${ev.paragraphs.join(', ')}${ev.claim === undefined ? '' : ` (for the ${ev.claim})`}`).join('; '),
        codebook: 'PLOVER 0.7b1',
      },
      coder: 'iraq-militias (hand-coded from the report)',
      modality: event.modality,
      date_edtf: event.date,
      ...(event.condition === undefined ? {} : { condition: event.condition }),
      ...(event.attributedTo === null ? {} : { attributed_to: event.attributedTo }),
      evidence: event.evidence,
    };
    records.push(record);
  }
  return { records, omitted };
}
