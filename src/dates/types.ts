/**
 * How precise a single date is: a `day`, a `month`, a `year`, a `decade` (`199X`) or a
 * `century` (`19XX`).
 *
 * @example
 * DATE_PRECISIONS.indexOf('month') // => 1
 */
export const DATE_PRECISIONS = /* @__PURE__ */ Object.freeze(['day', 'month', 'year', 'decade', 'century'] as const);

/** One of {@link DATE_PRECISIONS}. */
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** One bounded end of a date or interval, resolved to the calendar days it may stand for. */
export interface DatePoint {
  /** The point as written, qualifiers included (`'2024-01~'`). */
  readonly text: string;
  readonly precision: DatePrecision;
  /** First calendar day it may stand for, `YYYY-MM-DD`. */
  readonly earliest: string;
  /** Last calendar day it may stand for, `YYYY-MM-DD`. */
  readonly latest: string;
  /** Marked `~` (or `%`): about this date. */
  readonly approximate: boolean;
  /** Marked `?` (or `%`): the source is unsure of it. */
  readonly uncertain: boolean;
}

/**
 * An end of an interval: a bounded point, `'open'` (`..`: the interval runs on without end) or
 * `'unknown'` (empty: the end exists but is not known).
 */
export type IntervalEnd = DatePoint | 'open' | 'unknown';

/** A parsed EDTF date: the written form plus the earliest/latest days it covers. */
export interface ParsedDate {
  /** The EDTF string as given. */
  readonly edtf: string;
  /** `date` for a single date, `interval` for `start/end`. */
  readonly kind: 'date' | 'interval';
  readonly start: IntervalEnd;
  readonly end: IntervalEnd;
  /**
   * The single date's precision; for an interval, the coarsest precision among its bounded
   * ends (`null` when neither end is bounded).
   */
  readonly precision: DatePrecision | null;
  /** First day covered, `YYYY-MM-DD`; `null` when the start is open or unknown. */
  readonly earliest: string | null;
  /** Last day covered, `YYYY-MM-DD`; `null` when the end is open or unknown. */
  readonly latest: string | null;
  /** `earliest` as days since 1970-01-01 (UTC); `-Infinity` when unbounded. */
  readonly earliestDay: number;
  /** `latest` as days since 1970-01-01 (UTC); `Infinity` when unbounded. */
  readonly latestDay: number;
  /** Any bounded end is approximate. */
  readonly approximate: boolean;
  /** Any bounded end is uncertain. */
  readonly uncertain: boolean;
}
