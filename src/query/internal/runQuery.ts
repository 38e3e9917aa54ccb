import type { EventRecord } from '../../schema/types.js';
import type { IndexData } from './IndexData.js';
import type { EventQuery } from './EventQuery.js';
import { actorRanks } from './actorRanks.js';
import { placeClosure } from './placeClosure.js';
import { sortUnique } from './sortUnique.js';
import { windowScan } from './windowScan.js';

type Source = 'actor' | 'type' | 'place' | 'window' | 'all';

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
 * Runs resolved event filters: takes the candidates of the most selective indexed filter
 * (actor, type, place or window, judged by the size of its posting lists) and checks the other
 * filters on each candidate by rank, with no scan of the whole dataset unless nothing narrows it.
 *
 * @param ix - the index.
 * @param q - the resolved filters.
 * @returns the matching events in chronological order, frozen.
 */
export function runQuery(ix: IndexData, q: EventQuery): readonly EventRecord[] {
  const actor = q.actor === null ? null : actorRanks(ix, q.actor, q.roleMask, q.expand);
  const places = q.place === null ? null : placeClosure(ix, q.place);
  const windowed = q.w0 !== Number.NEGATIVE_INFINITY || q.w1 !== Number.POSITIVE_INFINITY;

  // Choose the smallest candidate source.
  let source = 'all' as Source;
  let best = ix.eventCount;
  const consider = (s: Source, size: number): void => {
    if (size < best || (source === 'all' && size <= best)) {
      source = s;
      best = size;
    }
  };
  if (actor !== null) consider('actor', actor.length);
  if (q.types !== null) {
    let size = 0;
    for (const c of q.types) size += ix.typeOffsets[c + 1]! - ix.typeOffsets[c]!;
    consider('type', size);
  }
  if (places !== null) {
    let size = 0;
    for (const p of places) size += ix.placeOffsets[p + 1]! - ix.placeOffsets[p]!;
    consider('place', size);
  }
  if (windowed && best > 0) consider('window', windowScan(ix, q.w0, q.w1, q.within, null));

  // Gather the candidates.
  let candidates: ArrayLike<number>;
  let ordered = true;
  if (source === 'actor') {
    candidates = actor!;
  } else if (source === 'type' || source === 'place') {
    const [offsets, values, keys] = source === 'type' ? [ix.typeOffsets, ix.typeRanks, q.types!] : [ix.placeOffsets, ix.placeRanks, places!];
    const out: number[] = [];
    for (const k of keys) for (let i = offsets[k]!, hi = offsets[k + 1]!; i < hi; i++) out.push(values[i]!);
    candidates = out;
    ordered = keys.length <= 1;
  } else if (source === 'window') {
    const out: number[] = [];
    windowScan(ix, q.w0, q.w1, q.within, out);
    candidates = out;
    ordered = false;
  } else {
    candidates = { length: ix.eventCount };
  }

  // Check the remaining filters on each candidate.
  const typeOk = q.types === null || source === 'type' ? null : new Uint8Array(256);
  if (typeOk !== null) for (const c of q.types!) typeOk[c] = 1;
  const modalityOk = q.modalities === null ? null : new Uint8Array(256);
  if (modalityOk !== null) for (const c of q.modalities!) modalityOk[c] = 1;
  const placeOk = places === null || source === 'place' ? null : new Set(places);
  const checkWindow = windowed && source !== 'window';
  const checkActor = actor !== null && source !== 'actor';
  const { start, end, typeCode, modalityCode, location, unknownEnds, happened } = ix;
  const { w0, w1, within } = q;
  const kept: number[] = [];
  const all = source === 'all';
  for (let i = 0; i < candidates.length; i++) {
    const r = all ? i : candidates[i]!;
    if (typeOk !== null && typeOk[typeCode[r]!] !== 1) continue;
    if (modalityOk !== null && modalityOk[modalityCode[r]!] !== 1) continue;
    if (placeOk !== null && !placeOk.has(location[r]!)) continue;
    if (checkWindow && (within ? start[r]! < w0 || end[r]! > w1 : start[r]! > w1 || end[r]! < w0)) continue;
    if (checkActor && !has(actor!, r)) continue;
    if (q.happenedOnly && happened[r] !== 1) continue;
    // an unknown start (end) lies within a window only when the window's start (end) is open
    if (within && unknownEnds[r] !== 0 && (((unknownEnds[r]! & 1) !== 0 && w0 !== Number.NEGATIVE_INFINITY) || ((unknownEnds[r]! & 2) !== 0 && w1 !== Number.POSITIVE_INFINITY))) continue;
    kept.push(r);
  }
  const ranks = ordered ? kept : sortUnique(kept);
  const result: EventRecord[] = [];
  for (let i = 0; i < ranks.length; i++) result.push(ix.sorted[ranks[i]!]!);
  return Object.freeze(result);
}
