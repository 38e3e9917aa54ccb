import { knownSpan } from '../../dates/knownSpan.js';
import { happenedCode } from './happenedCode.js';
import { ownField } from './ownField.js';
import { parseEdtf } from '../../dates/parseEdtf.js';
import { DateFormatError } from '../../errors/DateFormatError.js';
import type { DatasetRecord } from '../../schema/types.js';
import { EVENT_TYPES, MODALITIES, ROLES } from '../../vocab/events.js';
import { PREDICATES } from '../../vocab/relationships.js';
import { FINITE_CLASSES, NO_CODE, OPEN_BOTH_CLASS, OPEN_END_CLASS, OPEN_START_CLASS, CLASS_COUNT, type IndexData } from './IndexData.js';

const codesOf = (values: readonly string[]): Map<string, number> => new Map(values.map((v, i) => [v, i]));
const TYPE_CODE = codesOf(EVENT_TYPES);
const MODALITY_CODE = codesOf(MODALITIES);
const ROLE_BIT = new Map(ROLES.map((r, i) => [r as string, 1 << i]));
const PREDICATE_CODE = codesOf(PREDICATES);

/** Counting sort of `count` items by integer keys in `[0, keyCount)`: CSR offsets and the item order. */
function group(keys: Int32Array, keyCount: number): { offsets: Int32Array; values: Int32Array } {
  const offsets = new Int32Array(keyCount + 1);
  let total = 0;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k >= 0) {
      offsets[k + 1]!++;
      total++;
    }
  }
  for (let k = 0; k < keyCount; k++) offsets[k + 1]! += offsets[k]!;
  const fill = offsets.slice(0, keyCount);
  const values = new Int32Array(total);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k >= 0) values[fill[k]!++] = i;
  }
  return { offsets, values };
}

