import type { DatasetRecord } from '../schema/types.js';
import { ArgumentTypeError } from '../errors/ArgumentTypeError.js';
import { describeValue } from '../errors/describeValue.js';
import { PREDICATE_INFO } from '../vocab/relationships.js';
import { buildIndexDataSafely } from './internal/buildIndexDataSafely.js';
import { checkDatasetShape } from './internal/checkDatasetShape.js';
import { freezeIndexed } from './internal/freezeIndexed.js';
import { CAUSAL_LINK_CODES, LINK_TYPE_LIST } from './internal/frozenVocab.js';
import { placePosition } from './internal/placePosition.js';
import { actorEvents } from './internal/actorEvents.js';
import { checkOptions } from './internal/checkOptions.js';
import { dayRangeOf } from './internal/dayRangeOf.js';
import { entityPosition } from './internal/entityPosition.js';
import { eventChain } from './internal/eventChain.js';
import { eventRankOf } from './internal/eventRankOf.js';
import { lazyViaEntry } from './internal/lazyViaEntry.js';
import { membershipWalk } from './internal/membershipWalk.js';
import { optionChoice } from './internal/optionChoice.js';
import { predicateMask } from './internal/predicateMask.js';
import { readFilters } from './internal/readFilters.js';
import { resolveWindow } from './internal/resolveWindow.js';
import { readRelationOptions } from './internal/readRelationOptions.js';
import { forEachRelation } from './internal/forEachRelation.js';
import { viewOf, type View } from './internal/viewOf.js';
import { plainWindowQuery } from './internal/plainWindowQuery.js';
import { runQuery } from './internal/runQuery.js';
import { searchEntities } from './internal/searchEntities.js';
import { shortestPath } from './internal/shortestPath.js';
import { vocabCodes } from './internal/vocabCodes.js';
import type { PathStep, QueryIndex } from './types.js';

const FILTER_KEYS = ['from', 'to', 'mode', 'type', 'place', 'modality'] as const;
const ACTOR_KEYS = [...FILTER_KEYS, 'roles', 'includeMembers'] as const;
const QUERY_KEYS = [...ACTOR_KEYS, 'actor'] as const;
const without = (keys: readonly string[], ...drop: string[]): string[] => keys.filter((k) => !drop.includes(k));
const BETWEEN_KEYS = without(QUERY_KEYS, 'from', 'to');
const TYPE_KEYS = without(QUERY_KEYS, 'type');
const PLACE_KEYS = without(QUERY_KEYS, 'place');
const RELATION_KEYS = ['predicate', 'direction', 'asOf'];
const MEMBERSHIP_KEYS = ['asOf', 'transitive'];
const CHAIN_KEYS = ['types', 'transitive'];
const STATEMENT_KEYS = [...FILTER_KEYS, 'includeSpokespersons', 'includeMembers'];

const MEMBERSHIP = predicateMask((p) => PREDICATE_INFO[p].membership);
const SPOKESPERSON = predicateMask((p) => p === 'spokesperson-of');
const MEMBERSHIP_OR_SPOKESPERSON = predicateMask((p) => PREDICATE_INFO[p].membership || p === 'spokesperson-of');
const SPEAKER_BIT = 1 << 4; // ROLES.indexOf('speaker')

const viewOut = (v: View) => Object.freeze({ relationship: v.relationship, direction: v.direction, predicate: v.predicate, other: v.other });

