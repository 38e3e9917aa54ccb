import { dataset } from './dataset.js';

/**
 * Every bundled entity, in data order.
 *
 * @example
 * entities.find((e) => e.id === 'iraq')?.kind // => 'state'
 */
export const entities = dataset.entities;
/**
 * Every bundled event, in data order (use `timeline()` for chronological order).
 *
 * @example
 * events.every((e) => typeof e.date === 'string') // => true
 */
export const events = dataset.events;
/**
 * Every bundled relationship, each stored once in its predicate's canonical direction.
 *
 * @example
 * relationships.some((r) => r.predicate === 'member-of') // => true
 */
export const relationships = dataset.relationships;
/**
 * Every bundled event link (`from` retaliation-for / follows / part-of `to`).
 *
 * @example
 * eventLinks.some((l) => l.type === 'retaliation-for') // => true
 */
export const eventLinks = dataset.eventLinks;
/**
 * The bundled sources (one report).
 *
 * @example
 * sources[0].author // => 'Robert Tollast'
 */
export const sources = dataset.sources;
