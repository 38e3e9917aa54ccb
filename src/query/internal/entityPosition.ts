import { ArgumentTypeError } from '../../errors/ArgumentTypeError.js';
import { UnknownIdError } from '../../errors/UnknownIdError.js';
import type { IndexData } from './IndexData.js';
import { entitySuggestions } from './entitySuggestions.js';

/**
 * The position of an entity id in the dataset.
 *
 * @param ix - the index.
 * @param id - the id as given.
 * @param where - the helper (and argument) for errors, e.g. `'path: b'`.
 * @returns its position in `dataset.entities`.
 * @throws {ArgumentTypeError} when `id` is not a string, showing the value.
 * @throws {UnknownIdError} for an unknown id, naming the close known ids (by id, name or alias).
 */
export function entityPosition(ix: IndexData, id: unknown, where: string): number {
  if (typeof id !== 'string') throw new ArgumentTypeError(where, id, 'an entity id (a string)');
  const pos = ix.entityPos.get(id);
  if (pos === undefined) throw new UnknownIdError('entity', id, entitySuggestions(ix.entities, id), where);
  return pos;
}
