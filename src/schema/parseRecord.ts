import { z } from 'zod';
import type { IssueSink, UsableField } from './IssueSink.js';
import { eachSlot } from './eachSlot.js';
import { ownCopy } from './ownCopy.js';
import { readableCopy } from './readableCopy.js';
import { issueMessage } from './issueMessage.js';
import { unrecognizedKeys as unrecognized } from './unrecognizedKeys.js';
import type { IssueList } from './IssueList.js';
import type { DatasetIssue } from './DatasetIssue.js';
import { describeThrown } from '../errors/describeThrown.js';

type Path = (string | number)[];
const toPath = (path: readonly PropertyKey[]): Path => path.map((p) => (typeof p === 'symbol' ? String(p) : p));
const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const isRecordObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const ALL = (): boolean => true;
const NONE: string[] = [];
/** What a rule finds in an invalid field: present, but never read (rules read valid fields only). */
const INVALID: unknown = Object.freeze(Object.create(null));
const message = (error: unknown): string => describeThrown(error);

/** Below a record, no schema nests deeper than this (evidence → [i] → paragraphs → [k]). */
const DEPTH = 4;


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

/** What a schema nests: an array's element, an object's fields that nest; `null` for a leaf. Made once per schema. */
type Plan = { readonly element: Plan | null; readonly fields?: undefined } | { readonly element?: undefined; readonly fields: readonly (readonly [string, Plan | null])[] } | null;
const plans = new WeakMap<z.ZodType, Plan>();
function planOf(schema: z.ZodType): Plan {
  let plan = plans.get(schema);
  if (plan === undefined) {
    const list = arrayOf(schema);
    const object = objectOf(schema);
    if (list !== undefined) plan = { element: planOf(list.element as z.ZodType) };
    else if (object !== undefined) {
      const fields: [string, Plan | null][] = [];
      for (const [key, field] of Object.entries(object.shape as Record<string, z.ZodType>)) {
        const nested = planOf(field);
        if (nested !== null) fields.push([key, nested]);
      }
      plan = { fields };
    } else plan = null;
    plans.set(schema, plan);
  }
  return plan;
}
const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Whether zod cannot be trusted to parse a value whole: it holds, at any depth the schema reads,
 * an array longer than {@link LONG} or one with a hole (zod walks every index of an array and
 * builds every issue of it before any is counted, so 10^7 bad items or `length = 4e9` would cost
 * their length in time and memory). Reading the value is guarded: a getter or Proxy that throws
 * sends it to the parts path too, where the problem is reported at its own path. Costs the
 * elements present, at most {@link LONG} per array, and the schema's depth.
 */
function needsParts(schema: z.ZodType, value: unknown): boolean {
  try {
    return holdsLong(planOf(schema), value, DEPTH + 1);
  } catch {
    return true;
  }
}
function holdsLong(plan: Plan, value: unknown, depth: number): boolean {
  if (plan === null || depth < 0 || value === null || typeof value !== 'object') return false;
  if (plan.fields === undefined) {
    if (!Array.isArray(value)) return false;
    const length = value.length;
    if (length > LONG) return true;
    const element = plan.element;
    for (let i = 0; i < length; i++) {
      if (!hasOwn.call(value, i)) return true; // a hole (or an inherited index)
      if (element !== null && holdsLong(element, value[i], depth - 1)) return true;
    }
    return false;
  }
  if (Array.isArray(value)) return false;
  for (const [key, field] of plan.fields) if (hasOwn.call(value, key) && holdsLong(field, (value as Record<string, unknown>)[key], depth - 1)) return true;
  return false;
}
const hasLongArray = (schema: z.ZodObject, value: Record<string, unknown>): boolean => needsParts(schema, value);

/**
 * Whether an object below a record (a participant, an evidence entry, casualties …) has a
 * prototype other than `Object.prototype`/`null` (or an array other than `Array.prototype`),
 * listing in `found` the path of each schema field it only inherits (`path` is a stack, copied
 * only for a field found). Walks the schema's nesting fields and the elements present (at most
 * {@link LONG} per array: a longer one is parsed in parts, from an own copy), never a length.
 */
