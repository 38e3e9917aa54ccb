import { ArgumentRangeError } from '../../errors/ArgumentRangeError.js';
import { ArgumentTypeError } from '../../errors/ArgumentTypeError.js';
import { DateFormatError } from '../../errors/DateFormatError.js';
import { UnknownIdError } from '../../errors/UnknownIdError.js';
import type { DatasetRecord } from '../../schema/types.js';
import type { IndexData } from './IndexData.js';
import { buildIndexData } from './buildIndexData.js';
import { describeThrown } from '../../errors/describeThrown.js';

/**
 * `buildIndexData` behind a last guard: the shape was checked and frozen before, so only a
 * dataset that answers differently on a second read (a Proxy) can still fail inside; that
 * failure becomes an `ArgumentTypeError` naming `createIndex`, never a bare `TypeError`.
 *
 * @param dataset - a dataset whose shape `checkDatasetShape` has checked.
 * @returns the indices.
 * @throws {DateFormatError} for a date the parser rejects, naming the record.
 * @throws {ArgumentTypeError} when the dataset cannot be read consistently.
 */
export function buildIndexDataSafely(dataset: DatasetRecord): IndexData {
  try {
    return buildIndexData(dataset);
  } catch (error) {
    if (error instanceof DateFormatError || error instanceof ArgumentTypeError || error instanceof ArgumentRangeError || error instanceof UnknownIdError) throw error;
    throw new ArgumentTypeError('createIndex: dataset', dataset, `a dataset that reads the same every time (building the index threw: ${describeThrown(error)})`, undefined, { cause: error });
  }
}
