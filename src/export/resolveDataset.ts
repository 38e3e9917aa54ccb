import { dataset as bundled } from '../bundled/dataset.js';
import { ArgumentTypeError } from '../errors/ArgumentTypeError.js';
import { isArraySafe } from '../errors/describeValue.js';
import type { DatasetRecord } from '../schema/types.js';
import { readRecords, type RecordShape } from './readRecords.js';
import { describeThrown } from '../errors/describeThrown.js';

const KEYS = ['sources', 'entities', 'events', 'relationships', 'eventLinks'] as const;
const SHAPES: Readonly<Record<(typeof KEYS)[number], RecordShape>> = {
  sources: 'source',
  entities: 'entity',
  events: 'event',
  relationships: 'relationship',
  eventLinks: 'event-link',
};

/** The copies this module made: already checked, and plain, so passing one back in costs nothing. */
const checked = new WeakSet<object>();

const reason = describeThrown;

/**
 * Returns the dataset an export function works on: the bundled report, or a checked copy of the
 * one given. A given dataset is read once, up front, into a copy whose every field an export
 * reads has the documented type (see `readRecords`): holes, fields of the wrong type, unknown
 * vocabulary words, unreadable dates, and getters or Proxies that throw are reported here with
 * the path of the value (`toCSV: dataset.entities[3].name`), never as a TypeError from deep
 * inside an export. Linear in the dataset's size. (Full validation, with the rules across
 * records, is `parseDataset` in `iraq-militias/schema`.)
 *
 * @param given - a dataset of the package's shape, or `undefined` for the bundled one.
 * @param caller - the public function's name, for error messages.
 * @returns the dataset to use (the bundled one itself, or a copy of the given one).
 * @throws {ArgumentTypeError} when `given` is not an object with the five record arrays, or a
 *   record or field in it is not of the documented shape or cannot be read.
 * @throws {ArgumentRangeError} for a vocabulary word or date the package does not read.
 * @example
 * resolveDataset(undefined, 'toCSV').sources[0].publisher // => 'The National'
 */
export function resolveDataset(given: DatasetRecord | undefined, caller: string): DatasetRecord {
  if (given === undefined || given === bundled) return bundled;
  if (checked.has(given)) return given;
  if (given === null || typeof given !== 'object' || isArraySafe(given)) {
    throw new ArgumentTypeError(
      `${caller}: options.dataset`,
      given,
      'a dataset object',
      `${caller}: options.dataset must be a dataset object (${KEYS.join(', ')}), got ${given === null ? 'null' : isArraySafe(given) ? 'an array' : typeof given}`,
    );
  }
  const arrays: Partial<Record<(typeof KEYS)[number], unknown>> = {};
  let reading = '';
  try {
    for (const key of KEYS) {
      reading = key;
      arrays[key] = (given as unknown as Record<string, unknown>)[key];
    }
  } catch (error) {
    const e = new ArgumentTypeError(
      `${caller}: dataset.${reading}`,
      undefined,
      'data that can be read',
      `${caller}: dataset.${reading}: could not be read (reading it threw ${reason(error)}); accepted: a plain dataset object whose properties can be read`,
    );
    Object.defineProperty(e, 'cause', { value: error, configurable: true, writable: true });
    throw e;
  }
  const missing = KEYS.filter((k) => !isArraySafe(arrays[k]));
  if (missing.length > 0) {
    throw new ArgumentTypeError(
      `${caller}: options.dataset`,
      given,
      'a dataset object',
      `${caller}: options.dataset is missing the array${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; a dataset has ${KEYS.join(', ')}`,
    );
  }
  const copy: Record<string, unknown> = {};
  for (const key of KEYS) copy[key] = readRecords(caller, `dataset.${key}`, arrays[key], SHAPES[key]);
  checked.add(copy);
  return copy as unknown as DatasetRecord;
}
