/**
 * Peer 1 of the benchmark: the index a competent developer writes by hand in about thirty lines
 * (the body of `handIndex`): dates parsed once, events sorted once, a Map from actor to its
 * events, and for windows a binary search bounded by the longest finite span. It answers the
 * library's default question: it indexes only the events that happened, placed at their known
 * spans (./peerRows.ts). It returns copies of its lists (never its own arrays) and checks nothing.
 * Windows are day numbers, as `dayOf` turns the benchmark's ISO day strings into.
 */
import type { DatasetRecord, EventRecord } from '../src/schema/types.js';
import { peerRows, unknownWithin } from './peerRows.js';

/** Days since 1970-01-01 of an ISO day string. */
export const dayOf = (iso: string): number => Date.parse(iso) / 86_400_000;

export function handIndex(d: DatasetRecord) {
  const rows = peerRows(d);
  const events = rows.map((r) => r.e);
  const start = rows.map((r) => r.s);
  const end = rows.map((r) => r.t);
  const unknown = rows.map((r) => r.u);
  const actorRanks = new Map<string, number[]>();
  rows.forEach(({ e }, rank) => {
    for (const id of new Set(e.participants.map((p) => p.entity))) (actorRanks.get(id) ?? actorRanks.set(id, []).get(id)!).push(rank);
  });
  let openStart = 0; // events with an open start sort first
  while (start[openStart] === -Infinity) openStart++;
  const openEnd = end.flatMap((t, rank) => (t === Infinity && rank >= openStart ? [rank] : []));
  const maxSpan = rows.reduce((m, r) => (Number.isFinite(r.t - r.s) ? Math.max(m, r.t - r.s) : m), 0);
  const firstStartAtLeast = (x: number) => {
    let lo = openStart, hi = events.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (start[mid]! < x) lo = mid + 1; else hi = mid; }
    return lo;
  };
  const adjacency = new Map<string, string[]>();
  for (const r of d.relationships) {
    (adjacency.get(r.subject) ?? adjacency.set(r.subject, []).get(r.subject)!).push(r.object);
    (adjacency.get(r.object) ?? adjacency.set(r.object, []).get(r.object)!).push(r.subject);
  }
  return {
    byActor: (actor: string): EventRecord[] => (actorRanks.get(actor) ?? []).map((r) => events[r]!),
    /** Events overlapping [w0, w1] (or within it), chronological. */
    between(w0: number, w1: number, within = false): EventRecord[] {
      const out: EventRecord[] = [];
      const hit = (r: number) => (within ? start[r]! >= w0 && end[r]! <= w1 && unknownWithin(unknown[r]!, w0, w1) : start[r]! <= w1 && end[r]! >= w0);
      const lo = firstStartAtLeast(within ? w0 : w0 - maxSpan);
      const hi = firstStartAtLeast(w1 + 1);
      for (let r = 0; r < openStart; r++) if (hit(r)) out.push(events[r]!);
      for (const r of openEnd) if (r < lo && hit(r)) out.push(events[r]!);
      for (let r = lo; r < hi; r++) if (hit(r)) out.push(events[r]!);
      return out;
    },
    actorWindow: (actor: string, w0: number, w1: number): EventRecord[] =>
      (actorRanks.get(actor) ?? []).filter((r) => start[r]! <= w1 && end[r]! >= w0).map((r) => events[r]!),
    /** Length of a shortest chain of relationships (either direction), or null. */
    pathLength(a: string, b: string): number | null {
      const dist = new Map([[a, 0]]);
      for (let queue = [a], i = 0; i < queue.length; i++) {
        const x = queue[i]!;
        if (x === b) return dist.get(x)!;
        for (const y of adjacency.get(x) ?? []) if (!dist.has(y)) (dist.set(y, dist.get(x)! + 1), queue.push(y));
      }
      return null;
    },
  };
}
