import type { BundledDataset } from '../bundled/dataset.js';
import { bundledIndex } from './internal/bundledIndex.js';
import type { BetweenOptions, DateInput, EventOf } from './types.js';

/**
 * The bundled events whose known days overlap a window (default) or that lie wholly inside it
 * (`mode: 'within'`), in chronological order (first known day, then last, then id).
 *
 * Each end accepts a `Date` (its **UTC** day: `new Date(2024, 3, 13)` made in Baghdad is
 * April 12 in UTC — use `'2024-04-13'` or `Date.UTC`), an ISO / EDTF date at any precision
 * (`'2024'`, `'2024-01'`, `'2024-01-21'`, `'2024-01~'`, `'199X'` …) or `null` / `undefined` /
 * `'..'` for an open end. `from` starts on its first day and `to` ends on its last, so
 * `between('2024-04', '2024-04')` is the whole of April 2024. An event's known days run from the
 * first to the last day its date may stand for (`'2024-01'` → January 1–31; `'2013/..'` → on
 * without end). An **unknown** start (`'/2024-06-09'`: begun at some time, known by June 9) is
 * placed at its end (here June 9; `'/2020'` → 2020), so a window in the year 1000 does not get
 * it; in `'within'` mode it lies inside a window only when the window has no `from`.
 *
 * By default only what **happened** is returned: `actual` events and the threats that were made
 * (a `threat` that is `threatened` or `conditional`); pass `modality` (one, several, or `'any'`)
 * for expected, claimed or merely threatened events.
 *
 * @param from - start of the window (inclusive).
 * @param to - end of the window (inclusive).
 * @param options - `mode` (`'overlap'` | `'within'`), `actor`, `roles`, `includeMembers`,
 *   `type`, `place`, `modality` (see `query`).
 * @returns a frozen array of the dataset's event records.
 * @throws {DateFormatError} when `from` or `to` cannot be parsed, naming which and the accepted forms.
 * @throws {ArgumentRangeError} when `from` is after `to`, or for a place that is not a place.
 * @throws {UnknownIdError} for an unknown actor or place id (from JS).
 * @throws {ArgumentTypeError} for an unknown option name or a value of the wrong type.
 * @example
 * between('2024-04', '2024-04', { mode: 'within' }).map((e) => e.id)
 * // => ['israeli-strike-on-iranian-embassy', 'iran-attack-on-israel-2024-04-13']
 * between('2024-04', '2024-04').some((e) => e.id === 'attack-wave-on-us-forces')
 * // => true: overlap also keeps what was under way in April
 * between('1000', '1000') // => [] (the talks dated '/2024-06-09' are placed at their known end)
 * between('2024-01', null, { mode: 'within', type: 'drone-strike' }).map((e) => e.id)
 * // => ['tower-22-drone-attack']
 */
export function between(from: DateInput, to: DateInput, options?: BetweenOptions<BundledDataset>): readonly EventOf<BundledDataset>[] {
  return bundledIndex().between(from, to, options);
}
