import { ArgumentRangeError } from '../errors/ArgumentRangeError.js';
import { ArgumentTypeError } from '../errors/ArgumentTypeError.js';
import { isArraySafe } from '../errors/describeValue.js';
import { bumpOf } from './internal/bumpOf.js';
import { kindOf } from './internal/kindOf.js';
import { rethrowUnreadable } from './internal/rethrowUnreadable.js';
import {
  DIFF_KINDS,
  type Bump,
  type BumpReason,
  type DatasetDiff,
  type DiffableDataset,
  type DiffKind,
  type DiffOptions,
  type DiffValue,
  type FieldChange,
  type FieldPath,
  type KindCounts,
  type RecordChange,
  type RecordRef,
  type RecordRename,
} from './types.js';

const RANK: Readonly<Record<Bump, number>> = { none: 0, patch: 1, minor: 2, major: 3 };
const MAX_DEPTH = 32;
const byText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
const max = (a: Bump, b: Bump): Bump => (RANK[a] >= RANK[b] ? a : b);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !isArraySafe(v);
const describe = kindOf;
/** An own property (never one inherited from a prototype: `constructor`, `toString` …). */
const own = (o: object, key: string): unknown => (Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined);
const short = (s: string): string => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** `['participants', 0, 'role']` → `participants[0].role`. */
const pathText = (path: FieldPath): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

const tooDeep = (): ArgumentRangeError =>
  new ArgumentRangeError('diffDatasets: dataset', undefined, '', `diffDatasets: a record is nested more than ${MAX_DEPTH} levels deep; datasets are plain, shallow JSON`);

/** A hole in an array of a record, found at the first one (so a sparse array fails at once). */
class Hole {
  constructor(readonly index: number) {}
}

/** A deep-frozen copy of a JSON value (never freezes the caller's objects). */
function frozenCopy(value: unknown, depth = 0): DiffValue {
  if (depth > MAX_DEPTH) throw tooDeep();
  if (Array.isArray(value)) {
    const out: DiffValue[] = [];
    for (let i = 0, n = value.length; i < n; i++) {
      if (!Object.hasOwn(value, i)) throw new Hole(i);
      out.push(frozenCopy(value[i], depth + 1));
    }
    return Object.freeze(out);
  }
  if (isObject(value)) {
    const out: Record<string, DiffValue> = {};
    for (const key of Object.keys(value)) Object.defineProperty(out, key, { value: frozenCopy(value[key], depth + 1), enumerable: true });
    return Object.freeze(out);
  }
  return value as DiffValue;
}

/** The records of one kind by id, checking the shape the diff relies on. */
function recordsById(dataset: object, which: string, kind: DiffKind): Map<string, Record<string, unknown>> {
  const argument = `diffDatasets: ${which}Dataset`;
  let where = `the ${which} dataset's '${kind}'`;
  try {
    const list = own(dataset, kind);
    if (!isArraySafe(list)) {
      throw new ArgumentTypeError(argument, list, 'an array of records', `diffDatasets: the ${which} dataset's '${kind}' must be an array of records; got ${describe(list)}`);
    }
    const records = list as readonly unknown[];
    const out = new Map<string, Record<string, unknown>>();
    for (let i = 0, n = records.length; i < n; i++) {
      where = `the ${which} dataset's ${kind}[${i}]`;
      const record = records[i];
      const id = isObject(record) ? own(record, 'id') : undefined;
      if (!isObject(record) || typeof id !== 'string') {
        throw new ArgumentTypeError(argument, record, 'a record with a string id', `diffDatasets: the ${which} dataset's ${kind}[${i}] must be a record with a string id; got ${isObject(record) ? `an id that is ${describe(id)}` : describe(record)}`);
      }
      if (out.has(id)) throw new ArgumentRangeError(argument, id, '', `diffDatasets: the ${which} dataset has two ${kind} with the id ${short(id)}; ids must be unique`);
      out.set(id, record);
    }
    return out;
  } catch (error) {
    return rethrowUnreadable(argument, where, dataset, error);
  }
}

