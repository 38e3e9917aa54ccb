import { parseEdtf } from '../../dates/parseEdtf.js';
import { DateFormatError } from '../../errors/DateFormatError.js';
import { dateTime, describeValue } from '../../errors/describeValue.js';

const MS_PER_DAY = 86_400_000;

/** What a date argument of a query may be, for error messages. */
export const DATE_INPUT_FORMS = "a Date, null / undefined / '..' for an open end, or an EDTF date string";

/**
 * The calendar days a date argument stands for: a `Date` is its UTC day; an EDTF string covers
 * its earliest to its latest day (`'2024-01'` → January 1 to 31); an open end is `null`.
 *
 * A `Date` stands for its **UTC** calendar day (`new Date(2024, 3, 13)` made in Baghdad is
 * 2024-04-12T21:00Z, so it stands for April 12): build dates with `Date.UTC` or pass `'2024-04-13'`.
 *
 * @param value - the argument as given.
 * @param where - the helper and argument name for errors, e.g. `'between: from'`.
 * @returns `[firstDay, lastDay]` in days since 1970-01-01 (either may be infinite), or `null` when open.
 * @throws {DateFormatError} naming `where`, the value and the accepted forms.
 */
export function dayRangeOf(value: unknown, where: string): readonly [number, number] | null {
  if (value === null || value === undefined || value === '..') return null;
  const ms = dateTime(value);
  if (ms !== null) {
    if (Number.isNaN(ms)) throw new DateFormatError(value, `${where}: got an invalid Date; expected ${DATE_INPUT_FORMS}`);
    const day = Math.floor(ms / MS_PER_DAY);
    return [day, day];
  }
  if (typeof value !== 'string') {
    throw new DateFormatError(value, `${where}: got ${typeof value === 'number' ? `the number ${value}` : describeValue(value)}; expected ${DATE_INPUT_FORMS}`);
  }
  try {
    const parsed = parseEdtf(value);
    return [parsed.earliestDay, parsed.latestDay];
  } catch (error) {
    const reason = (error as Error).message.replace(/; accepted: [\s\S]*$/, '');
    throw new DateFormatError(value, `${where}: ${reason}; expected ${DATE_INPUT_FORMS}`);
  }
}
