import { closeIds } from '../dataset/closeIds.js';
import { ArgumentTypeError } from '../errors/ArgumentTypeError.js';
import { UnknownIdError } from '../errors/UnknownIdError.js';
import { dataset, type BundledEntity, type EntityId } from './dataset.js';

let byId: Map<string, BundledEntity> | undefined;

/**
 * Looks up a bundled entity by id, returning its exact record type.
 *
 * @param id - an entity id; a wrong literal is a compile error.
 * @returns the entity record (deep-frozen).
 * @throws {ArgumentTypeError} for an id that is not a string (from JS callers), showing it.
 * @throws {UnknownIdError} for an id not in the data (from JS callers), naming the close ids
 *   (by id, name or alias: `getEntity('KH')` suggests `kataib-hezbollah`).
 * @example
 * getEntity('iraq').iso.alpha3 // => 'IRQ'
 */
export function getEntity<const Id extends EntityId>(id: Id): BundledEntity<Id> {
  byId ??= new Map(dataset.entities.map((e) => [e.id, e]));
  const found = byId.get(id as string);
  if (typeof id !== 'string') throw new ArgumentTypeError('getEntity: id', id, 'an entity id (a string)');
  if (found === undefined) {
    throw new UnknownIdError('entity', id, closeIds(id, dataset.entities.map((e) => [e.id, [e.name, ...e.aliases]] as const)), 'getEntity: id');
  }
  return found as BundledEntity<Id>;
}
