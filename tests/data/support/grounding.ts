import type { DatasetRecord, EntityRecord, EventRecord } from '../../../src/schema/types.js';
import { firstMentioned, namesOf } from './names.js';

/** One grounding failure, phrased for a maintainer: which record, which paragraph, what was looked for. */
export type GroundingProblem = string;

type Evidence = EventRecord['evidence'];

/** How far (in paragraphs) a reference like "the militia" or "the mission" may sit from a cited paragraph that names it. */
const PASSAGE_REACH = 2;

/**
 * Checks the grounding rule over a whole dataset: each paragraph a record cites exists and names
 * what the record speaks of, or continues a passage the record cites — another cited paragraph at
 * most {@link PASSAGE_REACH} away names it (the report refers back with "the militia", "the
 * mission", "it") —
 * - an entity: its name, an alias, (for a state) a demonym, or the name of one of its members
 *   (a `member-of` relationship: "Sunni MPs" names the parliament they sit in);
 * - an event: one of its participants, its location or the place that location lies `within`;
 * - a relationship: its subject or its object;
 * - an event link: anything that grounds its `from` or its `to` event.
 *
 * A citation limited to one claim is checked against that claim instead (see {@link dateClaimProblem}):
 * - `claim: 'date'`: the paragraph gives a date expression (a year, a decade, a month, a month and
 *   day) that one of the record's date bounds rests on — an event's `date`, a relationship's
 *   `valid`, the dates written in an entity's description, an event link's two events' dates;
 * - `claim: 'location'`: the paragraph names the record's location (or the place it lies within) by
 *   its name or an alias — a demonym ("Iraqi forces") does not say where something is.
 *
 * @param data - the dataset.
 * @param paragraphsOf - the paragraphs of each source, by source id (index 0 = paragraph 1).
 * @returns every problem found; empty when all is grounded.
 */
