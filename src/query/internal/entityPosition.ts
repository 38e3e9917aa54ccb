import { nearestIds } from '../../dataset/nearestIds.js';
import { UnknownIdError } from '../../errors/UnknownIdError.js';
import type { IndexData } from './IndexData.js';

/**
 * The position of an entity id in the dataset.
 *
 * @param ix - the index.
 * @param id - the id as given.
 * @param where - the helper (and argument) for errors, e.g. `'path: b'`.
 * @returns its position in `dataset.entities`.
 * @throws {UnknownIdError} for an unknown id, naming the nearest known ids.
 */
export function entityPosition(ix: IndexData, id: unknown, where: string): number {
  const pos = typeof id === 'string' ? ix.entityPos.get(id) : undefined;
  if (pos === undefined) throw new UnknownIdError('entity', id, nearestIds(String(id), ix.entityPos.keys()), where);
  return pos;
}
