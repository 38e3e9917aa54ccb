/**
 * Peer 2 of the benchmark: no index, one pass over the events per query, but with every date
 * parsed once at load and the events sorted chronologically once, so that a pass yields its
 * answer in order (the fair form of "just filter the array"). Like the library's default calls it
 * keeps only the events that happened, placed at their known spans: the rows are filtered and
 * sorted once at load (./peerRows.ts).
 */
import type { DatasetRecord, EventRecord } from '../src/schema/types.js';
import { peerRows, unknownWithin } from './peerRows.js';

export function scanPeer(d: DatasetRecord) {
  const rows = peerRows(d);
  const events = rows.map((r) => r.e);
  const start = Float64Array.from(rows, (r) => r.s);
  const end = Float64Array.from(rows, (r) => r.t);
  const unknown = Uint8Array.from(rows, (r) => r.u);
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
      if (within) for (let r = 0; r < n; r++) if (start[r]! >= w0 && end[r]! <= w1 && unknownWithin(unknown[r]!, w0, w1)) out.push(events[r]!);
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
