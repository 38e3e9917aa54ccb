import { closeIds } from '../dataset/closeIds.js';
import { ArgumentTypeError } from '../errors/ArgumentTypeError.js';
import { UnknownIdError } from '../errors/UnknownIdError.js';
import { dataset, type BundledEvent, type EventId } from './dataset.js';

let byId: Map<string, BundledEvent> | undefined;

/**
 * Looks up a bundled event by id, returning its exact record type.
 *
 * @param id - an event id; a wrong literal is a compile error.
 * @returns the event record (deep-frozen).
 * @throws {ArgumentTypeError} for an id that is not a string (from JS callers), showing it.
 * @throws {UnknownIdError} for an id not in the data (from JS callers), naming the close ids.
 * @example
 * getEvent('tower-22-drone-attack').type // => 'drone-strike'
 */
export function getEvent<const Id extends EventId>(id: Id): BundledEvent<Id> {
  byId ??= new Map(dataset.events.map((e) => [e.id, e]));
  const found = byId.get(id as string);
  if (typeof id !== 'string') throw new ArgumentTypeError('getEvent: id', id, 'an event id (a string)');
  if (found === undefined) throw new UnknownIdError('event', id, closeIds(id, dataset.events.map((e) => [e.id, []] as const)), 'getEvent: id');
  return found as BundledEvent<Id>;
}
