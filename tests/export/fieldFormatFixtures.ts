import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataset } from '../../src/bundled/dataset.js';
import type { DatasetRecord, EventRecord } from '../../src/schema/types.js';

/** The bundled dataset with its events replaced (for cases the report does not have). */
export function withEvents(events: readonly EventRecord[]): DatasetRecord {
  return { ...dataset, events };
}

/** A bundled event, copied, with some fields changed. */
export function eventLike(id: string, changes: Record<string, unknown>): EventRecord {
  const base = dataset.events.find((e) => e.id === id);
  if (base === undefined) throw new Error(`no bundled event ${id}`);
  return { ...base, ...changes } as EventRecord;
}

const GOLDEN = join(import.meta.dirname, 'golden');

/**
 * The checked-in expected output `name` (see golden/README.md for why each value is what it is).
 * With UPDATE_GOLDEN=1 the file is first rewritten from `actual`, for a reviewed change.
 */
export function golden(name: string, actual: string): string {
  const path = join(GOLDEN, name);
  if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(path, actual);
  return readFileSync(path, 'utf8');
}

/** Modalities that never count as something that happened. */
export const NOT_HAPPENED = ['threatened', 'conditional', 'expected'] as const;
