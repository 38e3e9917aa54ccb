import { DateFormatError } from '../errors/DateFormatError.js';
import { describeValue } from '../errors/describeValue.js';
import type { DatePoint, DatePrecision, IntervalEnd, ParsedDate } from './types.js';

const POINT = /^(\d{4}|\d{3}X|\d{2}XX)(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;
const PRECISION_RANK: Readonly<Record<DatePrecision, number>> = { day: 0, month: 1, year: 2, decade: 3, century: 4 };
const MS_PER_DAY = 86_400_000;
/** Longer than any accepted form (`'2024-01-21%/2024-01-31%'` has 23 characters). */
const MAX_LENGTH = 64;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the proleptic Gregorian calendar (the calendar of `Date`). */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

function dayNumber(iso: string): number {
  const d = new Date(`${iso}T00:00:00Z`);
  return Math.round(d.getTime() / MS_PER_DAY);
}

function parsePoint(text: string, whole: string): DatePoint {
  const m = POINT.exec(text);
  if (!m) throw new DateFormatError(whole, `'${whole}' is not an accepted date`);
  const [, yearPart = '', monthPart, dayPart, qualifier] = m;
  const approximate = qualifier === '~' || qualifier === '%';
  const uncertain = qualifier === '?' || qualifier === '%';
  if (yearPart.includes('X')) {
    if (monthPart !== undefined) throw new DateFormatError(whole, `'${whole}' gives a month inside a decade or century`);
    const width = yearPart.indexOf('X');
    const span = 10 ** (4 - width);
    const first = Number(yearPart.slice(0, width)) * span;
    return {
      text,
      precision: width === 3 ? 'decade' : 'century',
      earliest: `${pad(first, 4)}-01-01`,
      latest: `${pad(first + span - 1, 4)}-12-31`,
      approximate,
      uncertain,
    };
  }
  const year = Number(yearPart);
  if (monthPart === undefined) {
    return { text, precision: 'year', earliest: `${yearPart}-01-01`, latest: `${yearPart}-12-31`, approximate, uncertain };
  }
  const month = Number(monthPart);
  if (month < 1 || month > 12) throw new DateFormatError(whole, `'${whole}' has month ${monthPart}, not 01–12`);
  const last = daysInMonth(year, month);
  if (dayPart === undefined) {
    return {
      text,
      precision: 'month',
      earliest: `${yearPart}-${monthPart}-01`,
      latest: `${yearPart}-${monthPart}-${pad(last, 2)}`,
      approximate,
      uncertain,
    };
  }
  const day = Number(dayPart);
  if (day < 1 || day > last) {
    throw new DateFormatError(whole, `'${whole}' has day ${dayPart}, but ${yearPart}-${monthPart} has ${last} days`);
  }
  const iso = `${yearPart}-${monthPart}-${dayPart}`;
  return { text, precision: 'day', earliest: iso, latest: iso, approximate, uncertain };
}

function parseEnd(text: string, whole: string): IntervalEnd {
  if (text === '..') return 'open';
  if (text === '') return 'unknown';
  return parsePoint(text, whole);
}

function coarsest(ends: readonly IntervalEnd[]): DatePrecision | null {
  let best: DatePrecision | null = null;
  for (const end of ends) {
    if (typeof end === 'string') continue;
    if (best === null || PRECISION_RANK[end.precision] > PRECISION_RANK[best]) best = end.precision;
  }
  return best;
}

/**
 * Parses an EDTF (ISO 8601-2) date of the subset this package uses into the calendar days it covers.
 *
 * Accepted: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, a decade `YYYX`, a century `YYXX`, each optionally
 * followed by `~` (approximate), `?` (uncertain) or `%` (both); and intervals `START/END` where
 * either end may be `..` (open) or empty (unknown), but not both empty.
 *
 * @param edtf - the EDTF string.
 * @returns the parsed date (frozen), with `earliest` / `latest` days (`null` for an unbounded end).
 * @throws {DateFormatError} when the string is not an accepted form, names an impossible
 *   calendar day, or is an interval that ends before it starts.
 * @example
 * parseEdtf('2024-01~').latest // => '2024-01-31'
 * parseEdtf('199X').earliest // => '1990-01-01'
 * parseEdtf('2013/..').latest // => null
 */
export function parseEdtf(edtf: string): ParsedDate {
  if (typeof edtf !== 'string') {
    throw new DateFormatError(edtf, `expected an EDTF date string, got ${describeValue(edtf)}`);
  }
  // every accepted form is short; a long string is refused at once, quoted only in part
  if (edtf.length > MAX_LENGTH) throw new DateFormatError(edtf, `${describeValue(edtf)} is not an accepted date (too long)`);
  const slash = edtf.indexOf('/');
  let kind: ParsedDate['kind'];
  let start: IntervalEnd;
  let end: IntervalEnd;
  if (slash === -1) {
    kind = 'date';
    start = end = Object.freeze(parsePoint(edtf, edtf));
  } else {
    kind = 'interval';
    const left = edtf.slice(0, slash);
    const right = edtf.slice(slash + 1);
    if (right.includes('/')) throw new DateFormatError(edtf, `'${edtf}' has more than one '/'`);
    if (left === '' && right === '') throw new DateFormatError(edtf, `'${edtf}' has neither start nor end`);
    start = parseEnd(left, edtf);
    end = parseEnd(right, edtf);
    if (typeof start !== 'string') Object.freeze(start);
    if (typeof end !== 'string') Object.freeze(end);
  }
  const earliest = typeof start === 'string' ? null : start.earliest;
  const latest = typeof end === 'string' ? null : end.latest;
  if (typeof start !== 'string' && typeof end !== 'string' && end.latest < start.earliest) {
    throw new DateFormatError(edtf, `interval '${edtf}' ends before it starts`);
  }
  const bounded = [start, end].filter((e): e is DatePoint => typeof e !== 'string');
  return Object.freeze({
    edtf,
    kind,
    start,
    end,
    precision: coarsest([start, end]),
    earliest,
    latest,
    earliestDay: earliest === null ? Number.NEGATIVE_INFINITY : dayNumber(earliest),
    latestDay: latest === null ? Number.POSITIVE_INFINITY : dayNumber(latest),
    approximate: bounded.some((p) => p.approximate),
    uncertain: bounded.some((p) => p.uncertain),
  });
}
