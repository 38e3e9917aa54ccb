import type { EventRecord } from '../../schema/types.js';
import type { IndexData } from './IndexData.js';

/**
 * The events of one actor (its own postings, any role) overlapping or within a window: the
 * common case of `runQuery`, kept short (no candidate choice, no merge). With `happenedOnly` it
 * reads the actor's postings of events that happened, built once with the index, so the
 * default call tests nothing per event.
 *
 * @param ix - the index.
 * @param actor - the entity's position.
 * @param w0 - first day of the window (`-Infinity` when open).
 * @param w1 - last day (`Infinity` when open).
 * @param within - the event must lie within the window rather than overlap it.
 * @param happenedOnly - keep only the events that happened (the helpers' default; see `happened`).
 * @returns its events in chronological order, frozen.
 */
export function actorEvents(ix: IndexData, actor: number, w0: number, w1: number, within: boolean, happenedOnly: boolean): readonly EventRecord[] {
  const { start, end, sorted, unknownEnds } = ix;
  const ranks = happenedOnly ? ix.actorHappenedRanks : ix.actorRanks;
  const offsets = happenedOnly ? ix.actorHappenedOffsets : ix.actorOffsets;
  const lo = offsets[actor]!;
  const hi = offsets[actor + 1]!;
  const open0 = w0 === Number.NEGATIVE_INFINITY;
  const open1 = w1 === Number.POSITIVE_INFINITY;
  if (open0 && open1) {
    // Sized up front: cheaper than growing it, for the short lists most actors have.
    const all = new Array<EventRecord>(hi - lo);
    for (let i = lo; i < hi; i++) all[i - lo] = sorted[ranks[i]!]!;
    return Object.freeze(all);
  }
  const result: EventRecord[] = [];
  if (!within) {
    for (let i = lo; i < hi; i++) {
      const r = ranks[i]!;
      if (start[r]! <= w1 && end[r]! >= w0) result.push(sorted[r]!);
    }
    return Object.freeze(result);
  }
  // An unknown start (end) lies within a window only when the window's start (end) is open.
  const unknownOk = (open0 ? 1 : 0) | (open1 ? 2 : 0);
  for (let i = lo; i < hi; i++) {
    const r = ranks[i]!;
    if (start[r]! >= w0 && end[r]! <= w1 && (unknownEnds[r]! & ~unknownOk) === 0) result.push(sorted[r]!);
  }
  return Object.freeze(result);
}
