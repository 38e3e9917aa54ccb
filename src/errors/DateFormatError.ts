/** The written forms {@link parseEdtf} accepts, for error messages and docs. */
export const ACCEPTED_DATE_FORMS =
  "EDTF dates 'YYYY', 'YYYY-MM', 'YYYY-MM-DD', decades 'YYYX' and centuries 'YYXX', each optionally " +
  "followed by '~' (approximate), '?' (uncertain) or '%' (both); intervals 'START/END' whose ends may be " +
  "'..' (open) or empty (unknown)";

/**
 * Thrown when a date string is not an accepted EDTF form, or an interval ends before it starts.
 *
 * @example
 * try { parseEdtf('June 2024') } catch (e) { e instanceof DateFormatError } // => true
 */
export class DateFormatError extends RangeError {
  override readonly name = 'DateFormatError';
  /** The rejected input. */
  readonly input: unknown;

  constructor(input: unknown, problem: string) {
    super(`${problem}; accepted: ${ACCEPTED_DATE_FORMS}`);
    this.input = input;
  }
}