function checkDataset(dataset: unknown, which: string): string {
  const argument = `diffDatasets: ${which}Dataset`;
  if (!isObject(dataset)) {
    throw new ArgumentTypeError(argument, dataset, 'a dataset object', `diffDatasets: the ${which} dataset must be a dataset object { schemaVersion, sources, entities, events, relationships, eventLinks }; got ${describe(dataset)}`);
  }
  let version: unknown;
  try {
    version = own(dataset, 'schemaVersion');
  } catch (error) {
    rethrowUnreadable(argument, `the ${which} dataset's schemaVersion`, dataset, error);
  }
  if (typeof version !== 'string') {
    throw new ArgumentTypeError(argument, version, 'a string', `diffDatasets: the ${which} dataset's schemaVersion must be a string such as "1.0.0"; got ${describe(version)}`);
  }
  return version;
}

/** The bump a change of `schemaVersion` needs: its own semver difference (anything unreadable is major). */
function schemaBump(oldVersion: string, newVersion: string): Bump {
  const parse = (v: string): number[] | null => (/^\d+\.\d+\.\d+$/.test(v) ? v.split('.').map(Number) : null);
  const a = parse(oldVersion);
  const b = parse(newVersion);
  if (a === null || b === null || b[0] !== a[0] || b[1]! < a[1]! || (b[1] === a[1] && b[2]! < a[2]!)) return 'major';
  return b[1] !== a[1] ? 'minor' : 'patch';
}

interface Walk {
  readonly kind: DiffKind;
  readonly renames: ReadonlyMap<string, string>;
  readonly out: FieldChange[];
}

function push(walk: Walk, path: (string | number)[], oldValue: unknown, newValue: unknown): void {
  const change: { -readonly [K in keyof FieldChange]: FieldChange[K] } = { path: Object.freeze([...path]), field: pathText(path), bump: bumpOf(walk.kind, path) };
  if (oldValue !== undefined) change.old = frozenCopy(oldValue);
  if (newValue !== undefined) change.new = frozenCopy(newValue);
  walk.out.push(Object.freeze(change));
}

function compare(walk: Walk, path: (string | number)[], a: unknown, b: unknown): void {
  if (path.length > MAX_DEPTH) throw tooDeep();
  if (a === b || (typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b))) return;
  if (typeof a === 'string' && typeof b === 'string' && walk.renames.get(a) === b) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      push(walk, path, a, b);
      return;
    }
    for (let i = 0; i < a.length; i++) {
      path.push(i);
      if (!Object.hasOwn(a, i) || !Object.hasOwn(b, i)) throw new Hole(-1);
      compare(walk, path, a[i], b[i]);
      path.pop();
    }
    return;
  }
  if (isObject(a) && isObject(b)) {
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    // Records of one dataset usually share their key order: then no union or sort is needed.
    const same = keysA.length === keysB.length && keysA.every((k, i) => k === keysB[i]);
    const keys = same ? keysA.sort(byText) : [...new Set([...keysA, ...keysB])].sort(byText);
    for (const key of keys) {
      if (path.length === 0 && key === 'id') continue;
      // on the path before reading: a getter that throws is reported at its field
      path.push(key);
      const va = Object.hasOwn(a, key) ? a[key] : undefined;
      const vb = Object.hasOwn(b, key) ? b[key] : undefined;
      if (va !== vb) {
        if (va !== undefined && vb !== undefined) compare(walk, path, va, vb);
        else push(walk, path, va, vb);
      }
      path.pop();
    }
    return;
  }
  push(walk, path, a, b);
}

/** {@link compare} of two records, naming the record and field when reading one throws. */
function compareRecords(walk: Walk, id: string, a: Record<string, unknown>, b: Record<string, unknown>): void {
  const path: (string | number)[] = [];
  try {
    compare(walk, path, a, b);
  } catch (error) {
    if (error instanceof Hole) {
      const at = `${pathText(path)}${error.index >= 0 ? `[${error.index}]` : ''}`;
      throw new ArgumentTypeError('diffDatasets: dataset', undefined, '', `diffDatasets: dataset: ${walk.kind} ${short(id)} has a hole at ${at}; accepted: arrays without holes`);
    }
    rethrowUnreadable('diffDatasets: dataset', `${walk.kind} ${short(id)}${path.length > 0 ? ` at ${pathText(path)}` : ''}`, undefined, error);
  }
}