/**
 * Builds the indices of a dataset once and returns its query helpers, typed by the dataset's
 * own ids: with a literal dataset (`as const`, or passed inline) a wrong id is a compile error.
 * The helpers are those of the main entry (`byActor`, `between`, `byType`, `byPlace`,
 * `relationsOf`, `neighbors`, `path`, `membersOf`, `membershipsOf`, `findEntity`, `causes`,
 * `consequences`, `statementsBy`, `timeline`, `query`), which use an index of the bundled data.
 *
 * The index keeps typed arrays of event ranks (events sorted by earliest day, latest day, id):
 * per entity, type, place and date-span class, plus adjacency lists of relationships and event
 * links and the connected components of the relationships. Building it parses each distinct
 * date once and sorts the events once. A query reads the smallest of its filters' sorted lists
 * and merges them (or makes one pass over every event when that list would be long); `path`
 * searches from both ends. The dataset is
 * not copied: results are frozen arrays of the dataset's own records. So that the index never
 * goes stale silently, the dataset is **frozen in place** where the answers depend on it — the
 * dataset object, its record arrays, every record, each event's participants and each entity's
 * aliases — and a later change throws (in strict mode) instead of going unseen. Index a copy
 * (`structuredClone(data)`) to keep editing yours.
 *
 * @param dataset - any dataset of the package's shape (validate user data with
 *   `parseDataset` from `iraq-militias/schema` first: the index trusts its shape).
 * @returns a frozen object of query helpers bound to the dataset, plus `dataset` itself.
 * @throws {ArgumentTypeError} when `dataset` is not an object with `entities`, `events`,
 *   `relationships` and `eventLinks` arrays of records whose indexed fields have the right
 *   types, naming the first wrong field (`dataset.events[3].date`).
 * @throws {DateFormatError} when an event date or a relationship's `valid` cannot be parsed,
 *   naming the record.
 * @example
 * const mine = createIndex({
 *   schemaVersion: '1.0.0', sources: [], relationships: [], eventLinks: [],
 *   entities: [{ id: 'x', kind: 'group', name: 'X', aliases: [], description: 'A group.', evidence: [{ source: 's', paragraphs: [1] }], certainty: 'stated' }],
 *   events: [{ id: 'e1', type: 'statement', modality: 'actual', date: '2024-05', participants: [{ entity: 'x', role: 'speaker' }], summary: 'X spoke.', attributedTo: null, evidence: [{ source: 's', paragraphs: [1] }], certainty: 'stated' }],
 * });
 * mine.byActor('x').map((e) => e.id) // => ['e1']
 * // mine.byActor('y') does not compile: 'y' is not an entity id of this dataset
 */
