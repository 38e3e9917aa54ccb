import type { EventRecord } from '../schema/types.js';

/**
 * Checks an export's `events` option (a subset of events to export, e.g. a query's result) for
 * plain-JS callers: an array of event records, not of ids.
 *
 * @param caller - the public function's name, for errors.
 * @param value - the option as given; `undefined` means "every event of the dataset".
 * @returns the events, or `undefined`.
 * @throws {TypeError} when it is not an array, or holds anything but event records (an id
 *   gets a hint to pass records, e.g. from `getEvent` or a query).
 * @example
 * checkEventRecords('toCSV', ['tower-22-drone-attack'])
 * // throws TypeError: toCSV: option 'events' takes event records (e.g. the result of byActor), not ids; …
 */
export function checkEventRecords(caller: string, value: unknown): readonly EventRecord[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    throw new TypeError(`${caller}: option 'events' takes an array of event records, got ${value === null ? 'null' : typeof value}`);
  }
  const items = value as readonly unknown[];
  // An index loop, not forEach: a hole in a sparse array is an item that is not a record.
  for (let i = 0; i < items.length; i++) {
    const e = items[i];
    if (typeof e === 'string') {
      throw new TypeError(
        `${caller}: option 'events' takes event records (e.g. the result of byActor or timeline), not ids; got '${e.slice(0, 60)}' at [${i}]: pass getEvent('${e.slice(0, 60)}') or the query's result`,
      );
    }
    const r = e as Partial<EventRecord> | null;
    if (r === null || typeof r !== 'object' || typeof r.id !== 'string' || typeof r.date !== 'string' || !Array.isArray(r.participants)) {
      throw new TypeError(`${caller}: option 'events' takes event records (objects with id, date, participants …); item [${i}] is not one`);
    }
  }
  return value as readonly EventRecord[];
}
