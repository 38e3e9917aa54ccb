import { z } from 'zod';
import type { IssueSink, UsableField } from './IssueSink.js';
import { eachSlot } from './eachSlot.js';
import { ownCopy } from './ownCopy.js';
import type { IssueList } from './IssueList.js';

type Path = (string | number)[];
const toPath = (path: readonly PropertyKey[]): Path => path.map((p) => (typeof p === 'symbol' ? String(p) : p));
const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const isRecordObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const ALL = (): boolean => true;
const NONE: string[] = [];
/** What a rule finds in an invalid field: present, but never read (rules read valid fields only). */
const INVALID: unknown = Object.freeze(Object.create(null));
const message = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 200);

/** Below a record, no schema nests deeper than this (evidence → [i] → paragraphs → [k]). */
const DEPTH = 4;

/** zod's own wording for unknown keys, for the rare record checked in parts. */
const unrecognized = (keys: string[]): string => `Unrecognized key${keys.length === 1 ? '' : 's'}: ${keys.map((k) => JSON.stringify(k)).join(', ')}`;

/**
 * An array longer than this is never handed to zod whole: zod gathers every issue of an object
 * before reporting any (and spreads them into one call, which overflows the stack past about
 * 10^5), so such an array is parsed element by element and its holes are counted in runs.
 */
const LONG = 10_000;

/** The schema inside `.optional()` / `.nullable()`. */
const unwrap = (schema: z.ZodType): z.ZodType => (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable ? unwrap(schema.unwrap() as z.ZodType) : schema);
const arrayOf = (schema: z.ZodType): z.ZodArray | undefined => {
  const inner = unwrap(schema);
  return inner instanceof z.ZodArray ? inner : undefined;
};
const objectOf = (schema: z.ZodType): z.ZodObject | undefined => {
  const inner = unwrap(schema);
  return inner instanceof z.ZodObject ? inner : undefined;
};

/** An object schema's array fields, each with the array fields of its elements (when they are objects). */
type ArrayFields = readonly (readonly [key: string, nested: ArrayFields])[];
const arrayFieldsCache = new WeakMap<z.ZodObject, ArrayFields>();
function arrayFields(schema: z.ZodObject, depth: number): ArrayFields {
  let found = depth === 2 ? arrayFieldsCache.get(schema) : undefined;
  if (found === undefined) {
    const list: [string, ArrayFields][] = [];
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      const array = arrayOf(field);
      if (array === undefined) continue;
      const element = objectOf(array.element as z.ZodType);
      list.push([key, element === undefined || depth <= 1 ? [] : arrayFields(element, depth - 1)]);
    }
    found = list;
    if (depth === 2) arrayFieldsCache.set(schema, found);
  }
  return found;
}

/** Whether an object holds an array longer than {@link LONG}, in a field or in a field of an array's element. */
function hasLongArray(schema: z.ZodObject, value: Record<string, unknown>): boolean {
  return holdsLong(arrayFields(schema, 2), value);
}
function holdsLong(fields: ArrayFields, object: Record<string, unknown>): boolean {
  for (const [key, nested] of fields) {
    const item: unknown = own(object, key) ? object[key] : undefined;
    if (!Array.isArray(item)) continue;
    if (item.length > LONG) return true;
    if (nested.length > 0) for (const el of item) if (isRecordObject(el) && holdsLong(nested, el)) return true;
  }
  return false;
}

/** A cache of something derived from a schema, made once per schema. */
const once = <T>(make: (schema: z.ZodObject) => T): ((schema: z.ZodObject) => T) => {
  const cache = new WeakMap<z.ZodObject, T>();
  return (schema) => {
    let value = cache.get(schema);
    if (value === undefined) cache.set(schema, (value = make(schema)));
    return value;
  };
};
const keysOf = once((shape) => Object.keys(shape.shape));
/** The shape with unknown keys stripped instead of refused: they are found (cheaply) by their own. */
const stripOf = once((shape) => shape.strip());

