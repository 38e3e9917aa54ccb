import { dataset as bundled } from '../bundled/dataset.js';
import type { DatasetRecord } from '../schema/types.js';

const KEYS = ['sources', 'entities', 'events', 'relationships', 'eventLinks'] as const;

/**
 * Returns the dataset an export function works on: the one given, or the bundled report.
 * Checks the shape just enough to give plain-JS callers a clear error instead of a TypeError
 * from deep inside (full validation is `parseDataset` in `iraq-militias/schema`).
 *
 * @param given - a dataset of the package's shape, or `undefined` for the bundled one.
 * @param caller - the public function's name, for error messages.
 * @returns the dataset to use.
 * @throws {TypeError} when `given` is not an object with the five record arrays.
 * @example
 * resolveDataset(undefined, 'toCSV').sources[0].publisher // => 'The National'
 */
export function resolveDataset(given: DatasetRecord | undefined, caller: string): DatasetRecord {
  if (given === undefined) return bundled;
  if (given === null || typeof given !== 'object') {
    throw new TypeError(`${caller}: options.dataset must be a dataset object (${KEYS.join(', ')}), got ${given === null ? 'null' : typeof given}`);
  }
  const missing = KEYS.filter((k) => !Array.isArray((given as unknown as Record<string, unknown>)[k]));
  if (missing.length > 0) {
    throw new TypeError(`${caller}: options.dataset is missing the array${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; a dataset has ${KEYS.join(', ')}`);
  }
  return given;
}
