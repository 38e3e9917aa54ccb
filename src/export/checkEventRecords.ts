import { ArgumentTypeError } from '../errors/ArgumentTypeError.js';
import { isArraySafe } from '../errors/describeValue.js';
import type { EventRecord } from '../schema/types.js';
import { readRecords } from './readRecords.js';

/**
 * Checks an export's `events` option (a subset of events to export, e.g. a query's result) for
 * plain-JS callers: an array of event records, not of ids. The array is read once into a checked
 * copy, as the dataset is (see `resolveDataset`): a hole, a field of the wrong type or a getter
 * that throws is an error naming its path (`options.events[2].participants`).
 *
 * @param caller - the public function's name, for errors.
 * @param value - the option as given; `undefined` means "every event of the dataset".
 * @returns a checked copy of the events, or `undefined`.
 * @throws {ArgumentTypeError} when it is not an array, or holds anything but event records (an id
 *   gets a hint to pass records, e.g. from `getEvent` or a query).
 * @example
 * checkEventRecords('toCSV', ['tower-22-drone-attack'])
 * // throws TypeError: toCSV: option 'events' takes event records (e.g. the result of byActor), not ids; …
 */
export function checkEventRecords(caller: string, value: unknown): readonly EventRecord[] | undefined {
  if (value === undefined) return undefined;
  if (!isArraySafe(value)) {
    throw new ArgumentTypeError(
      `${caller}: options.events`,
      value,
      'an array of event records',
      `${caller}: option 'events' takes an array of event records, got ${value === null ? 'null' : typeof value}`,
    );
  }
  return readRecords(caller, 'options.events', value, 'event') as unknown as readonly EventRecord[];
}
