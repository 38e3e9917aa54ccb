import type { IntervalEnd, ParsedDate } from './types.js';

/** The days a record's date is known to cover, for ordering and for windows. */
export interface KnownSpan {
  /** First day of what is known (days since 1970-01-01 UTC; `-Infinity` for an open start). */
  readonly first: number;
  /** Last day of what is known (`Infinity` for an open end). */
  readonly last: number;
  /** The start is unknown (`/2024-06-09`): `first` is then the first day of the end. */
  readonly startUnknown: boolean;
  /** The end is unknown (`2024-06-09/`): `last` is then the last day of the start. */
  readonly endUnknown: boolean;
}

const MS_PER_DAY = 86_400_000;
const dayOf = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
const isPoint = (end: IntervalEnd): end is Exclude<IntervalEnd, string> => typeof end !== 'string';

/**
 * The one rule for dates with an unknown end, shared by every query helper and export: an
 * **unknown** start or end is not an open one. `'/2024-06-09'` (begun at some unknown time,
 * known by 2024-06-09) is not "since the dawn of time": what is known of it is its end, so it
 * is placed — sorted, and matched by overlapping windows — at its end's span (here
 * 2024-06-09 … 2024-06-09; `'/2020'` → 2020-01-01 … 2020-12-31). Likewise an unknown end is
 * placed at its start's span. An open end (`..`) stays unbounded.
 *
 * Ordering is by `first`, then `last`, then id. An overlapping window matches when it meets
 * `[first, last]`; a date lies *within* a window only when everything it may cover does, so an
 * unknown start lies within a window only when the window's start is open (and an unknown end
 * only when its end is).
 *
 * @param parsed - a date from `parseEdtf`.
 * @returns its known span and which ends are unknown.
 * @example
 * knownSpan(parseEdtf('/2024-06-09')).first === parseEdtf('2024-06-09').earliestDay // => true
 * knownSpan(parseEdtf('2013/..')).last // => Infinity
 */
export function knownSpan(parsed: ParsedDate): KnownSpan {
  const { start, end } = parsed;
  const startUnknown = start === 'unknown';
  const endUnknown = end === 'unknown';
  const first = startUnknown ? (isPoint(end) ? dayOf(end.earliest) : Number.NEGATIVE_INFINITY) : parsed.earliestDay;
  const last = endUnknown ? (isPoint(start) ? dayOf(start.latest) : Number.POSITIVE_INFINITY) : parsed.latestDay;
  return { first, last, startUnknown, endUnknown };
}
