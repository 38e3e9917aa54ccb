import type { EventRecord } from '../../schema/types.js';
import type { IndexData } from './IndexData.js';
import type { EventQuery } from './EventQuery.js';
import { actorEvents } from './actorEvents.js';
import { actorRanks } from './actorRanks.js';
import { mergeRuns } from './mergeRuns.js';
import { placeClosure } from './placeClosure.js';
import { withinWindow } from './withinWindow.js';
import { CHECK_END_AFTER, CHECK_END_BEFORE, WINDOW_RANGES_LENGTH, windowScan } from './windowScan.js';

/**
 * Below this many candidates, checking the window on each costs less than bounding it in every
 * span class (two binary searches per class), so the window is not used as a source.
 */
const WINDOW_PROBE_MIN = 256;
/**
 * Bounding the window costs about two binary searches per span class: below this many events a
 * pass over all of them costs less.
 */
const WINDOW_PROBE_MIN_EVENTS = 4096;
/**
 * A candidate read through a posting list costs a few steps of a sequential pass while the index
 * fits in the CPU caches, and ten to twenty once it outgrows them (random access, then a merge):
 * above `eventCount / scanRatio(eventCount)` candidates, one pass over every rank wins
 * (bench/RESULTS.md: 1-year windows at 10^5 and 10^6 events).
 */
const scanRatio = (eventCount: number): number => (eventCount > 262_144 ? 16 : 6);

/**
 * Scratch space for candidate ranks, reused from query to query (queries run synchronously and
 * copy out their records before returning): allocating large typed arrays per query costs more
 * than the merge itself once the heap is big, through the collections it triggers.
 */
let scratchA = new Int32Array(1024);
let scratchB = new Int32Array(1024);
function scratch(size: number): void {
  if (scratchA.length >= size) return;
  const length = Math.max(size, 2 * scratchA.length);
  scratchA = new Int32Array(length);
  scratchB = new Int32Array(length);
}

/** Where the candidates come from: a posting list, the window's span classes, or every event. */
export type Source = 'actor' | 'type' | 'place' | 'window' | 'scan';

/**
 * Every event in the window (that happened, with `happenedOnly`), in one pass: kept apart so that
 * it is optimised on its own. In `within` mode an unknown start (end) lies inside the window only
 * when the window's start (end) is open.
 */
function scanWindow(ix: IndexData, w0: number, w1: number, within: boolean, happenedOnly: boolean): EventRecord[] {
  const { start, end, sorted, eventCount: n, unknownEnds } = ix;
  const result: EventRecord[] = [];
  if (within) {
    const unknownOk = (w0 === Number.NEGATIVE_INFINITY ? 1 : 0) | (w1 === Number.POSITIVE_INFINITY ? 2 : 0);
    if (happenedOnly) {
      const { happenedRanks: ranks, happenedStart: s, happenedEnd: e } = ix;
      for (let i = 0, m = ranks.length; i < m; i++) {
        if (s[i]! >= w0 && e[i]! <= w1 && (unknownEnds[ranks[i]!]! & ~unknownOk) === 0) result.push(sorted[ranks[i]!]!);
      }
      return result;
    }
    for (let r = 0; r < n; r++) {
      if (start[r]! >= w0 && end[r]! <= w1 && (unknownEnds[r]! & ~unknownOk) === 0) result.push(sorted[r]!);
    }
  } else if (happenedOnly) {
    const { happenedStart: s, happenedEnd: e, happenedSorted: records } = ix;
    for (let i = 0, m = records.length; i < m; i++) if (s[i]! <= w1 && e[i]! >= w0) result.push(records[i]!);
  } else {
    for (let r = 0; r < n; r++) if (start[r]! <= w1 && end[r]! >= w0) result.push(sorted[r]!);
  }
  return result;
}

/** True when `sorted` (ascending) holds `x`. */
function has(sorted: Int32Array, x: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] === x;
}

/**
 * Runs resolved event filters. It takes the candidates of the most selective indexed filter
 * (actor, type, place or window, judged by the size of its posting lists), or one pass over
 * every event when even that one would hand over more than a sixth of them (a sixteenth past
 * 2^18 events); checks the other filters on each candidate by rank; merges the sorted runs of
 * candidates (ranks are chronological) instead of sorting them; and builds the array of records
 * once.
 *
 * @param ix - the index.
 * @param q - the resolved filters.
 * @param forceSource - for tests: use this source (when the query has it) whatever the sizes.
 * @returns the matching events in chronological order, frozen.
 */
