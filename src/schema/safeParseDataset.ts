import { z } from 'zod';
import { deepFreeze, type DeepReadonly } from '../dataset/deepFreeze.js';
import { checkContradictions } from './checkContradictions.js';
import { checkEntity } from './checkEntity.js';
import { checkEvent } from './checkEvent.js';
import { checkEventLink } from './checkEventLink.js';
import { checkReferences } from './checkReferences.js';
import { checkRelationship } from './checkRelationship.js';
import type { DatasetIssue } from './DatasetIssue.js';
import { eachSlot } from './eachSlot.js';
import { IssueList } from './IssueList.js';
import { ownCopy } from './ownCopy.js';
import { withArticle } from '../errors/withArticle.js';
import { issueMessage } from './issueMessage.js';
import { parseRecord } from './parseRecord.js';
import { Dataset, EntityShape, EventLinkShape, EventShape, RelationshipShape, Source } from './records.js';
import type { ValidParts } from './ValidParts.js';
import { describeThrown } from '../errors/describeThrown.js';

/** The outcome of {@link safeParseDataset}. */
export type SafeParseDatasetResult =
  | { readonly success: true; readonly data: DeepReadonly<Dataset>; readonly issues: readonly [] }
  | { readonly success: false; readonly issues: readonly DatasetIssue[] };

/** The dataset's own level: its keys and the version; the records are checked one by one. */
const Top = Dataset.extend({
  sources: z.array(z.unknown()),
  entities: z.array(z.unknown()),
  events: z.array(z.unknown()),
  relationships: z.array(z.unknown()),
  eventLinks: z.array(z.unknown()),
});

const RECORDS = {
  sources: [Source, () => {}, 'source'],
  entities: [EntityShape, checkEntity, 'entity'],
  events: [EventShape, checkEvent, 'event'],
  relationships: [RelationshipShape, checkRelationship, 'relationship'],
  eventLinks: [EventLinkShape, checkEventLink, 'event link'],
} as const;
const KINDS = Object.keys(RECORDS) as (keyof typeof RECORDS)[];
const TOP_KEYS: readonly string[] = ['schemaVersion', ...KINDS];

/** What `Object.prototype` holds in a clean realm: anything else is a planted (polluted) property. */
const STANDARD = new Set(['constructor', '__defineGetter__', '__defineSetter__', 'hasOwnProperty', '__lookupGetter__', '__lookupSetter__', 'isPrototypeOf', 'propertyIsEnumerable', 'toString', 'valueOf', '__proto__', 'toLocaleString']);
const polluted = (): boolean => Object.getOwnPropertyNames(Object.prototype).some((key) => !STANDARD.has(key));

const own = (o: object, k: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(o, k);
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const toPath = (path: readonly PropertyKey[]): (string | number)[] => path.map((p) => (typeof p === 'symbol' ? String(p) : p));

/**
 * Reads the dataset's own level: each of its keys as its own property, read once. A key that is
 * only inherited (a class getter, `Object.create(data)`) is reported, not taken: validation and
 * the returned data agree on what the dataset holds.
 */
function readTop(input: Record<string, unknown>, issues: IssueList): Record<string, unknown> {
  const top: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(input)) if (!TOP_KEYS.includes(key)) top[key] = true; // unknown: only the key matters
  for (const key of TOP_KEYS) {
    const desc = Reflect.getOwnPropertyDescriptor(input, key);
    if (desc !== undefined) {
      top[key] = 'value' in desc ? desc.value : desc.get === undefined ? undefined : Reflect.apply(desc.get, input, []);
    } else if (key in input) {
      issues.add(
        [key],
        `is inherited (from a prototype, e.g. a class getter), not the dataset's own property; only own properties are read: pass plain data such as parsed JSON or { ...data, ${key}: data.${key} }`,
      );
    }
  }
  return top;
}

/**
 * Validates a dataset without throwing and reports every problem in one pass, each with its
 * path: the shape of every record (unknown keys rejected), the rules within each record (run on
 * the fields that are valid even when others are not: a conditional event without its condition
 * is reported next to its misspelt type), and the rules across records, on the valid parts of
 * all records — unique ids, resolvable references ("closest" ids suggested), existing paragraphs,
 * and no contradictions (membership or `within` cycles, event links in a cycle or against the
 * events' dates, relationship ends of the wrong kind, a relationship repeated under another id).
 * A `schemaVersion` of another major version than this package's is refused. Linear in the size
 * of the dataset. The data it returns is a fresh deep-frozen copy; keys such as `__proto__` are
 * rejected as unknown keys and never reach a prototype.
 *
 * Hostile input gets issues, never a crash: at most 10,000 problems are listed, and one last
 * issue at the root counts the rest; a hole in an array is a problem at its path (a sparse array
 * costs its elements, not its length); only own properties are read, each once — a record array
 * or field inherited from a prototype (a class getter) is reported, and a polluted
 * `Object.prototype` lends nothing.
 *
 * @param input - anything, typically parsed JSON.
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 * @example
 * safeParseDataset({ schemaVersion: '1.0.0' }).success // => false
 */
