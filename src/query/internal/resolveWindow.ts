import { ArgumentRangeError } from '../../errors/ArgumentRangeError.js';
import { dateTime } from '../../errors/describeValue.js';
import { dayRangeOf } from './dayRangeOf.js';

/** Parsed bounds of primitive arguments (a pure function of the value), so a repeated window is not parsed again. */
const parsed = new Map<unknown, readonly [number, number] | null>();
const PARSED_MAX = 1024;

function boundOf(value: unknown, fn: string, which: string): readonly [number, number] | null {
  if (typeof value === 'object' && value !== null) return dayRangeOf(value, `${fn}: ${which}`); // a Date (may change)
  let days = parsed.get(value);
  if (days === undefined) {
    days = dayRangeOf(value, `${fn}: ${which}`); // throws for a bad value: errors are never cached
    if (parsed.size >= PARSED_MAX) parsed.clear();
    parsed.set(value, days);
  }
  return days;
}

/**
 * Turns window arguments into inclusive day bounds: `from` starts on its first day, `to` ends
 * on its last day, and an open end is infinite.
 *
 * @param fn - the helper's name, for errors.
 * @param from - the start argument.
 * @param to - the end argument.
 * @returns `[firstDay, lastDay]`.
 * @throws {DateFormatError} for an unparseable argument (naming `from` or `to`).
 * @throws {ArgumentRangeError} when `from` is after `to`.
 */
export function resolveWindow(fn: string, from: unknown, to: unknown): readonly [number, number] {
  const a = boundOf(from, fn, 'from');
  const b = boundOf(to, fn, 'to');
  const w0 = a === null ? Number.NEGATIVE_INFINITY : a[0];
  const w1 = b === null ? Number.POSITIVE_INFINITY : b[1];
  if (w0 > w1) {
    const show = (v: unknown) => {
      const time = dateTime(v);
      return time === null ? String(v) : new Date(time).toISOString();
    };
    throw new ArgumentRangeError(`${fn}: from`, from, 'is after to', `${fn}: from (${show(from)}) is after to (${show(to)}); the window would be empty`);
  }
  return [w0, w1];
}
