import { ArgumentTypeError } from '../../errors/ArgumentTypeError.js';
import { UnknownIdError } from '../../errors/UnknownIdError.js';
import type { IndexData } from './IndexData.js';
import { eventIdIndex } from './eventIdIndex.js';
import { indexedCloseIds } from './indexedCloseIds.js';

/**
 * The chronological rank of an event id.
 *
 * @param ix - the index.
 * @param id - the id as given.
 * @param where - the helper (and argument) for errors.
 * @returns its rank.
 * @throws {ArgumentTypeError} when `id` is not a string, showing the value.
 * @throws {UnknownIdError} for an unknown id, naming the close known ids (at a bounded cost: `indexedCloseIds`).
 */
export function eventRankOf(ix: IndexData, id: unknown, where: string): number {
  if (typeof id !== 'string') throw new ArgumentTypeError(where, id, 'an event id (a string)');
  const ranks = eventIdIndex(ix);
  const rank = ranks.get(id);
  if (rank === undefined) {
    const pairs = (): (readonly [string, readonly string[]])[] => Array.from(ranks.keys(), (k) => [k, []] as const);
    throw new UnknownIdError('event', id, indexedCloseIds(id, ranks, pairs, ranks.size), where);
  }
  return rank;
}
