import { nearestIds } from '../../dataset/nearestIds.js';
import { UnknownIdError } from '../../errors/UnknownIdError.js';
import type { IndexData } from './IndexData.js';
import { eventIdIndex } from './eventIdIndex.js';

/**
 * The chronological rank of an event id.
 *
 * @param ix - the index.
 * @param id - the id as given.
 * @param where - the helper (and argument) for errors.
 * @returns its rank.
 * @throws {UnknownIdError} for an unknown id, naming the nearest known ids.
 */
export function eventRankOf(ix: IndexData, id: unknown, where: string): number {
  const ranks = eventIdIndex(ix);
  const rank = typeof id === 'string' ? ranks.get(id) : undefined;
  if (rank === undefined) throw new UnknownIdError('event', id, nearestIds(String(id), ranks.keys()), where);
  return rank;
}
