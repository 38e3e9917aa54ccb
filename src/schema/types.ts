import type { DeepReadonly } from '../dataset/deepFreeze.js';
import type { Dataset, Entity, Event, EventLink, Relationship, Source } from './shapes.js';

/** A {@link Source} as stored: deeply readonly. Data files declare `as const satisfies readonly SourceRecord[]`. */
export type SourceRecord = DeepReadonly<Source>;
/** An {@link Entity} as stored: deeply readonly. */
export type EntityRecord = DeepReadonly<Entity>;
/** An {@link Event} as stored: deeply readonly. */
export type EventRecord = DeepReadonly<Event>;
/** A {@link Relationship} as stored: deeply readonly. */
export type RelationshipRecord = DeepReadonly<Relationship>;
/** An {@link EventLink} as stored: deeply readonly. */
export type EventLinkRecord = DeepReadonly<EventLink>;
/** A whole {@link Dataset} as stored: deeply readonly. Every helper accepts any value of this shape. */
export type DatasetRecord = DeepReadonly<Dataset>;