export function runQuery(ix: IndexData, q: EventQuery, forceSource?: Source): readonly EventRecord[] {
  const n = ix.eventCount;
  if (q.actor !== null && forceSource === undefined && q.roleMask === 0 && q.expand === null && q.types === null && q.place === null && q.modalities === null) {
    return actorEvents(ix, q.actor, q.w0, q.w1, q.within, q.happenedOnly);
  }
  // A window in `within` mode with only the default filters: one run of ranks, already in order.
  if (q.within && forceSource === undefined && q.actor === null && q.types === null && q.place === null && q.modalities === null && (q.w0 !== Number.NEGATIVE_INFINITY || q.w1 !== Number.POSITIVE_INFINITY)) {
    return Object.freeze(withinWindow(ix, q.w0, q.w1, q.happenedOnly));
  }
  // The actor's own postings (of the events that happened, by default) are used in place when no role or member filter applies.
  let actor: Int32Array | null = null;
  if (q.actor !== null) {
    if (q.roleMask !== 0 || q.expand !== null) actor = actorRanks(ix, q.actor, q.roleMask, q.expand);
    else if (q.happenedOnly) actor = ix.actorHappenedRanks.subarray(ix.actorHappenedOffsets[q.actor]!, ix.actorHappenedOffsets[q.actor + 1]!);
    else actor = ix.actorRanks.subarray(ix.actorOffsets[q.actor]!, ix.actorOffsets[q.actor + 1]!);
  }
  const places = q.place === null ? null : placeClosure(ix, q.place);
  const windowed = q.w0 !== Number.NEGATIVE_INFINITY || q.w1 !== Number.POSITIVE_INFINITY;
  // Distinct type codes (a repeated type would repeat its run).
  const types = q.types === null ? null : q.types.length <= 1 ? q.types : [...new Set(q.types)];

  // Choose the smallest candidate source.
  let source = 'scan' as Source;
  let best = n;
  const consider = (s: Source, size: number): void => {
    if (forceSource === undefined ? size < best || (source === 'scan' && size <= best) : s === forceSource) {
      source = s;
      best = size;
    }
  };
  if (actor !== null) consider('actor', actor.length);
  if (types !== null) {
    let size = 0;
    for (const c of types) size += ix.typeOffsets[c + 1]! - ix.typeOffsets[c]!;
    consider('type', size);
  }
  if (places !== null) {
    let size = 0;
    for (const p of places) size += ix.placeOffsets[p + 1]! - ix.placeOffsets[p]!;
    consider('place', size);
  }
  let ranges: Int32Array | null = null;
  let rangeCount = 0;
  if (windowed && (forceSource === 'window' || (forceSource === undefined && best >= WINDOW_PROBE_MIN && n >= WINDOW_PROBE_MIN_EVENTS))) {
    ranges = new Int32Array(WINDOW_RANGES_LENGTH);
    // Past that share of the events (or past a smaller source) the window will not be the source: stop counting there.
    rangeCount = windowScan(ix, q.w0, q.w1, q.within, ranges, forceSource === 'window' ? Number.POSITIVE_INFINITY : Math.min(best, Math.floor(n / scanRatio(n))));
    let size = 0;
    for (let t = 0; t < rangeCount; t++) size += ranges[3 * t + 1]! - ranges[3 * t]!;
    if (rangeCount >= 0) consider('window', size);
  }
  if (forceSource === undefined && best * scanRatio(n) > n) source = 'scan';

  // The checks left once the source is chosen.
  const typeOk = types === null || source === 'type' ? null : new Uint8Array(256);
  if (typeOk !== null) for (const c of types!) typeOk[c] = 1;
  const modalityOk = q.modalities === null ? null : new Uint8Array(256);
  if (modalityOk !== null) for (const c of q.modalities!) modalityOk[c] = 1;
  let placeOk: Uint8Array | null = null;
  if (places !== null && source !== 'place') {
    placeOk = new Uint8Array(ix.entities.length + 1);
    for (const p of places) placeOk[p + 1] = 1; // location -1 (none) reads placeOk[0] = 0
  }
  const checkWindow = windowed && source !== 'window';
  const checkActor = actor !== null && source !== 'actor';
  const { start, end, typeCode, modalityCode, location, sorted, happened, unknownEnds } = ix;
  const { w0, w1, within, happenedOnly } = q;
  // In within mode an unknown start (end) lies inside the window only when its start (end) is open.
  const unknownOk = (w0 === Number.NEGATIVE_INFINITY ? 1 : 0) | (w1 === Number.POSITIVE_INFINITY ? 2 : 0);
  const checkUnknown = within && unknownOk !== 3;
  const keep = (r: number): boolean =>
    (typeOk === null || typeOk[typeCode[r]!] === 1) &&
    (modalityOk === null || modalityOk[modalityCode[r]!] === 1) &&
    (placeOk === null || placeOk[location[r]! + 1] === 1) &&
    (!checkWindow || (within ? start[r]! >= w0 && end[r]! <= w1 : start[r]! <= w1 && end[r]! >= w0)) &&
    (!happenedOnly || happened[r] === 1) &&
    (!checkUnknown || (unknownEnds[r]! & ~unknownOk) === 0) &&
    (!checkActor || has(actor!, r));
  const plain = typeOk === null && modalityOk === null && placeOk === null && !checkWindow && !checkActor && !happenedOnly && !checkUnknown;

  const result: EventRecord[] = [];
  if (source === 'scan') {
    // One pass in rank order: the output is chronological as it comes.
    if (checkWindow && typeOk === null && modalityOk === null && placeOk === null && !checkActor) return Object.freeze(scanWindow(ix, w0, w1, within, happenedOnly));
    for (let r = 0; r < n; r++) if (keep(r)) result.push(sorted[r]!);
    return Object.freeze(result);
  }
  if (source === 'actor') {
    const list = actor!;
    for (let i = 0; i < list.length; i++) {
      const r = list[i]!;
      if (plain || keep(r)) result.push(sorted[r]!);
    }
    return Object.freeze(result);
  }

  // Several sorted runs: filter each into one buffer, then merge them.
  scratch(best);
  const buf = scratchA;
  const bounds: number[] = [0];
  let w = 0;
  // The default filters alone (what happened; within a closed window, no unknown end): checked inline.
  const onlyDefault = typeOk === null && modalityOk === null && placeOk === null && !checkActor && !checkWindow;
  if (source === 'window' && onlyDefault) {
    const list = ix.classRanks;
    const happenedMask = happenedOnly ? 1 : 0;
    const unknownMask = checkUnknown ? ~unknownOk : 0;
    for (let t = 0; t < rangeCount; t++) {
      const check = ranges![3 * t + 2]!;
      for (let i = ranges![3 * t]!, hi = ranges![3 * t + 1]!; i < hi; i++) {
        const r = list[i]!;
        if (check === CHECK_END_BEFORE ? end[r]! > w1 : check === CHECK_END_AFTER && end[r]! < w0) continue;
        if ((happened[r]! & happenedMask) === happenedMask && (unknownEnds[r]! & unknownMask) === 0) buf[w++] = r;
      }
      if (w > bounds[bounds.length - 1]!) bounds.push(w);
    }
  } else if (source === 'window') {
    const list = ix.classRanks;
    for (let t = 0; t < rangeCount; t++) {
      const check = ranges![3 * t + 2]!;
      for (let i = ranges![3 * t]!, hi = ranges![3 * t + 1]!; i < hi; i++) {
        const r = list[i]!;
        if (check === CHECK_END_BEFORE ? end[r]! > w1 : check === CHECK_END_AFTER && end[r]! < w0) continue;
        if (plain || keep(r)) buf[w++] = r;
      }
      if (w > bounds[bounds.length - 1]!) bounds.push(w);
    }
  } else {
    const [offsets, values, keys] = source === 'type' ? [ix.typeOffsets, ix.typeRanks, types!] : [ix.placeOffsets, ix.placeRanks, places!];
    for (const k of keys) {
      for (let i = offsets[k]!, hi = offsets[k + 1]!; i < hi; i++) {
        const r = values[i]!;
        if (plain || keep(r)) buf[w++] = r;
      }
      if (w > bounds[bounds.length - 1]!) bounds.push(w);
    }
  }
  const merged = mergeRuns(buf, Int32Array.from(bounds), bounds.length - 1, scratchB);
  for (let i = 0; i < merged.length; i++) result.push(sorted[merged[i]!]!);
  return Object.freeze(result);
}
