import { entitySuggestions } from '../query/internal/entitySuggestions.js';
import { UnknownIdError } from '../errors/UnknownIdError.js';
import { ArgumentTypeError } from '../errors/ArgumentTypeError.js';
import { describeValue, isArraySafe } from '../errors/describeValue.js';
import { readList } from './readList.js';
import type { DatasetRecord, EntityRecord, EventRecord } from '../schema/types.js';
import type { Predicate } from '../vocab/relationships.js';
import { resolveDataset } from './resolveDataset.js';
const GRAPH_OPTIONS = ['dataset', 'entities', 'predicates', 'events', 'isolated'] as const;

import { PREDICATES } from '../vocab/relationships.js';
import { optionChoice } from '../query/internal/optionChoice.js';
import { readExportOptions } from './readExportOptions.js';
import { checkVocabList } from './checkVocabList.js';
import { describeThrown } from '../errors/describeThrown.js';

/** Which graph to draw; every field is optional and they combine. */
export interface GraphOptions {
  /** The dataset (default: the bundled report). */
  readonly dataset?: DatasetRecord;
  /** Keep only these entities (ids), or those the callback accepts. Edges need both ends kept. */
  readonly entities?: readonly string[] | ((entity: EntityRecord) => boolean);
  /** Keep only relationships with these predicates (default: all). */
  readonly predicates?: readonly Predicate[];
  /**
   * Also draw events as nodes, joined to their participants by role edges and to each other by
   * event links: `true` for all, or ids, or a callback (default: no events).
   */
  readonly events?: boolean | readonly string[] | ((event: EventRecord) => boolean);
  /** Keep entities that no kept edge touches (default false: drop them). */
  readonly isolated?: boolean;
}

/** A node of an exported graph. */
export interface GraphNode {
  readonly id: string;
  readonly kind: 'entity' | 'event';
  /** The entity's name, or the event's type and date. */
  readonly label: string;
  /** The entity kind, or the event type. */
  readonly type: string;
}

/** An edge of an exported graph. */
export interface GraphEdge {
  /** The relationship or event-link id; `<event>:<role>:<entity>` for a participation. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** The predicate, the event-link type, or the participant's role. */
  readonly label: string;
  readonly kind: 'relationship' | 'participation' | 'event-link';
}

/** Nodes and edges, before rendering to a format. */
export interface ExportGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

function selector<R extends { readonly id: string }>(
  option: readonly string[] | ((r: R) => boolean),
  records: readonly R[],
  recordKind: string,
  caller: string,
): (r: R) => boolean {
  if (typeof option === 'function') {
    // the caller's callback: a throw from it is named, with the record it was given
    const keep = option;
    return (r) => {
      try {
        return Boolean(keep(r));
      } catch (error) {
        const e = new ArgumentTypeError(
          `${caller}: options.${recordKind === 'entity' ? 'entities' : 'events'}`,
          keep,
          'a filter function that returns true or false',
          `${caller}: the options.${recordKind === 'entity' ? 'entities' : 'events'} callback threw on ${recordKind} ${describeValue(r.id)} (${describeThrown(error)}); accepted: a function that returns true or false`,
        );
        Object.defineProperty(e, 'cause', { value: error, configurable: true, writable: true });
        throw e;
      }
    };
  }
  if (!isArraySafe(option)) {
    throw new ArgumentTypeError(`${caller}: options.${recordKind === 'entity' ? 'entities' : 'events'}`, option, '', `${caller}: ${recordKind} filter must be an array of ids or a function, got ${option === null ? 'null' : typeof option}`);
  }
  const known = new Set(records.map((r) => r.id));
  const ids = readList(caller, recordKind === 'entity' ? 'entities' : 'events', option, `${recordKind === 'entity' ? 'an entity' : 'an event'} id (a string)`);
  for (const id of ids) {
    if (typeof id !== 'string') {
      throw new ArgumentTypeError(`${caller}: options.${recordKind === 'entity' ? 'entities' : 'events'}`, id, '', `${caller}: ${recordKind} filter takes ${recordKind} ids (strings), got ${id === null ? 'null' : typeof id === 'object' ? 'an object (pass its id)' : typeof id} in it`);
    }
    // close matches only, by id, name or alias (case folded), as the query helpers suggest them
    if (!known.has(id)) throw new UnknownIdError(recordKind, id, entitySuggestions(records, id), caller);
  }
  const wanted = new Set(ids as string[]);
  return (r) => wanted.has(r.id);
}

/**
 * Builds the graph the graph exports draw: entities as nodes and relationships as edges
 * (subject → object), optionally events as nodes with participation edges (entity → event) and
 * event links (from → to), filtered by {@link GraphOptions}.
 *
 * @param options - filters and the dataset.
 * @param caller - the public function's name, for error messages.
 * @returns the nodes and edges, in data order.
 * @throws {UnknownIdError} for an entity or event id not in the dataset.
 * @example
 * buildGraph({ predicates: ['member-of'] }).edges.every((e) => e.label === 'member-of') // => true
 */
export function buildGraph(options: GraphOptions = {}, caller = 'buildGraph'): ExportGraph {
  const opts = readExportOptions(caller, options, GRAPH_OPTIONS) as GraphOptions;
  const data = resolveDataset(opts.dataset, caller);
  if (opts.isolated !== undefined) optionChoice(caller, 'isolated', opts.isolated, [true, false], false);
  if (opts.events !== undefined && typeof opts.events !== 'boolean' && typeof opts.events !== 'function' && !isArraySafe(opts.events)) {
    throw new ArgumentTypeError(`${caller}: options.events`, opts.events, '', `${caller}: option 'events' takes true, false, an array of event ids or a function, got ${opts.events === null ? 'null' : typeof opts.events}`);
  }
  const keepEntity = opts.entities === undefined ? () => true : selector(opts.entities, data.entities, 'entity', caller);
  const keepEvent =
    opts.events === undefined || opts.events === false
      ? () => false
      : opts.events === true
        ? () => true
        : selector(opts.events, data.events, 'event', caller);
  const predicates = checkVocabList(caller, 'predicates', opts.predicates, PREDICATES);
  const entities = data.entities.filter(keepEntity);
  const entityIds = new Set(entities.map((e) => e.id));
  const events = data.events.filter(keepEvent);
  const eventIds = new Set(events.map((e) => e.id));

  const edges: GraphEdge[] = [];
  for (const r of data.relationships) {
    if (predicates !== null && !predicates.has(r.predicate)) continue;
    if (entityIds.has(r.subject) && entityIds.has(r.object)) {
      edges.push({ id: r.id, source: r.subject, target: r.object, label: r.predicate, kind: 'relationship' });
    }
  }
  for (const ev of events) {
    for (const p of ev.participants) {
      if (entityIds.has(p.entity)) {
        edges.push({ id: `${ev.id}:${p.role}:${p.entity}`, source: p.entity, target: ev.id, label: p.role, kind: 'participation' });
      }
    }
  }
  for (const l of data.eventLinks) {
    if (eventIds.has(l.from) && eventIds.has(l.to)) edges.push({ id: l.id, source: l.from, target: l.to, label: l.type, kind: 'event-link' });
  }
  const touched = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes: GraphNode[] = [
    ...entities
      .filter((e) => opts.isolated === true || touched.has(e.id))
      .map((e): GraphNode => ({ id: e.id, kind: 'entity', label: e.name, type: e.kind })),
    ...events.map((ev): GraphNode => ({ id: ev.id, kind: 'event', label: `${ev.type} ${ev.date}`, type: ev.type })),
  ];
  return { nodes, edges };
}
