import type { DeepReadonly } from '../dataset/deepFreeze.js';
import { DatasetError } from './DatasetError.js';
import type { Dataset } from './records.js';
import { safeParseDataset } from './safeParseDataset.js';

/**
 * Validates a dataset and returns it deep-frozen, or throws a {@link DatasetError} that lists
 * every problem (path and message), not just the first.
 *
 * @param input - anything, typically parsed JSON.
 * @returns the validated dataset, deep-frozen.
 * @throws {DatasetError} when the shape or any cross-record rule is broken.
 * @example
 * parseDataset(dataset).entities.length // => the number of entities
 */
export function parseDataset(input: unknown): DeepReadonly<Dataset> {
  const result = safeParseDataset(input);
  if (!result.success) throw new DatasetError(result.issues);
  return result.data;
}