type Part = { ok: boolean; data: unknown };
const reportAll = (result: { error?: z.ZodError | undefined }, path: Path, issues: IssueList): void => {
  for (const issue of result.error?.issues ?? []) issues.add(path.concat(toPath(issue.path)), issue.message);
};

/**
 * Parses one value, reporting its problems at their paths: whole when zod can, else in parts —
 * an array longer than {@link LONG} element by element (holes counted in runs, so `new
 * Array(1e7)` costs nothing), an object holding one field by field, and a value whose parse
 * throws (a getter or Proxy that throws) down to the part that cannot be read. The recursion
 * follows the schema, so its depth is the schema's, not the data's.
 *
 * @returns whether the value is valid, and its valid part: an array that is not all valid keeps
 *   its valid elements at their own indices (none when it has holes: rules would walk its length).
 */
function parseInParts(schema: z.ZodType, value: unknown, path: Path, issues: IssueList): Part {
  const list = arrayOf(schema);
  const object = objectOf(schema);
  const isList = list !== undefined && Array.isArray(value);
  const isObject = object !== undefined && isRecordObject(value);
  let thrown: unknown;
  if (!(isList && value.length > LONG) && !(isObject && hasLongArray(object, value))) {
    try {
      const result = schema.safeParse(value);
      if (result.success) return { ok: true, data: result.data };
      reportAll(result, path, issues);
      if (!isList || value.length === 0) return { ok: false, data: undefined };
      // Keep the valid elements at their own indices (a sparse array).
      const kept: unknown[] = [];
      kept.length = value.length;
      for (let i = 0; i < value.length; i++) {
        if (!own(value, String(i))) continue;
        const one = (list.element as z.ZodType).safeParse(value[i]);
        if (one.success) kept[i] = one.data;
      }
      return { ok: false, data: kept };
    } catch (error) {
      thrown = error; // parsed in parts below
    }
  }
  try {
    if (isList) {
      const element = list.element as z.ZodType;
      const out: unknown[] = [];
      out.length = value.length;
      let ok = true;
      let holey = false;
      const first = element.safeParse(undefined).error?.issues[0]?.message ?? 'missing item';
      eachSlot(
        value,
        (i) => {
          const part = parseInParts(element, value[i], path.concat(i), issues);
          if (part.ok) out[i] = part.data;
          else ok = false;
        },
        (from, count) => {
          issues.addRun(from, count, (k) => path.concat(k), `${first} (a hole in a sparse array)`);
          holey = true;
        },
      );
      return holey ? { ok: false, data: undefined } : { ok, data: out };
    }
    if (isObject) {
      const part = parseFields(object, value, path, issues, new Set());
      // Its own refinements (say, a paragraph cited twice) run, as in zod, once every field is valid.
      if (!part.ok) return part;
      const whole = object.safeParse(part.data);
      reportAll(whole, path, issues);
      return { ok: whole.success, data: whole.success ? whole.data : part.data };
    }
  } catch (error) {
    thrown = error;
  }
  issues.add(path, `could not be read: ${message(thrown)}`);
  return { ok: false, data: undefined };
}

/** Parses an object field by field (unknown keys reported once); `bad` collects the fields that failed. */
function parseFields(shape: z.ZodObject, value: Record<string, unknown>, path: Path, issues: IssueList, bad: Set<string>, skip?: ReadonlySet<PropertyKey>): Part & { partly: Set<string> } {
  const fields = shape.shape as Record<string, z.ZodType>;
  const out: Record<string, unknown> = {};
  const partly = new Set<string>();
  for (const key of keysOf(shape)) {
    if (skip?.has(key)) {
      bad.add(key);
      continue;
    }
    const present = own(value, key);
    let part: Part;
    try {
      part = parseInParts(fields[key]!, present ? value[key] : undefined, path.concat(key), issues);
    } catch (error) {
      issues.add(path.concat(key), `could not be read: ${message(error)}`); // the getter itself threw
      part = { ok: false, data: undefined };
    }
    if (!part.ok) bad.add(key);
    if (part.ok ? present : part.data !== undefined) out[key] = part.data;
    if (!part.ok && part.data !== undefined) partly.add(key);
  }
  const extra = unknownKeys(fields, value);
  if (extra.length > 0) issues.add(path.concat(), unrecognized(extra));
  return { ok: bad.size === 0 && extra.length === 0, data: out, partly };
}