export function createIndex<const D extends DatasetRecord>(dataset: D): QueryIndex<D> {
  checkDatasetShape(dataset);
  freezeIndexed(dataset);
  const ix = buildIndexDataSafely(dataset);
  // The resolved "no options" queries, read once: a call without options only fills in its arguments.
  const plainByActor = readFilters(ix, 'byActor', {});
  const plainBetween = readFilters(ix, 'between', {});
  const plainActorOnly = plainByActor.roleMask === 0 && plainByActor.expand === null && plainByActor.types === null && plainByActor.place === null && plainByActor.modalities === null;

  const relationsOf = (fn: string, entity: unknown, options: unknown): View[] => {
    const pos = entityPosition(ix, entity, `${fn}: entity`);
    const views: View[] = [];
    forEachRelation(ix, pos, readRelationOptions(fn, checkOptions(fn, options, RELATION_KEYS)), (rel, other, outgoing) => {
      views.push(viewOf(ix, rel, other, outgoing));
    });
    return views;
  };

  const memberships = (fn: string, up: boolean, entity: unknown, options: unknown) => {
    const pos = entityPosition(ix, entity, `${fn}: entity`);
    const o = checkOptions(fn, options, MEMBERSHIP_KEYS);
    const transitive = optionChoice(fn, 'transitive', o['transitive'], [true, false], true);
    const asOf = dayRangeOf(o['asOf'], `${fn}: asOf`);
    const [a0, a1] = asOf ?? [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
    const walk = membershipWalk(ix, pos, up, MEMBERSHIP, transitive, a0, a1);
    const entries = walk.map((w, i) => lazyViaEntry({ entity: ix.entities[w.pos]!, depth: w.depth }, walk, i, ix.relationships));
    return Object.freeze(entries);
  };

  const chain = (fn: string, towardCauses: boolean, event: unknown, options: unknown) => {
    const rank = eventRankOf(ix, event, `${fn}: event`);
    const o = checkOptions(fn, options, CHAIN_KEYS);
    const codes = vocabCodes(fn, 'types', o['types'], LINK_TYPE_LIST) ?? CAUSAL_LINK_CODES;
    const mask = new Uint8Array(256);
    for (const c of codes) mask[c] = 1;
    const transitive = optionChoice(fn, 'transitive', o['transitive'], [true, false], true);
    const walk = eventChain(ix, rank, towardCauses, mask, transitive);
    const steps = walk.map((s, i) => lazyViaEntry({ event: ix.sorted[s.rank]!, depth: s.depth }, walk, i, ix.eventLinks, { link: ix.eventLinks[s.rel]! }));
    return Object.freeze(steps);
  };

  const plainQuery = readFilters(ix, 'query', {});
  const query = (fn: string, filters: unknown) =>
    // The common shape (an actor and/or a window) is read in one step; anything else is checked in full.
    runQuery(ix, plainWindowQuery(ix, fn, filters, plainQuery) ?? readFilters(ix, fn, checkOptions(fn, filters, QUERY_KEYS)));

  const helpers = {
    dataset,
    byActor(actor: unknown, options?: unknown) {
      const pos = entityPosition(ix, actor, 'byActor: actor');
      if (options === undefined) {
        // Nothing else to read.
        return plainActorOnly
          ? actorEvents(ix, pos, plainByActor.w0, plainByActor.w1, plainByActor.within, plainByActor.happenedOnly)
          : runQuery(ix, { ...plainByActor, actor: pos });
      }
      return runQuery(ix, readFilters(ix, 'byActor', { ...checkOptions('byActor', options, ACTOR_KEYS), actor }));
    },
    between(from: unknown, to: unknown, options?: unknown) {
      if (options === undefined) {
        const [w0, w1] = resolveWindow('between', from, to);
        return runQuery(ix, { ...plainBetween, w0, w1 });
      }
      return runQuery(ix, readFilters(ix, 'between', { ...checkOptions('between', options, BETWEEN_KEYS), from, to }));
    },
    byType(type: unknown, options?: unknown) {
      if (type === undefined) throw new ArgumentTypeError('byType: type', type, 'an event type or an array of them (see EVENT_TYPES)');
      return runQuery(ix, readFilters(ix, 'byType', { ...checkOptions('byType', options, TYPE_KEYS), type }));
    },
    byPlace(place: unknown, options?: unknown) {
      placePosition(ix, place, 'byPlace: place');
      return runQuery(ix, readFilters(ix, 'byPlace', { ...checkOptions('byPlace', options, PLACE_KEYS), place }));
    },
    relationsOf(entity: unknown, options?: unknown) {
      return Object.freeze(relationsOf('relationsOf', entity, options).map(viewOut));
    },
    neighbors(entity: unknown, options?: unknown) {
      const seen = new Map<number, View['other']>();
      for (const v of relationsOf('neighbors', entity, options)) seen.set(v.otherPos, v.other);
      return Object.freeze([...seen.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
    },
    path(a: unknown, b: unknown, options?: unknown) {
      const from = entityPosition(ix, a, 'path: a');
      const to = entityPosition(ix, b, 'path: b');
      const filter = readRelationOptions('path', checkOptions('path', options, RELATION_KEYS));
      // Views are made only for the steps of the chain found.
      const chain = shortestPath(ix, from, to, filter);
      if (chain === null) return null;
      const steps: PathStep[] = chain.map((c) => {
        const view = viewOf(ix, c.rel, c.to, c.outgoing);
        return Object.freeze({ from: ix.entities[c.from]!, predicate: view.predicate, to: view.other, relationship: view.relationship });
      });
      const entities = [ix.entities[from]!, ...steps.map((s) => s.to)];
      return Object.freeze({ entities: Object.freeze(entities), steps: Object.freeze(steps) });
    },
    membersOf(entity: unknown, options?: unknown) {
      return memberships('membersOf', false, entity, options);
    },
    membershipsOf(entity: unknown, options?: unknown) {
      return memberships('membershipsOf', true, entity, options);
    },
    findEntity(text: unknown, options?: unknown) {
      if (typeof text !== 'string') throw new ArgumentTypeError('findEntity: text', text, 'a string (a name or alias, or part of one)');
      const o = checkOptions('findEntity', options, ['limit']);
      const limit = o['limit'] ?? Number.POSITIVE_INFINITY;
      if (typeof limit !== 'number' || !(limit >= 1) || (Number.isFinite(limit) && !Number.isInteger(limit))) {
        throw new ArgumentTypeError("findEntity: option 'limit'", limit, 'a positive integer', `findEntity: option 'limit' must be a positive integer, got ${describeValue(limit)}`);
      }
      return Object.freeze(searchEntities(ix, text, limit));
    },
    causes(event: unknown, options?: unknown) {
      return chain('causes', true, event, options);
    },
    consequences(event: unknown, options?: unknown) {
      return chain('consequences', false, event, options);
    },
    statementsBy(entity: unknown, options?: unknown) {
      const fn = 'statementsBy';
      const actor = entityPosition(ix, entity, `${fn}: entity`);
      const o = checkOptions(fn, options, STATEMENT_KEYS);
      const spokes = optionChoice(fn, 'includeSpokespersons', o['includeSpokespersons'], [true, false], true);
      const members = optionChoice(fn, 'includeMembers', o['includeMembers'], [true, false], false);
      const { includeSpokespersons: _s, includeMembers: _m, ...filters } = o;
      const q = readFilters(ix, fn, filters);
      const expand = spokes && members ? MEMBERSHIP_OR_SPOKESPERSON : spokes ? SPOKESPERSON : members ? MEMBERSHIP : null;
      return runQuery(ix, { ...q, actor, roleMask: SPEAKER_BIT, expand });
    },
    timeline(filters?: unknown) {
      return query('timeline', filters);
    },
    query(filters?: unknown) {
      return query('query', filters);
    },
  };
  return Object.freeze(helpers) as unknown as QueryIndex<D>;
}
