/**
 * Peer 2 of the benchmark: no index, one pass over the events per query, but with every date
 * parsed once at load and the events sorted chronologically once, so that a pass yields its
 * answer in order (the fair form of "just filter the array").
 */
import { parseEdtf } from '../src/dates/parseEdtf.js';
import type { DatasetRecord, EventRecord } from '../src/schema/types.js';

export function scanPeer(d: DatasetRecord) {
  const rows = d.events.map((e) => ({ e, s: parseEdtf(e.date).earliestDay, t: parseEdtf(e.date).latestDay }));
  rows.sort((a, b) => (a.s !== b.s ? (a.s < b.s ? -1 : 1) : a.t !== b.t ? (a.t < b.t ? -1 : 1) : a.e.id < b.e.id ? -1 : 1));
  const events = rows.map((r) => r.e);
  const start = Float64Array.from(rows, (r) => r.s);
  const end = Float64Array.from(rows, (r) => r.t);
  const n = events.length;
  const takes = (e: EventRecord, actor: string) => e.participants.some((p) => p.entity === actor);
  return {
    byActor(actor: string): EventRecord[] {
      const out: EventRecord[] = [];
      for (let r = 0; r < n; r++) if (takes(events[r]!, actor)) out.push(events[r]!);
      return out;
    },
    between(w0: number, w1: number, within = false): EventRecord[] {
      const out: EventRecord[] = [];
      if (within) for (let r = 0; r < n; r++) if (start[r]! >= w0 && end[r]! <= w1) out.push(events[r]!);
      if (!within) for (let r = 0; r < n; r++) if (start[r]! <= w1 && end[r]! >= w0) out.push(events[r]!);
      return out;
    },
    actorWindow(actor: string, w0: number, w1: number): EventRecord[] {
      const out: EventRecord[] = [];
      for (let r = 0; r < n; r++) if (start[r]! <= w1 && end[r]! >= w0 && takes(events[r]!, actor)) out.push(events[r]!);
      return out;
    },
  };
}