/** Compares numbers, infinities included. */
function cmp(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function spanClass(start: number, end: number): number {
  if (start === Number.NEGATIVE_INFINITY) return end === Number.POSITIVE_INFINITY ? OPEN_BOTH_CLASS : OPEN_START_CLASS;
  if (end === Number.POSITIVE_INFINITY) return OPEN_END_CLASS;
  const span = end - start;
  return span <= 0 ? 0 : Math.min(FINITE_CLASSES - 1, Math.floor(Math.log2(span)) + 1);
}

/** Connected components by union-find (path halving, union by size): each entity's root. */
function components(count: number, a: Int32Array, b: Int32Array): Int32Array {
  const parent = Int32Array.from({ length: count }, (_, i) => i);
  const size = new Int32Array(count).fill(1);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (let i = 0; i < a.length; i++) {
    if (a[i]! < 0 || b[i]! < 0) continue;
    let x = find(a[i]!);
    let y = find(b[i]!);
    if (x === y) continue;
    if (size[x]! < size[y]!) [x, y] = [y, x];
    parent[y] = x;
    size[x]! += size[y]!;
  }
  for (let i = 0; i < count; i++) parent[i] = find(i);
  return parent;
}

function asArray(value: unknown, what: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new TypeError(`createIndex: expected a dataset whose '${what}' is an array, got ${value === null ? 'null' : typeof value}`);
  return value;
}

/**
 * Builds every index of a dataset in a few linear passes and one sort (see {@link IndexData}).
 *
 * @param dataset - any dataset of the package's shape (validated or not).
 * @returns the indices.
 * @throws {TypeError} when `dataset` is not an object with the record arrays.
 * @throws {DateFormatError} when an event or relationship has a date the parser rejects, naming it.
 */
export function buildIndexData(dataset: DatasetRecord): IndexData {
  if (typeof dataset !== 'object' || dataset === null) {
    throw new TypeError(`createIndex: expected a dataset object, got ${dataset === null ? 'null' : typeof dataset}`);
  }
  for (const key of ['entities', 'events', 'relationships', 'eventLinks'] as const) asArray(dataset[key], key);
  const { entities, events, relationships, eventLinks } = dataset;

  const entityPos = new Map<string, number>();
  entities.forEach((e, i) => entityPos.set(e.id, i));
  const nEntities = entities.length;
  const posOf = (id: string | undefined): number => (id === undefined ? -1 : (entityPos.get(id) ?? -1));

  // Each distinct date string is parsed once; events refer to it by entry number.
  const dayCache = new Map<string, number>();
  const entryStart: number[] = [];
  const entryEnd: number[] = [];
  const entryUnknown: number[] = [];
  const entryOf = (edtf: string, what: () => string): number => {
    let entry = dayCache.get(edtf);
    if (entry === undefined) {
      try {
        // the known span: an unknown start or end is placed at the other end (see knownSpan)
        const known = knownSpan(parseEdtf(edtf));
        entryStart.push(known.first);
        entryEnd.push(known.last);
        entryUnknown.push((known.startUnknown ? 1 : 0) | (known.endUnknown ? 2 : 0));
      } catch (error) {
        const reason = error instanceof Error ? error.message.replace(/; accepted: [\s\S]*$/, '') : String(error);
        throw new DateFormatError(edtf, `createIndex: ${what()}: ${reason}`);
      }
      entry = entryStart.length - 1;
      dayCache.set(edtf, entry);
    }
    return entry;
  };

  // ── events: parse dates, sort chronologically ──
  const n = events.length;
  // Read every event once, in data order (sequential memory access), into typed arrays by position.
  const entryOfEvent = new Int32Array(n);
  const typeByPos = new Uint8Array(n);
  const modalityByPos = new Uint8Array(n);
  const locationByPos = new Int32Array(n);
  let participantCount = 0;
  for (let p = 0; p < n; p++) {
    const e = events[p]!;
    entryOfEvent[p] = entryOf(e.date, () => `event '${e.id}' date`);
    typeByPos[p] = TYPE_CODE.get(e.type) ?? NO_CODE;
    modalityByPos[p] = MODALITY_CODE.get(e.modality) ?? NO_CODE;
    locationByPos[p] = posOf(ownField(e, 'location'));
    participantCount += Array.isArray(e.participants) ? e.participants.length : 0;
  }
  // Actor postings: one per (entity, event), roles merged.
  const postEntity = new Int32Array(participantCount);
  const postPos = new Int32Array(participantCount);
  const postRoles = new Uint16Array(participantCount);
  let posts = 0;
  for (let p = 0; p < n; p++) {
    const participants = events[p]!.participants;
    if (!Array.isArray(participants)) continue;
    const first = posts;
    for (const part of participants) {
      const ent = posOf(part.entity);
      if (ent < 0) continue;
      const bit = ROLE_BIT.get(part.role) ?? 0;
      let merged = false;
      for (let q = first; q < posts; q++) {
        if (postEntity[q] === ent) {
          postRoles[q]! |= bit;
          merged = true;
          break;
        }
      }
      if (!merged) {
        postEntity[posts] = ent;
        postPos[posts] = p;
        postRoles[posts] = bit;
        posts++;
      }
    }
  }
  // Sort the few distinct date entries, then counting-sort the events by their entry's rank,
  // then order ties by id (a merge pass: cheap when ids already follow the data order).
  const entries = entryStart.map((_, i) => i);
  entries.sort((a, b) => cmp(entryStart[a]!, entryStart[b]!) || cmp(entryEnd[a]!, entryEnd[b]!));
  const entryRank = new Int32Array(entries.length);
  let distinct = 0;
  entries.forEach((entry, i) => {
    const prev = entries[i - 1];
    if (prev !== undefined && (entryStart[prev] !== entryStart[entry] || entryEnd[prev] !== entryEnd[entry])) distinct++;
    entryRank[entry] = distinct;
  });
  const byDate = group(Int32Array.from(entryOfEvent, (entry) => entryRank[entry]!), distinct + 1);
  const order = Array.from(byDate.values);
  order.sort((a, b) => {
    const ea = entryOfEvent[a]!;
    const eb = entryOfEvent[b]!;
    const ra = entryRank[ea]!;
    const rb = entryRank[eb]!;
    if (ra !== rb) return ra - rb;
    const ia = events[a]!.id;
    const ib = events[b]!.id;
    return ia < ib ? -1 : ia > ib ? 1 : a - b;
  });

  const sorted: (typeof events)[number][] = [];
  const rankOfPos = new Int32Array(n);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const typeCode = new Uint8Array(n);
  const modalityCode = new Uint8Array(n);
  const location = new Int32Array(n);
  const classKey = new Int32Array(n);
  const unknownEnds = new Uint8Array(n);
  const happened = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    const p = order[r]!;
    const entry = entryOfEvent[p]!;
    sorted.push(events[p]!);
    rankOfPos[p] = r;
    start[r] = entryStart[entry]!;
    end[r] = entryEnd[entry]!;
    typeCode[r] = typeByPos[p]!;
    modalityCode[r] = modalityByPos[p]!;
    location[r] = locationByPos[p]!;
    classKey[r] = spanClass(start[r]!, end[r]!);
    unknownEnds[r] = entryUnknown[entry]!;
    happened[r] = happenedCode(typeCode[r]!, modalityCode[r]!) ? 1 : 0;
  }
  // The events that happened, in rank order, with their spans side by side: the default pass
  // over every event reads only these (no per-event test of `happened`).
  let happenedCount = 0;
  for (let r = 0; r < n; r++) happenedCount += happened[r]!;
  const happenedRanks = new Int32Array(happenedCount);
  const happenedStart = new Float64Array(happenedCount);
  const happenedEnd = new Float64Array(happenedCount);
  const happenedUnknownEnds = new Uint8Array(happenedCount);
  const happenedSorted: (typeof events)[number][] = [];
  for (let r = 0, w = 0; r < n; r++) {
    if (happened[r] !== 1) continue;
    happenedSorted.push(sorted[r]!);
    happenedRanks[w] = r;
    happenedStart[w] = start[r]!;
    happenedUnknownEnds[w] = unknownEnds[r]!;
    happenedEnd[w++] = end[r]!;
  }

  // Postings by entity with ranks ascending: counting-sort by rank, then (stably) by entity.
  const postRank = new Int32Array(posts);
  for (let q = 0; q < posts; q++) postRank[q] = rankOfPos[postPos[q]!]!;
  const byRank = group(postRank, n);
  const entityInRankOrder = new Int32Array(posts);
  for (let i = 0; i < posts; i++) entityInRankOrder[i] = postEntity[byRank.values[i]!]!;
  const byActor = group(entityInRankOrder, nEntities);
  const actorRanks = new Int32Array(posts);
  const actorRoles = new Uint16Array(posts);
  for (let i = 0; i < posts; i++) {
    const q = byRank.values[byActor.values[i]!]!;
    actorRanks[i] = postRank[q]!;
    actorRoles[i] = postRoles[q]!;
  }
  // The same postings restricted to the events that happened (the helpers' default), so that a
  // call without options copies a list instead of testing every event of the actor.
  const happenedOffsets = new Int32Array(nEntities + 1);
  let kept = 0;
  for (let a = 0; a < nEntities; a++) {
    happenedOffsets[a] = kept;
    for (let i = byActor.offsets[a]!, hi = byActor.offsets[a + 1]!; i < hi; i++) if (happened[actorRanks[i]!] === 1) kept++;
  }
  happenedOffsets[nEntities] = kept;
  const actorHappened = new Int32Array(kept);
  for (let i = 0, w = 0; i < posts; i++) if (happened[actorRanks[i]!] === 1) actorHappened[w++] = actorRanks[i]!;

  const byType = group(Int32Array.from(typeCode, (c) => (c === NO_CODE ? -1 : c)), EVENT_TYPES.length);
  const byPlace = group(location, nEntities);
  const byClass = group(classKey, CLASS_COUNT);

  const within = new Int32Array(nEntities);
  entities.forEach((e, i) => {
    within[i] = posOf(ownField(e, 'within'));
  });
  const byParent = group(within, nEntities);

  // ── relationships ──
  const nRel = relationships.length;
  const relSubject = new Int32Array(nRel);
  const relObject = new Int32Array(nRel);
  const relPredicate = new Uint8Array(nRel);
  const relStart = new Float64Array(nRel);
  const relEnd = new Float64Array(nRel);
  relationships.forEach((rel, i) => {
    relSubject[i] = posOf(rel.subject);
    relObject[i] = posOf(rel.object);
    relPredicate[i] = PREDICATE_CODE.get(rel.predicate) ?? NO_CODE;
    const valid = ownField(rel, 'valid');
    const entry = valid === undefined ? -1 : entryOf(valid, () => `relationship '${rel.id}' valid`);
    relStart[i] = entry < 0 ? Number.NEGATIVE_INFINITY : entryStart[entry]!;
    relEnd[i] = entry < 0 ? Number.POSITIVE_INFINITY : entryEnd[entry]!;
  });
  const bySubject = group(relSubject, nEntities);
  const byObject = group(relObject, nEntities);
  const component = components(nEntities, relSubject, relObject);

  return {
    dataset,
    entities,
    entityPos,
    childOffsets: byParent.offsets,
    children: byParent.values,
    eventCount: n,
    sorted,
    start,
    end,
    typeCode,
    modalityCode,
    location,
    unknownEnds,
    happened,
    happenedRanks,
    happenedStart,
    happenedEnd,
    happenedUnknownEnds,
    happenedSorted,
    actorOffsets: byActor.offsets,
    actorHappenedOffsets: happenedOffsets,
    actorHappenedRanks: actorHappened,
    actorRanks,
    actorRoles,
    typeOffsets: byType.offsets,
    typeRanks: byType.values,
    placeOffsets: byPlace.offsets,
    placeRanks: byPlace.values,
    classOffsets: byClass.offsets,
    classRanks: byClass.values,
    relationships,
    eventLinks,
    relSubject,
    relObject,
    relPredicate,
    relStart,
    relEnd,
    outOffsets: bySubject.offsets,
    outRels: bySubject.values,
    inOffsets: byObject.offsets,
    inRels: byObject.values,
    component,
  };
}