export function groundingProblems(
  data: DatasetRecord,
  paragraphsOf: ReadonlyMap<string, readonly string[]>,
): { entities: GroundingProblem[]; events: GroundingProblem[]; relationships: GroundingProblem[]; eventLinks: GroundingProblem[] } {
  const entityById = new Map<string, EntityRecord>(data.entities.map((e) => [e.id, e]));
  const eventById = new Map<string, EventRecord>(data.events.map((e) => [e.id, e]));

  const entityNames = (id: string | undefined, missing: string[]): string[] => {
    if (id === undefined) return [];
    const entity = entityById.get(id);
    if (entity === undefined) {
      missing.push(id);
      return [];
    }
    return namesOf(entity);
  };

  const eventNeedles = (event: EventRecord, missing: string[]): string[] => {
    const location = event.location === undefined ? undefined : entityById.get(event.location);
    return [
      ...event.participants.flatMap((p) => entityNames(p.entity, missing)),
      ...entityNames(event.location, missing),
      ...entityNames(location?.within, missing),
    ];
  };

  const check = (
    kind: string,
    id: string,
    evidence: Evidence,
    needles: readonly string[],
    missing: readonly string[],
    claims: { readonly dates: readonly string[]; readonly places: readonly string[] } = { dates: [], places: [] },
  ): GroundingProblem[] => {
    const problems: GroundingProblem[] = missing.map((m) => `${kind} ${id}: refers to unknown id '${m}'`);
    const unique = [...new Set(needles)];
    for (const ev of evidence) {
      const paragraphs = paragraphsOf.get(ev.source);
      if (paragraphs === undefined) {
        problems.push(`${kind} ${id}: cites source '${ev.source}', whose text is not available`);
        continue;
      }
      const names = (p: number): boolean => {
        const text = paragraphs[p - 1];
        return text !== undefined && firstMentioned(text, unique) !== undefined;
      };
      const published = data.sources.find((s) => s.id === ev.source)?.published.slice(0, 10);
      for (const p of ev.paragraphs) {
        const text = paragraphs[p - 1];
        if (text === undefined) {
          problems.push(`${kind} ${id}: cites paragraph ${p} of ${ev.source}, which has only ${paragraphs.length}`);
        } else if (ev.claim === 'date') {
          const problem = dateClaimProblem(text, claims.dates, published);
          if (problem !== undefined) problems.push(`${kind} ${id}: paragraph ${p} of ${ev.source}, cited for the date, ${problem}`);
        } else if (ev.claim === 'location') {
          const places = [...new Set(claims.places)];
          if (firstMentioned(text, places) === undefined) {
            problems.push(
              `${kind} ${id}: paragraph ${p} of ${ev.source}, cited for the location, names none of ${places.length === 0 ? '(no place: the record has no location)' : places.map((n) => `"${n}"`).join(', ')}`,
            );
          }
        } else if (!names(p) && !ev.paragraphs.some((q) => q !== p && Math.abs(q - p) <= PASSAGE_REACH && names(q))) {
          const excerpt = text.length > 70 ? `${text.slice(0, 70)}…` : text;
          problems.push(
            `${kind} ${id}: paragraph ${p} of ${ev.source} ("${excerpt}") names none of ${unique.length === 0 ? '(no names)' : unique.map((n) => `"${n}"`).join(', ')}`,
          );
        }
      }
    }
    return problems;
  };

  const memberNames = new Map<string, string[]>();
  for (const r of data.relationships) {
    if (r.predicate !== 'member-of') continue;
    const member = entityById.get(r.subject);
    if (member !== undefined) memberNames.set(r.object, [...(memberNames.get(r.object) ?? []), ...namesOf(member)]);
  }
  const entities = data.entities.flatMap((e) =>
    check('entity', e.id, e.evidence, [...namesOf(e), ...(memberNames.get(e.id) ?? [])], [], {
      dates: [e.description],
      places: [e.within === undefined ? undefined : entityById.get(e.within)].flatMap((l) => (l === undefined ? [] : [l.name, ...l.aliases])),
    }),
  );
  const events = data.events.flatMap((e) => {
    const missing: string[] = [];
    const location = e.location === undefined ? undefined : entityById.get(e.location);
    return check('event', e.id, e.evidence, eventNeedles(e, missing), missing, {
      dates: [e.date],
      places: [location, location?.within === undefined ? undefined : entityById.get(location.within)].flatMap((l) => (l === undefined ? [] : [l.name, ...l.aliases])),
    });
  });
  const relationships = data.relationships.flatMap((r) => {
    const missing: string[] = [];
    const needles = [...entityNames(r.subject, missing), ...entityNames(r.object, missing)];
    return check('relationship', r.id, r.evidence, needles, missing, { dates: r.valid === undefined ? [] : [r.valid], places: [] });
  });
  const eventLinks = data.eventLinks.flatMap((l) => {
    const missing: string[] = [];
    const needles = [l.from, l.to].flatMap((id) => {
      const event = eventById.get(id);
      if (event === undefined) {
        missing.push(id);
        return [];
      }
      return eventNeedles(event, missing);
    });
    const dates = [l.from, l.to].flatMap((id) => {
      const event = eventById.get(id);
      return event === undefined ? [] : [event.date];
    });
    return check('event link', l.id, l.evidence, needles, missing, { dates, places: [] });
  });
  return { entities, events, relationships, eventLinks };
}

/** Month names as written in English prose, capitalised (so the verb "may" is no month). */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH = MONTHS.join('|');

/** A point a date rests on, as precise as it is written: a year range (a decade is ten years), maybe a month, maybe a day. */
interface DatePoint {
  readonly years?: readonly [number, number];
  readonly month?: number;
  readonly day?: number;
  readonly text: string;
}