function foreignBelow(schema: z.ZodObject, value: Record<string, unknown>, found: Path[]): boolean {
  return foreign(planOf(schema), value, [], DEPTH + 1, found, schema);
}
function foreign(plan: Plan, value: unknown, path: Path, depth: number, found: Path[], root: z.ZodObject): boolean {
  if (plan === null || depth < 0 || value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (plan.fields === undefined) {
    if (!Array.isArray(value)) return false;
    let seen = proto !== Array.prototype; // its inherited indices are holes
    const element = plan.element;
    if (element === null) return seen;
    const length = Math.min(value.length, LONG);
    for (let i = 0; i < length; i++) {
      if (!hasOwn.call(value, i)) continue;
      path.push(i);
      if (foreign(element, value[i], path, depth - 1, found, root)) seen = true;
      path.pop();
    }
    return seen;
  }
  if (Array.isArray(value)) return false;
  const plain = proto === Object.prototype || proto === null;
  let seen = !plain && path.length > 0;
  for (const [key, field] of plan.fields) {
    if (!hasOwn.call(value, key)) continue;
    path.push(key);
    if (foreign(field, (value as Record<string, unknown>)[key], path, depth - 1, found, root)) seen = true;
    path.pop();
  }
  if (!plain && path.length > 0) {
    // Its inherited fields, leaves included: the schema's keys it holds only through its prototype.
    const object = schemaAt(root, path);
    if (object !== undefined) for (const key of keysOf(object)) if (!hasOwn.call(value, key) && key in value) found.push(path.concat(key));
  }
  return seen;
}

/** The object schema at a path below a record's schema (array indices step into elements); rare: a foreign prototype. */
function schemaAt(root: z.ZodObject, path: Path): z.ZodObject | undefined {
  let schema: z.ZodType | undefined = root;
  for (const step of path) {
    if (schema === undefined) return undefined;
    if (typeof step === 'number') schema = arrayOf(schema)?.element as z.ZodType | undefined;
    else schema = objectOf(schema)?.shape[step] as z.ZodType | undefined;
  }
  return schema === undefined ? undefined : objectOf(schema);
}

/**
 * Parses a value in parts where zod cannot parse it whole: an array longer than {@link LONG}
 * element by element (holes counted in runs, so `new Array(1e7)` costs nothing), an object
 * holding one field by field, and anything whose parse throws (a getter or Proxy that throws,
 * too many issues) the same way, down to the part that cannot be read. Each problem is reported
 * at its own path; the recursion follows the schema, so its depth is the schema's, not the data's.
 *
 * @returns whether the value is valid, and its valid part (an array keeps its valid elements at their indices).
 */
function parseInParts(schema: z.ZodType, value: unknown, path: Path, issues: IssueList): { ok: boolean; data: unknown } {
  const list = arrayOf(schema);
  const object = objectOf(schema);
  const inParts = needsParts(schema, value);
  let thrown: unknown;
  if (!inParts) {
    try {
      const result = schema.safeParse(value);
      if (result.success) return { ok: true, data: result.data };
      for (const issue of result.error.issues) issues.add(path.concat(toPath(issue.path)), issueMessage(issue));
      return { ok: false, data: undefined };
    } catch (error) {
      thrown = error; // parsed in parts below
    }
  }
  try {
    if (list !== undefined && Array.isArray(value)) {
      const element = list.element as z.ZodType;
      const out: unknown[] = [];
      out.length = value.length;
      let ok = true;
      // A run of equal primitives (10^7 zeros) is parsed once: each later one reuses its
      // result, and once the list is full its problems are only counted, never built.
      let last: unknown;
      let lastResult: { ok: boolean; data: unknown; issues: readonly DatasetIssue[] } | undefined;
      const one = (i: number): void => {
        const item = value[i];
        if (item === null || (typeof item !== 'object' && typeof item !== 'function')) {
          if (lastResult === undefined || !Object.is(item, last)) {
            const result = element.safeParse(item);
            last = item;
            lastResult = result.success ? { ok: true, data: result.data, issues: [] } : { ok: false, data: undefined, issues: result.error.issues.map((s) => ({ path: toPath(s.path), message: issueMessage(s) })) };
          }
          if (lastResult.ok) out[i] = lastResult.data;
          else {
            ok = false;
            for (const issue of lastResult.issues) {
              if (issues.full) issues.count++;
              else issues.add(path.concat(i, issue.path), issue.message);
            }
          }
          return;
        }
        const part = parseInParts(element, item, path.concat(i), issues);
        if (part.ok) out[i] = part.data;
        else ok = false;
      };
      const first = element.safeParse(undefined).error?.issues[0]?.message ?? 'missing item';
      let holey = false;
      eachSlot(value, one, (from, count) => {
        issues.addRun(from, count, (k) => path.concat(k), `${first} (a hole in a sparse array)`);
        holey = true;
      });
      // A sparse array is not kept, even in part: the rules would walk its whole length.
      return holey ? { ok: false, data: undefined } : { ok, data: out };
    }
    if (object !== undefined && isRecordObject(value)) {
      const shape = object.shape as Record<string, z.ZodType>;
      const out: Record<string, unknown> = {};
      let ok = true;
      for (const [key, field] of Object.entries(shape)) {
        const present = own(value, key);
        const part = parseInParts(field, present ? value[key] : undefined, path.concat(key), issues);
        if (part.ok && present) out[key] = part.data;
        ok &&= part.ok;
      }
      const extra = Object.keys(value).filter((key) => !own(shape, key));
      if (extra.length > 0) {
        issues.add(path, unrecognized(extra));
        ok = false;
      }
      // Its own refinements (say, a paragraph cited twice) run, as in zod, once every field is valid.
      if (ok) {
        const whole = object.safeParse(out);
        if (!whole.success) {
          for (const issue of whole.error.issues) issues.add(path.concat(toPath(issue.path)), issueMessage(issue));
          return { ok: false, data: out };
        }
        return { ok: true, data: whole.data };
      }
      return { ok, data: out };
    }
  } catch (error) {
    thrown = error;
  }
  issues.add(path, `could not be read: ${message(thrown)}`);
  return { ok: false, data: undefined };
}

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
 *   object (set when `Object.prototype` carries enumerable or field-named properties).
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
  const sink: IssueSink = { addIssue: (i) => issues.add(at.concat(i.path ?? []), i.message) };
  const fields = fieldsOf(shape);
  const keys = keysOf(shape);
  const inherited = new Set<PropertyKey>();
  const inheritedBelow = new Set<string>();
  let hide: Path[] | undefined;
  if (isRecordObject(raw)) {
    const proto: unknown = Object.getPrototypeOf(raw);
    // Below the record, too, only own properties are fields: a participant or evidence made by
    // Object.create(…) lends nothing, and each inherited field is reported at its path.
    const found: Path[] = [];
    let below = false;
    try {
      below = foreignBelow(shape, raw, found);
    } catch {
      below = true; // a Proxy trap that throws: the copy below reports it at its path
    }
    for (const path of found) {
      inheritedBelow.add(JSON.stringify(path));
      issues.add(at.concat(path), `is inherited (from a prototype, e.g. a class getter), not its object's own property; only own properties are read: pass plain data such as parsed JSON`);
    }
    if (ownOnly || below || (proto !== Object.prototype && proto !== null)) {
      for (const key of keys) {
        if (proto !== Object.prototype && proto !== null && !own(raw, key) && key in raw) {
          inherited.add(key);
          issues.add(at.concat(key), `is inherited (from a prototype, e.g. a class getter), not the record's own property; only own properties are read: pass plain data such as parsed JSON`);
        }
      }
      const unreadable: [Path, string][] = [];
      raw = readableCopy(raw, DEPTH + 1, [], unreadable);
      for (const [path, reason] of unreadable) issues.add(at.concat(path), `could not be read: ${reason}`);
      // Their placeholders are not reported again as invalid.
      if (unreadable.length > 0) hide = unreadable.map(([path]) => at.concat(path));
    }
  }
  issues.hideUnder(hide);
  try {
    return parseOwn(shape, check, raw, at, issues, ownOnly, sink, inherited, inheritedBelow);
  } finally {
    issues.hideUnder(undefined);
  }
}

