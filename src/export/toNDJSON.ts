import { sortChronologically } from '../dataset/sortChronologically.js';
import type { DatasetRecord, EventRecord } from '../schema/types.js';
import { joinLines } from './joinLines.js';
import { jsonLine } from './jsonLine.js';
import { checkChoice } from './checkChoice.js';
import { resolveDataset } from './resolveDataset.js';
import { readExportOptions } from './readExportOptions.js';
import { checkEventRecords } from './checkEventRecords.js';

/**
 * The record kinds {@link toNDJSON} writes, named like the CSV tables and the shipped JSON files.
 *
 * @example
 * RECORD_KINDS // => ['sources', 'entities', 'events', 'relationships', 'event-links']
 */
export const RECORD_KINDS = /* @__PURE__ */ Object.freeze(['sources', 'entities', 'events', 'relationships', 'event-links'] as const);

/** One of {@link RECORD_KINDS}. */
export type RecordKind = (typeof RECORD_KINDS)[number];

/**
 * The dataset property holding each {@link RecordKind}.
 *
 * @example
 * RECORD_KIND_KEY['event-links'] // => 'eventLinks'
 */
export const RECORD_KIND_KEY = /* @__PURE__ */ Object.freeze({
  sources: 'sources',
  entities: 'entities',
  events: 'events',
  relationships: 'relationships',
  'event-links': 'eventLinks',
} as const satisfies Record<RecordKind, keyof DatasetRecord>);

/** Options of {@link toNDJSON}. */
export interface NdjsonOptions {
  /** The dataset to export (default: the bundled report). */
  readonly dataset?: DatasetRecord;
  /** Only these events, in this order, when `kind` is `events`. */
  readonly events?: readonly EventRecord[];
}

/**
 * Exports one kind of record as NDJSON (JSON Lines): one record per line, exactly as stored
 * (nested objects and arrays kept, so DuckDB's `read_json_auto` gives structs and lists), each
 * line ending in `\n`.
 *
 * @param kind - one of {@link RECORD_KINDS}.
 * @param options - `dataset`, `events` (a subset).
 * @returns the NDJSON text (empty string for no records).
 * @throws {RangeError} for an unknown kind, listing the accepted ones.
 * @example
 * JSON.parse(toNDJSON('sources').split('\n')[0]).publisher // => 'The National'
 */
export function toNDJSON(kind: RecordKind, options: NdjsonOptions = {}): string {
  const name = checkChoice('toNDJSON: kind', kind, RECORD_KINDS);
  const opts = readExportOptions('toNDJSON', options, ['dataset', 'events']) as NdjsonOptions;
  const data = resolveDataset(opts.dataset, 'toNDJSON');
  const subset = checkEventRecords('toNDJSON', opts.events);
  // Events in the package's one chronological order (that of timeline()) unless a subset gives its own.
  const records: readonly unknown[] =
    name === 'events' ? (subset ?? sortChronologically(data.events)) : data[RECORD_KIND_KEY[name]];
  return joinLines('toNDJSON', '', records.length, (i) => jsonLine('toNDJSON', records[i] as { readonly id: string }), '\n', 'export subsets with options.events, or JSON.stringify each record and write it as you go');
}
