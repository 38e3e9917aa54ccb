import { dataset, type BundledDataset } from '../../bundled/dataset.js';
import { createIndex } from '../createIndex.js';
import type { QueryIndex } from '../types.js';

let index: QueryIndex<BundledDataset> | undefined;

/**
 * The index of the bundled dataset, built on first use (importing the package builds nothing).
 *
 * @returns the bundled dataset's query helpers.
 */
export function bundledIndex(): QueryIndex<BundledDataset> {
  index ??= createIndex(dataset);
  return index;
}