/** Every absolute date expression in a piece of English text: "2020", "the early 1990s", "late January", "October 7", "1 April 2024", "June 09, 2024". */
function dateExpressions(text: string): DatePoint[] {
  const found: DatePoint[] = [];
  const monthFirst = new RegExp(`\\b(${MONTH})(?:\\s+(\\d{1,2})(?!\\d))?(?:,?\\s+((?:1[89]|20)\\d\\d))?\\b`, 'g');
  for (const m of text.matchAll(monthFirst)) {
    const year = m[3] === undefined ? undefined : Number(m[3]);
    found.push({
      month: MONTHS.indexOf(m[1]!) + 1,
      ...(m[2] === undefined ? {} : { day: Number(m[2]) }),
      ...(year === undefined ? {} : { years: [year, year] as const }),
      text: m[0],
    });
  }
  for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2})\\s+(${MONTH})\\b`, 'g'))) {
    found.push({ month: MONTHS.indexOf(m[2]!) + 1, day: Number(m[1]), text: m[0] });
  }
  for (const m of text.matchAll(/\b((?:1[89]|20)\d\d)(s)?\b/g)) {
    const year = Number(m[1]);
    found.push({ years: m[2] === undefined ? [year, year] : [year, year + 9], text: m[0] });
  }
  return found;
}

/** The date bounds of an EDTF date or interval ("2023-10-07/2024-06-09", "/2020", "2014-09~/2014-12"), without the report's own date closing an interval. */
function edtfBounds(edtf: string, published: string | undefined): DatePoint[] {
  const sides = edtf.split('/');
  return sides.flatMap((side): DatePoint[] => {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(side.replace(/^[~?%]+/, ''));
    if (m === null) return [];
    if (sides.length > 1 && side.slice(0, 10) === published) return [];
    const year = Number(m[1]);
    return [{ years: [year, year], ...(m[2] === undefined ? {} : { month: Number(m[2]) }), ...(m[3] === undefined ? {} : { day: Number(m[3]) }), text: side }];
  });
}

/** Whether a date expression in a paragraph gives (part of) a bound: the same year, or the same month (and day, when both have one). */
function gives(expr: DatePoint, bound: DatePoint): boolean {
  if (expr.month !== undefined) {
    if (bound.month !== expr.month) return false;
    if (expr.day !== undefined && bound.day !== undefined && expr.day !== bound.day) return false;
    return expr.years === undefined || bound.years === undefined || expr.years[0] === bound.years[0];
  }
  return expr.years !== undefined && bound.years !== undefined && bound.years[0] >= expr.years[0] && bound.years[0] <= expr.years[1];
}

/** Year, month and day of a `YYYY-MM-DD` date. */
function ymd(iso: string): [number, number, number] {
  const [y = 0, m = 0, d = 0] = iso.split('-').map(Number);
  return [y, m, d];
}

/** Whether a date expression is the report's own date in full ("June 09, 2024": the dateline). */
function isReportDate(expr: DatePoint, published: string): boolean {
  const [y, m, d] = ymd(published);
  return expr.years?.[0] === y && expr.month === m && expr.day === d;
}

/**
 * Whether a bound rests on the report's date: it is that date; or it is a month (and day) whose
 * year is the one the report's date gives it — the latest such month and day on or before the
 * report's date ("October 7" in a report of June 2024 is 2023-10-07, "January" is 2024-01); or,
 * written without a year, it takes its year that way; or it is the report's year alone.
 */
function restsOnReportDate(bound: DatePoint, published: string): boolean {
  const [y, m, d] = ymd(published);
  if (bound.month === undefined) return bound.years !== undefined && bound.years[0] === y && bound.years[1] === y;
  const year = bound.month < m || (bound.month === m && (bound.day ?? 1) <= d) ? y : y - 1;
  return bound.years === undefined || bound.years[0] === year;
}

/**
 * Why a paragraph cited with `claim: 'date'` does not support the record's date, or `undefined`
 * when it does: the paragraph must hold a date expression that one of the record's date bounds
 * rests on. A relative expression ("Since that strike", "That month", "later") is not enough: a
 * date citation points at the paragraph that gives the absolute date the relative words refer to.
 *
 * @param text - the cited paragraph.
 * @param dates - the record's dates: EDTF strings, or (for an entity) its description, read for
 *   written dates ("January 2024", "before 2020").
 * The paragraph that gives the report's own date in full (its dateline, "June 09, 2024") is the
 * one exception: it supports a bound that is the report's date (an interval closing on it
 * included) or takes its year from it ("October 7" → 2023, "January" → 2024), and no other.
 *
 * @param published - the source's date (YYYY-MM-DD); an interval closing on it rests on the
 *   report's date, not on a paragraph, so only the dateline is accepted for that bound.
 */
export function dateClaimProblem(text: string, dates: readonly string[], published: string | undefined): string | undefined {
  const isEdtf = (d: string): boolean => /^[\d~?%./-]*$/.test(d);
  const bounds = dates.flatMap((d) => (isEdtf(d) ? edtfBounds(d, published) : dateExpressions(d)));
  const exprs = dateExpressions(text);
  if (published !== undefined && exprs.some((x) => isReportDate(x, published))) {
    // The dateline: it supports every bound that is the report's date (an interval closing on it
    // included) or takes its year from it — and nothing else.
    const all = dates.flatMap((d) => (isEdtf(d) ? edtfBounds(d, undefined) : dateExpressions(d)));
    if (all.some((b) => restsOnReportDate(b, published))) return undefined;
  }
  if (bounds.length === 0) return 'is for a record with no date';
  if (exprs.length === 0) return 'gives no date';
  if (exprs.some((x) => bounds.some((b) => gives(x, b)))) return undefined;
  return `gives ${exprs.map((x) => `"${x.text}"`).join(', ')}, none of which the record's date (${bounds.map((b) => b.text).join(', ')}) rests on`;
}
