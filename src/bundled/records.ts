import { entities as rawEntities } from '../../data/entities.js';
import { eventLinks as rawEventLinks } from '../../data/eventLinks.js';
import { events as rawEvents } from '../../data/events.js';
import { relationships as rawRelationships } from '../../data/relationships.js';
import { sources as rawSources } from '../../data/sources.js';
import { deepFreeze } from '../dataset/deepFreeze.js';

// Each array is frozen by its own call, marked pure, so that a bundler drops the data a consumer
// does not import (`import { parseEdtf }` alone carries no records).

/**
 * Every bundled entity, in data order.
 *
 * @example
 * entities.find((e) => e.id === 'iraq')?.kind // => 'state'
 */
export const entities = /* @__PURE__ */ deepFreeze(rawEntities);
/**
 * Every bundled event, in data order (use `timeline()` for chronological order).
 *
 * @example
 * events.every((e) => typeof e.date === 'string') // => true
 */
export const events = /* @__PURE__ */ deepFreeze(rawEvents);
/**
 * Every bundled relationship, each stored once in its predicate's canonical direction.
 *
 * @example
 * relationships.some((r) => r.predicate === 'member-of') // => true
 */
export const relationships = /* @__PURE__ */ deepFreeze(rawRelationships);
/**
 * Every bundled event link (`from` retaliation-for / follows / part-of `to`).
 *
 * @example
 * eventLinks.some((l) => l.type === 'retaliation-for') // => true
 */
export const eventLinks = /* @__PURE__ */ deepFreeze(rawEventLinks);
/**
 * The bundled sources (one report).
 *
 * @example
 * sources[0].author // => 'Robert Tollast'
 */
export const sources = /* @__PURE__ */ deepFreeze(rawSources);
