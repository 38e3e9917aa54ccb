import { z } from 'zod';
import type { DatasetIssue } from './DatasetIssue.js';
import type { IssueSink, UsableField } from './IssueSink.js';

type Path = (string | number)[];
const toPath = (path: readonly PropertyKey[]): Path => path.map((p) => (typeof p === 'symbol' ? String(p) : p));
const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const ALL = (): boolean => true;

/**
 * Validates one record: its shape, then its record rules, reporting into `issues` with paths
 * from the dataset root. When the shape fails, the rules still run, on the fields that passed
 * (`usable`), so a record's problems all show in one pass. Returns what later cross-record
 * checks may rely on: the parsed record, or, when its shape failed, only its valid fields (an
 * array field whose elements are not all valid keeps the valid ones at their own indices).
 *
 * @param shape - the record's zod object schema, without refinements.
 * @param check - the record's rules, e.g. `checkEvent`.
 * @param raw - the record as given.
 * @param at - the record's path, e.g. `['events', 3]`.
 * @param issues - where problems are appended.
 * @returns the valid part of the record, or `undefined` when it is not an object at all.
 * @example
 * parseRecord(EventShape, checkEvent, { ...event, modality: 'conditional', type: 'nope' }, ['events', 0], issues)
 * // issues: events[0].type (unknown type) and events[0].condition (a conditional event needs its condition)
 */
export function parseRecord<T extends object>(
  shape: z.ZodObject,
  check: (record: T, ctx: IssueSink, usable: UsableField<T>) => void,
  raw: unknown,
  at: Path,
  issues: DatasetIssue[],
): Partial<T> | undefined {
  const sink: IssueSink = { addIssue: (i) => issues.push({ path: [...at, ...(i.path ?? [])], message: i.message }) };
  const parsed = shape.safeParse(raw);
  if (parsed.success) {
    check(parsed.data as T, sink, ALL);
    return parsed.data as T;
  }
  const bad = new Set<string>();
  for (const issue of parsed.error.issues) {
    issues.push({ path: [...at, ...toPath(issue.path)], message: issue.message });
    const field = issue.path[0];
    if (typeof field === 'string') bad.add(field);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const record = raw as Record<string, unknown>;
  const valid: Record<string, unknown> = {};
  const partly = new Set<string>();
  for (const [key, schema] of Object.entries(shape.shape as Record<string, z.ZodType>)) {
    if (!own(record, key)) continue;
    if (!bad.has(key)) {
      valid[key] = (schema.safeParse(record[key]) as { data: unknown }).data;
    } else if (schema instanceof z.ZodArray && Array.isArray(record[key])) {
      // Keep the valid elements at their own indices (a sparse array: forEach skips the holes).
      const elements = record[key] as unknown[];
      const kept: unknown[] = [];
      kept.length = elements.length;
      elements.forEach((element, i) => {
        const one = (schema.element as z.ZodType).safeParse(element);
        if (one.success) kept[i] = one.data;
      });
      valid[key] = kept;
      partly.add(key);
    }
  }
  // Rules see every field that is there (an invalid one still counts as present), but read the
  // value of valid ones only.
  const seen: Record<string, unknown> = {};
  for (const key of Object.keys(shape.shape)) if (own(record, key)) seen[key] = record[key];
  Object.assign(seen, valid);
  check(seen as T, sink, (field) => !bad.has(field) || partly.has(field));
  return valid as Partial<T>;
}