/** {@link parseRecord} on a record read (or copied) safely. */
function parseOwn<T extends object>(
  shape: z.ZodObject,
  check: (record: T, ctx: IssueSink, usable: UsableField<T>) => void,
  raw: unknown,
  at: Path,
  issues: IssueList,
  ownOnly: boolean,
  sink: IssueSink,
  inherited: ReadonlySet<PropertyKey>,
  inheritedBelow: ReadonlySet<string>,
): Partial<T> | undefined {
  const fields = fieldsOf(shape);
  const keys = keysOf(shape);

  // Unknown keys are found here (cheap: the record's own keys), and the fields parsed by a
  // non-strict copy of the shape: zod's strict parse of a record with one unknown key costs
  // about three times a valid one (it fails, then parses again to gather the issue).
  let extra = NONE;
  if (isRecordObject(raw)) for (const key of Object.keys(raw)) if (!own(fields, key)) (extra === NONE ? (extra = []) : extra).push(key);
  let parsed: ReturnType<z.ZodObject['safeParse']> | undefined;
  if (!isRecordObject(raw) || !hasLongArray(shape, raw)) {
    try {
      parsed = stripOf(shape).safeParse(raw);
    } catch {
      parsed = undefined; // a getter that throws …: parsed in parts below
    }
  }
  if (parsed?.success && extra.length === 0) {
    // In a realm whose Object.prototype carries planted fields, the rules read a copy that inherits nothing.
    check((ownOnly ? ownCopy(parsed.data, DEPTH + 1) : parsed.data) as T, sink, ALL);
    return parsed.data as T;
  }
  if (parsed === undefined) {
    if (!isRecordObject(raw)) {
      parseInParts(shape, raw, at, issues);
      return undefined;
    }
  } else if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // An inherited field is reported as such above, not again as missing.
      if (issue.path.length === 1 && inherited.has(issue.path[0]!)) continue;
      if (inheritedBelow.size > 0 && inheritedBelow.has(JSON.stringify(toPath(issue.path)))) continue;
      issues.add(at.concat(toPath(issue.path)), issueMessage(issue));
    }
    if (!isRecordObject(raw)) return undefined;
  }
  const record = raw as Record<string, unknown>;
  const valid: Record<string, unknown> = {};
  const bad = new Set<string>();
  const partly = new Set<string>();
  if (parsed === undefined) {
    // Field by field, each problem at its own path.
    for (const key of keys) {
      const present = own(record, key);
      let value: unknown;
      try {
        value = present ? record[key] : undefined;
      } catch (error) {
        issues.add(at.concat(key), `could not be read: ${message(error)}`);
        bad.add(key);
        continue;
      }
      const part = parseInParts(fields[key]!, value, at.concat(key), issues);
      if (part.ok) {
        if (present) valid[key] = part.data;
      } else {
        bad.add(key);
        if (Array.isArray(part.data)) {
          valid[key] = part.data;
          partly.add(key);
        }
      }
    }
  } else if (parsed.success) {
    Object.assign(valid, parsed.data); // every field valid; only unknown keys
  } else {
    for (const issue of parsed.error.issues) {
      const field = issue.path.length > 0 ? issue.path[0] : undefined;
      if (typeof field === 'string') bad.add(field);
    }
    for (const key of keys) {
      if (!own(record, key)) continue;
      const schema = fields[key]!;
      if (!bad.has(key)) {
        valid[key] = (schema.safeParse(record[key]) as { data: unknown }).data;
      } else if (kindOf(schema) && Array.isArray(record[key])) {
        // Keep the valid elements at their own indices (a sparse array).
        const elements = record[key] as unknown[];
        const kept: unknown[] = [];
        kept.length = elements.length;
        for (let i = 0; i < elements.length; i++) {
          const one = ((schema as z.ZodArray).element as z.ZodType).safeParse(elements[i]);
          if (one.success) kept[i] = one.data;
        }
        valid[key] = kept;
        partly.add(key);
      }
    }
  }
  if (extra.length > 0) issues.add(at.concat(), unrecognized(extra));
  // Rules see every field that is there (an invalid one still counts as present), but read the
  // value of valid ones only (an invalid one is a placeholder: the record is not read again).
  const seen: Record<string, unknown> = {};
  for (const key of keys) if (own(record, key)) seen[key] = INVALID;
  Object.assign(seen, valid);
  check((ownOnly ? ownCopy(seen, DEPTH + 1) : seen) as T, sink, (field) => !bad.has(field) || partly.has(field));
  return valid as Partial<T>;
}

