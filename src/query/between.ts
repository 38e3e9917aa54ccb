import type { BundledDataset } from '../bundled/dataset.js';
import { bundledIndex } from './internal/bundledIndex.js';
import type { BetweenOptions, DateInput, EventOf } from './types.js';

/**
 * The bundled events whose date interval overlaps a window (default) or lies wholly inside it
 * (`mode: 'within'`), in chronological order (earliest day, then latest day, then id).
 *
 * Each end accepts a `Date` (its UTC day), an ISO / EDTF date at any precision (`'2024'`,
 * `'2024-01'`, `'2024-01-21'`, `'2024-01~'`, `'199X'` …) or `null` / `undefined` / `'..'` for an
 * open end. `from` starts on its first day and `to` ends on its last, so
 * `between('2024-04', '2024-04')` is the whole of April 2024. An event's interval runs from the
 * first to the last day its date may stand for (`'2024-01'` → January 1–31; `'2013/..'` → on
 * without end; an unknown start, `'/2024-06-09'`, reaches back without bound, since the event
 * may have begun at any time before). So `'overlap'` keeps everything that may have been under
 * way in the window; `'within'` keeps what is known to fall inside it.
 *
 * @param from - start of the window (inclusive).
 * @param to - end of the window (inclusive).
 * @param options - `mode` (`'overlap'` | `'within'`), `actor`, `roles`, `includeMembers`,
 *   `type`, `place`, `modality` (see `query`).
 * @returns a frozen array of the dataset's event records.
 * @throws {DateFormatError} when `from` or `to` cannot be parsed, naming which and the accepted forms.
 * @throws {RangeError} when `from` is after `to`.
 * @throws {UnknownIdError} for an unknown actor or place id (from JS).
 * @throws {TypeError} for an unknown option name or a value of the wrong type.
 * @example
 * between('2024-04', '2024-04', { mode: 'within' }).map((e) => e.id)
 * // => ['israeli-strike-on-iranian-embassy', 'iran-attack-on-israel-2024-04-13']
 * between('2024-04', '2024-04').length
 * // => 17: overlap also keeps what was under way in April (the attack wave, …)
 * between('2024-01', null, { mode: 'within', type: 'drone-strike' }).map((e) => e.id)
 * // => ['tower-22-drone-attack']
 */
export function between(from: DateInput, to: DateInput, options?: BetweenOptions<BundledDataset>): readonly EventOf<BundledDataset>[] {
  return bundledIndex().between(from, to, options);
}
