import { nearestIds } from '../dataset/nearestIds.js';
import { UnknownIdError } from '../errors/UnknownIdError.js';
import { dataset, type BundledEntity, type EntityId } from './dataset.js';

let byId: Map<string, BundledEntity> | undefined;

/**
 * Looks up a bundled entity by id, returning its exact record type.
 *
 * @param id - an entity id; a wrong literal is a compile error.
 * @returns the entity record (deep-frozen).
 * @throws {UnknownIdError} for an id not in the data (from JS callers), naming the nearest ids.
 * @example
 * getEntity('iraq').iso.alpha3 // => 'IRQ'
 */
export function getEntity<const Id extends EntityId>(id: Id): BundledEntity<Id> {
  byId ??= new Map(dataset.entities.map((e) => [e.id, e]));
  const found = byId.get(id);
  if (found === undefined) throw new UnknownIdError('entity', id, nearestIds(String(id), byId.keys()), 'getEntity');
  return found as BundledEntity<Id>;
}