const list = (refs: readonly string[]): string => `${refs.slice(0, 5).join(', ')}${refs.length > 5 ? ` and ${refs.length - 5} more` : ''}`;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `options.renames` read once into a map, checked: new ids are strings, no two old ids share one. */
function readRenames(options: object): Map<string, string> {
  const argument = 'diffDatasets: options.renames';
  let where = 'options.renames';
  try {
    const input = own(options, 'renames');
    const renames = new Map<string, string>();
    if (input === undefined) return renames;
    if (!isObject(input)) throw new ArgumentTypeError(argument, input, 'an object { oldId: newId }', `diffDatasets: options.renames must be an object { oldId: newId }; got ${describe(input)}`);
    const takenBy = new Map<string, string>();
    for (const from of Object.keys(input)) {
      where = `options.renames[${short(from)}]`;
      const to = own(input, from);
      if (typeof to !== 'string') throw new ArgumentTypeError(argument, to, 'the new id, a string', `diffDatasets: options.renames[${short(from)}] must be the new id, a string; got ${describe(to)}`);
      const other = takenBy.get(to);
      if (other !== undefined) {
        throw new ArgumentRangeError(argument, to, '', `diffDatasets: options.renames gives the new id ${short(to)} to both ${short(other)} and ${short(from)}; accepted: each new id taken by one old id`);
      }
      takenBy.set(to, from);
      renames.set(from, to);
    }
    return renames;
  } catch (error) {
    return rethrowUnreadable(argument, where, options, error);
  }
}

/**
 * Compares two datasets of the package's shape, record by record: which records were added,
 * removed, renamed or changed (by kind and id), each change down to the field, with its old and
 * new value and the least semver bump it needs; and the bump the whole diff needs. Works on any
 * dataset (validate untrusted data first: `safeParseDataset`); does not load zod. Linear in the
 * datasets' size (plus sorting the ids).
 *
 * @param oldDataset - the dataset as released.
 * @param newDataset - the dataset now.
 * @param options - `renames`: `{ oldId: newId }` for renamed records.
 * @returns a deep-frozen {@link DatasetDiff}: kinds in the order sources, entities, events,
 *   relationships, eventLinks; ids in code-unit order; field changes by path.
 * @throws {ArgumentTypeError} (a `TypeError`) when either argument is not dataset-shaped (naming
 *   the kind and index), when `options` or `options.renames` is not an object or a new id not a
 *   string, or when reading a part of the input throws (a getter or Proxy trap: the error names
 *   where, with the original as `cause`).
 * @throws {ArgumentRangeError} (a `RangeError`) for a duplicate id, a record nested absurdly deep,
 *   a rename whose ids are not found, or two renames onto one new id.
 * @example
 * const next = { ...dataset, events: dataset.events.map((e) => (e.id === 'tower-22-drone-attack' ? { ...e, date: '2024-01-28' } : e)) };
 * const diff = diffDatasets(dataset, next);
 * diff.changed.map((c) => `${c.kind}/${c.id}: ${c.changes.map((f) => f.field)}`) // => ['events/tower-22-drone-attack: date']
 * diff.bump // => 'minor'
 */
