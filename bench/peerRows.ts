/**
 * What every peer of the benchmark computes once at load, so that it answers the same question
 * as the library's default calls:
 *
 * - only the events that **happened** (`happened`: modality `actual`, or a `threat` that was
 *   `threatened` or `conditional`) — the library's helpers keep only those unless given a
 *   `modality`;
 * - each date's **known span** (`knownSpan`): an unknown start (`/2024-06-09`) is placed at its
 *   known end, an unknown end at its known start, for the order and for windows; `unknown`
 *   records which ends are unknown (1: start, 2: end), since in `within` mode an unknown start
 *   (end) lies inside a window only when the window's start (end) is open;
 * - the chronological order: first day, last day, id.
 *
 * The rules are the library's own functions (they are not what is measured); each peer then
 * indexes or scans these rows in its own way.
 */
import { happened } from '../src/dataset/happened.js';
import { knownSpan } from '../src/dates/knownSpan.js';
import { parseEdtf } from '../src/dates/parseEdtf.js';
import type { DatasetRecord, EventRecord } from '../src/schema/types.js';

export interface PeerRow {
  readonly e: EventRecord;
  /** First known day. */
  readonly s: number;
  /** Last known day. */
  readonly t: number;
  /** Unknown ends: 1 the start, 2 the end. */
  readonly u: number;
}

/** The events that happened, with their known spans, in chronological order. */
export function peerRows(d: DatasetRecord): PeerRow[] {
  const rows = d.events.filter(happened).map((e) => {
    const k = knownSpan(parseEdtf(e.date));
    return { e, s: k.first, t: k.last, u: (k.startUnknown ? 1 : 0) | (k.endUnknown ? 2 : 0) };
  });
  rows.sort((a, b) => (a.s !== b.s ? (a.s < b.s ? -1 : 1) : a.t !== b.t ? (a.t < b.t ? -1 : 1) : a.e.id < b.e.id ? -1 : 1));
  return rows;
}

/** Whether a row with unknown ends `u` may lie within `[w0, w1]` (open ends are infinite). */
export const unknownWithin = (u: number, w0: number, w1: number): boolean =>
  u === 0 || (((u & 1) === 0 || w0 === Number.NEGATIVE_INFINITY) && ((u & 2) === 0 || w1 === Number.POSITIVE_INFINITY));
