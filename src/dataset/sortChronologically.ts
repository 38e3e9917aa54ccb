import { knownSpan } from '../dates/knownSpan.js';
import { parseEdtf } from '../dates/parseEdtf.js';

/**
 * Events in the package's one chronological order — the order of `timeline()` and every query
 * helper, for exports to share: by the first known day (an unknown start counts from its end's
 * first day, see `knownSpan`), then the last known day, then id (code-unit order). Each
 * distinct date is parsed once.
 *
 * @param events - event records (validated: each `date` an accepted EDTF string).
 * @returns a new array, sorted; the input is not changed.
 * @throws {DateFormatError} for an event whose date cannot be parsed.
 * @example
 * sortChronologically([{ id: 'b', date: '/2024-06-09' }, { id: 'a', date: '1990' }]).map((e) => e.id) // => ['a', 'b']
 */
export function sortChronologically<E extends { readonly id: string; readonly date: string }>(events: readonly E[]): E[] {
  const spans = new Map<string, readonly [number, number]>();
  const keyed = events.map((e) => {
    let s = spans.get(e.date);
    if (s === undefined) {
      const k = knownSpan(parseEdtf(e.date));
      s = [k.first, k.last];
      spans.set(e.date, s);
    }
    return { e, s };
  });
  keyed.sort((a, b) => a.s[0] - b.s[0] || a.s[1] - b.s[1] || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0));
  return keyed.map((k) => k.e);
}