export function diffDatasets(oldDataset: DiffableDataset, newDataset: DiffableDataset, options: DiffOptions = {}): DatasetDiff {
  const oldVersion = checkDataset(oldDataset, 'old');
  const newVersion = checkDataset(newDataset, 'new');
  if (!isObject(options)) throw new ArgumentTypeError('diffDatasets: options', options, 'an object { renames? }', `diffDatasets: options must be an object { renames? }; got ${describe(options)}`);
  const renames = readRenames(options);
  const added: RecordRef[] = [];
  const removed: RecordRef[] = [];
  const renamed: RecordRename[] = [];
  const changed: RecordChange[] = [];
  const counts = {} as Record<DiffKind, KindCounts>;
  const usedRenames = new Set<string>();
  let identity = 0;
  let facts = 0;
  let wording = 0;

  for (const kind of DIFF_KINDS) {
    const before = recordsById(oldDataset, 'old', kind);
    const after = recordsById(newDataset, 'new', kind);
    const pairs: [string, string][] = [];
    const renamedTo = new Set<string>();
    for (const [from, to] of renames) {
      if (before.has(from) && after.has(to) && !after.has(from)) {
        pairs.push([from, to]);
        renamedTo.add(to);
        usedRenames.add(from);
      }
    }
    const c = { added: 0, removed: 0, renamed: 0, changed: 0, unchanged: 0 };
    const renameOf = new Map(pairs);
    const kindChanges: RecordChange[] = [];
    const kindAdded: RecordRef[] = [];
    const kindRemoved: RecordRef[] = [];
    const kindRenamed: RecordRename[] = [];
    for (const [id, a] of before) {
      const b = after.get(id);
      if (b === undefined) {
        const to = renameOf.get(id);
        if (to === undefined) {
          kindRemoved.push(Object.freeze({ kind, id }));
          continue;
        }
        kindRenamed.push(Object.freeze({ kind, from: id, to }));
        const walk: Walk = { kind, renames, out: [] };
        compareRecords(walk, id, a, after.get(to)!);
        kindChanges.push(Object.freeze({ kind, id: to, renamedFrom: id, changes: Object.freeze(walk.out), bump: 'major' as const }));
        continue;
      }
      if (a === b) {
        c.unchanged++;
        continue;
      }
      const walk: Walk = { kind, renames, out: [] };
      compareRecords(walk, id, a, b);
      if (walk.out.length === 0) {
        c.unchanged++;
        continue;
      }
      c.changed++;
      const bump = walk.out.reduce<Bump>((m, f) => max(m, f.bump), 'none') as Exclude<Bump, 'none'>;
      kindChanges.push(Object.freeze({ kind, id, changes: Object.freeze(walk.out), bump }));
    }
    for (const id of after.keys()) {
      if (!before.has(id) && !renamedTo.has(id)) kindAdded.push(Object.freeze({ kind, id }));
    }
    c.added = kindAdded.length;
    c.removed = kindRemoved.length;
    c.renamed = kindRenamed.length;
    const byId = (x: { id: string }, y: { id: string }): number => byText(x.id, y.id);
    // Loops, not push(...list): a spread of 10^5 arguments overflows the stack.
    for (const r of kindAdded.sort(byId)) added.push(r);
    for (const r of kindRemoved.sort(byId)) removed.push(r);
    for (const r of kindRenamed.sort((x, y) => byText(x.from, y.from))) renamed.push(r);
    for (const change of kindChanges) {
      for (const f of change.changes) {
        if (f.bump === 'major') identity++;
        else if (f.bump === 'minor') facts++;
        else wording++;
      }
    }
    kindChanges.sort((x, y) => byText(x.id, y.id));
    for (const change of kindChanges) changed.push(change);
    counts[kind] = Object.freeze(c);
  }
  const unknown = [...renames.keys()].filter((from) => !usedRenames.has(from));
  if (unknown.length > 0) {
    throw new ArgumentRangeError('diffDatasets: options.renames', unknown, '', `diffDatasets: renames ${list(unknown.map(short))} match no record: the old id must be in the old dataset only, the new id in the new dataset`);
  }

  const reasons: BumpReason[] = [];
  const schemaVersion = oldVersion === newVersion ? null : Object.freeze({ old: oldVersion, new: newVersion });
  const ref = (r: RecordRef): string => `${r.kind}/${r.id}`;
  if (schemaVersion !== null) {
    reasons.push({ bump: schemaBump(oldVersion, newVersion) as Exclude<Bump, 'none'>, reason: `schemaVersion ${oldVersion} → ${newVersion}` });
  }
  if (removed.length > 0) reasons.push({ bump: 'major', reason: `${plural(removed.length, 'record')} removed: ${list(removed.map(ref))}` });
  if (renamed.length > 0) reasons.push({ bump: 'major', reason: `${plural(renamed.length, 'record')} renamed: ${list(renamed.map((r) => `${r.kind}/${r.from} → ${r.to}`))}` });
  if (identity > 0) reasons.push({ bump: 'major', reason: `${plural(identity, 'identity field')} changed (kind, type, predicate, subject, object, from, to)` });
  if (added.length > 0) reasons.push({ bump: 'minor', reason: `${plural(added.length, 'record')} added: ${list(added.map(ref))}` });
  if (facts > 0) reasons.push({ bump: 'minor', reason: `${plural(facts, 'fact')} changed (dates, participants, estimates, certainty, places, names …)` });
  if (wording > 0) reasons.push({ bump: 'patch', reason: `${plural(wording, 'wording or citation change')} (descriptions, summaries, notes, evidence)` });
  reasons.sort((x, y) => RANK[y.bump] - RANK[x.bump]);
  const bump = reasons.reduce<Bump>((m, r) => max(m, r.bump), 'none');

  return Object.freeze({
    schemaVersion,
    added: Object.freeze(added),
    removed: Object.freeze(removed),
    renamed: Object.freeze(renamed),
    changed: Object.freeze(changed),
    counts: Object.freeze(counts),
    bump,
    reasons: Object.freeze(reasons.map((r) => Object.freeze(r))),
  });
}
