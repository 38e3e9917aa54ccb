import { nearestIds } from '../dataset/nearestIds.js';
import { UnknownIdError } from '../errors/UnknownIdError.js';
import { dataset, type BundledEvent, type EventId } from './dataset.js';

let byId: Map<string, BundledEvent> | undefined;

/**
 * Looks up a bundled event by id, returning its exact record type.
 *
 * @param id - an event id; a wrong literal is a compile error.
 * @returns the event record (deep-frozen).
 * @throws {UnknownIdError} for an id not in the data (from JS callers), naming the nearest ids.
 * @example
 * getEvent('tower-22-drone-attack').type // => 'drone-strike'
 */
export function getEvent<const Id extends EventId>(id: Id): BundledEvent<Id> {
  byId ??= new Map(dataset.events.map((e) => [e.id, e]));
  const found = byId.get(id);
  if (found === undefined) throw new UnknownIdError('event', id, nearestIds(String(id), byId.keys()), 'getEvent');
  return found as BundledEvent<Id>;
}