const unknownKeys = (fields: object, value: object): string[] => {
  let extra = NONE;
  for (const key of Object.keys(value)) if (!own(fields, key)) (extra === NONE ? (extra = []) : extra).push(key);
  return extra;
};

/**
 * Validates one record: its shape, then its record rules, reporting into `issues` with paths
 * from the dataset root. When the shape fails, the rules still run, on the fields that passed
 * (`usable`), so a record's problems all show in one pass. Returns what later cross-record
 * checks may rely on: the parsed record, or, when its shape failed, only its valid fields (an
 * array field whose elements are not all valid keeps the valid ones at their own indices).
 *
 * Only the record's own properties are fields: one inherited from a class's prototype is
 * reported as such, and a polluted `Object.prototype` lends nothing (`ownOnly`). An array
 * field with any number of bad items reports each of them, never a stack overflow.
 *
 * @param shape - the record's zod object schema, without refinements.
 * @param check - the record's rules, e.g. `checkEvent`.
 * @param raw - the record as given.
 * @param at - the record's path, e.g. `['events', 3]`.
 * @param issues - where problems are reported.
 * @param ownOnly - copy the record's own properties before parsing it even when it is a plain
 *   object (set when `Object.prototype` carries planted properties).
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
  issues: IssueList,
  ownOnly = false,
): Partial<T> | undefined {
  if (!isRecordObject(raw)) {
    parseInParts(shape, raw, at, issues);
    return undefined;
  }
  const sink: IssueSink = { addIssue: (i) => issues.add(at.concat(i.path ?? []), i.message) };
  // In a realm whose Object.prototype carries planted fields, the rules read a copy that inherits nothing.
  const rulesOn = (record: object): T => (ownOnly ? ownCopy(record, DEPTH + 1) : record) as T;
  let record = raw;
  const inherited = new Set<PropertyKey>();
  const proto: unknown = Object.getPrototypeOf(record);
  if (ownOnly || (proto !== Object.prototype && proto !== null)) {
    if (proto !== Object.prototype && proto !== null) {
      for (const key of keysOf(shape)) {
        if (own(record, key) || !(key in record)) continue;
        inherited.add(key);
        issues.add(at.concat(key), "is inherited (from a prototype, e.g. a class getter), not the record's own property; only own properties are read: pass plain data such as parsed JSON");
      }
    }
    record = ownCopy(record, DEPTH + 1) as Record<string, unknown>;
  }

  // The usual case, whole: unknown keys are found by their own (zod's strict parse of a record
  // with one costs about three times a valid one: it fails, then parses again to gather it).
  const extra = unknownKeys(shape.shape, record);
  if (inherited.size === 0 && !hasLongArray(shape, record)) {
    let parsed: ReturnType<z.ZodObject['safeParse']> | undefined;
    try {
      parsed = stripOf(shape).safeParse(record);
    } catch {
      // a getter that throws …: parsed field by field below
    }
    if (parsed?.success) {
      if (extra.length > 0) issues.add(at.concat(), unrecognized(extra));
      check(rulesOn(parsed.data), sink, ALL);
      return parsed.data as T;
    }
  }
  // Field by field, each problem at its own path, keeping the valid fields.
  const bad = new Set<string>();
  const { data, partly } = parseFields(shape, record, at, issues, bad, inherited);
  const valid = data as Record<string, unknown>;
  // Rules see every field that is there (an invalid one still counts as present), but read the
  // value of valid ones only (an invalid one is a placeholder: the record is not read again).
  const seen: Record<string, unknown> = {};
  for (const key of keysOf(shape)) if (own(record, key)) seen[key] = INVALID;
  Object.assign(seen, valid);
  check(rulesOn(seen), sink, (field) => !bad.has(field) || partly.has(field));
  return valid as Partial<T>;
}