export function safeParseDataset(input: unknown): SafeParseDatasetResult {
  const issues = new IssueList();
  const parts: Record<string, Partial<object>[]> = {};
  let top: Record<string, unknown> = {};
  const ownOnly = polluted();
  // Messages are what validation reports, never stacks: a date error per bad record need not
  // capture one (about 6 µs each). Restored before returning.
  const stackLimit = Error.stackTraceLimit;
  try {
    Error.stackTraceLimit = 0;
  } catch {
    // a frozen Error (hardened realm): keep the stacks
  }
  try {
    const inherited = new Set<string>();
    if (isObject(input)) {
      const before = issues.count;
      top = readTop(input, issues);
      if (issues.count > before) for (const key of TOP_KEYS) if (!(key in top) && key in input) inherited.add(key);
    }
    // zod checks the own level only: record arrays are walked below, once.
    let shown: unknown = input;
    if (isObject(input)) {
      // A null-prototype copy: zod's unknown-key check (a for…in) sees nothing inherited.
      const own: Record<string, unknown> = Object.create(null);
      for (const key of Object.keys(top)) own[key] = Array.isArray(top[key]) ? [] : top[key];
      shown = own;
    }
    const checked = Top.safeParse(shown);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const key = issue.path[0];
        if (issue.path.length === 1 && typeof key === 'string' && inherited.has(key)) continue;
        issues.add(toPath(issue.path), issueMessage(issue));
      }
    }
    for (const kind of KINDS) {
      const [shape, check, noun] = RECORDS[kind];
      const records = top[kind];
      const valid: Partial<object>[] = [];
      if (Array.isArray(records)) {
        valid.length = records.length;
        // A run of equal non-objects (10^7 zeros) is parsed once: once the list is full, each
        // later one is only counted, its problems never built.
        let last: unknown;
        let lastCount = -1;
        eachSlot(records, (i) => {
          const record = records[i];
          const plain = record === null || (typeof record !== 'object' && typeof record !== 'function');
          if (plain && issues.full && lastCount >= 0 && Object.is(record, last)) {
            issues.count += lastCount;
            return;
          }
          const before = issues.count;
          const part = parseRecord(shape, check as (r: object) => void, record, [kind, i], issues, ownOnly);
          if (part !== undefined) valid[i] = part;
          if (plain) {
            last = record;
            lastCount = issues.count - before;
          } else lastCount = -1;
        }, (from, count) => issues.addRun(from, count, (i) => [kind, i], `missing ${noun} record (a hole in a sparse array): every element must be ${withArticle(noun)} object`));
      }
      parts[kind] = valid;
    }
  } catch (error) {
    // A getter or proxy that throws …: nothing more can be read safely.
    issues.add([], `could not be read: ${describeThrown(error)}`);
    return restore(stackLimit, { success: false, issues: issues.result() });
  }
  const valid = parts as unknown as ValidParts;
  try {
    // Object.prototype carries planted fields: the checks read copies that inherit nothing.
    const checked = ownOnly ? (ownCopy(valid, 7) as ValidParts) : valid;
    checkReferences(checked, issues);
    checkContradictions(checked, issues);
  } finally {
    restore(stackLimit, null);
  }
  if (issues.count > 0) return { success: false, issues: issues.result() };
  // No issue at all: every record parsed whole, so `parts` is the dataset.
  const schemaVersion = top['schemaVersion'] as string;
  return { success: true, data: deepFreeze({ schemaVersion, ...(valid as Omit<Dataset, 'schemaVersion'>) }), issues: [] };
}

/** Puts `Error.stackTraceLimit` back and passes `value` through. */
function restore<T>(limit: number, value: T): T {
  try {
    if (Error.stackTraceLimit !== limit) Error.stackTraceLimit = limit;
  } catch {
    // frozen: it was never changed
  }
  return value;
}
