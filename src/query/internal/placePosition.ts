import { ArgumentRangeError } from '../../errors/ArgumentRangeError.js';
import { withArticle } from '../../errors/withArticle.js';
import type { IndexData } from './IndexData.js';
import { entityPosition } from './entityPosition.js';

/** The entity kinds that can be an event's location. */
export const PLACE_KINDS: readonly string[] = Object.freeze(['place', 'state']);

/**
 * The position of a place or state id: like `entityPosition`, and the entity must be a place.
 *
 * @param ix - the index.
 * @param id - the id as given.
 * @param where - the helper (and argument) for errors, e.g. `'byPlace: place'`.
 * @returns its position in `dataset.entities`.
 * @throws {ArgumentTypeError} when `id` is not a string.
 * @throws {UnknownIdError} for an unknown id.
 * @throws {ArgumentRangeError} for an entity that is not a place or a state, naming its kind.
 */
export function placePosition(ix: IndexData, id: unknown, where: string): number {
  const pos = entityPosition(ix, id, where);
  const kind: unknown = ix.entities[pos]!.kind;
  if (!PLACE_KINDS.includes(kind as string)) {
    throw new ArgumentRangeError(
      where,
      id,
      `is ${typeof kind === 'string' ? withArticle(kind) : 'not a place'}, not a place or a state; accepted: the id of an entity of kind 'place' or 'state'`,
    );
  }
  return pos;
}
