import type { Entity, Event, EventLink, Relationship, Source } from './records.js';

/**
 * What the cross-record checks read: each record's valid fields (all of them when its shape
 * passed). Arrays may be sparse: a record that is not an object at all leaves a hole, and so
 * does an invalid element of an array field; `forEach` skips the holes and keeps the indices.
 */
export interface ValidParts {
  readonly sources: readonly Partial<Source>[];
  readonly entities: readonly Partial<Entity>[];
  readonly events: readonly Partial<Event>[];
  readonly relationships: readonly Partial<Relationship>[];
  readonly eventLinks: readonly Partial<EventLink>[];
}