const shapeFields = new WeakMap<z.ZodObject, Record<string, z.ZodType>>();
/** The shape's fields, read once per shape (zod's `shape` getter costs too much per record). */
function fieldsOf(shape: z.ZodObject): Record<string, z.ZodType> {
  let fields = shapeFields.get(shape);
  if (fields === undefined) {
    fields = Object.assign(Object.create(null) as Record<string, z.ZodType>, shape.shape);
    shapeFields.set(shape, fields);
  }
  return fields;
}
const arrays = new WeakMap<z.ZodType, boolean>();
/** Whether a field's schema is a plain array (zod's `instanceof` costs too much per record). */
function kindOf(schema: z.ZodType): boolean {
  let is = arrays.get(schema);
  if (is === undefined) arrays.set(schema, (is = schema instanceof z.ZodArray));
  return is;
}

const shapeKeys = new WeakMap<z.ZodObject, readonly string[]>();
/** The shape's keys, listed once per shape. */
function keysOf(shape: z.ZodObject): readonly string[] {
  let keys = shapeKeys.get(shape);
  if (keys === undefined) {
    keys = Object.keys(shape.shape);
    shapeKeys.set(shape, keys);
  }
  return keys;
}

const strips = new WeakMap<z.ZodObject, z.ZodObject>();
/** The shape with unknown keys stripped instead of refused, made once per shape. */
function stripOf(shape: z.ZodObject): z.ZodObject {
  let strip = strips.get(shape);
  if (strip === undefined) {
    strip = shape.strip();
    strips.set(shape, strip);
  }
  return strip;
}
