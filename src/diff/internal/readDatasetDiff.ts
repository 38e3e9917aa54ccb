import { isArraySafe } from '../../errors/describeValue.js';
import { ArgumentTypeError } from '../../errors/ArgumentTypeError.js';
import { DIFF_KINDS, type Bump, type DiffKind, type KindCounts } from '../types.js';
import { kindOf } from './kindOf.js';
import { readFieldPath } from './readFieldPath.js';
import { rethrowUnreadable } from './rethrowUnreadable.js';

/** The parts of a `DatasetDiff` that `formatDataChanges` prints, read once and checked. */
export interface DiffSnapshot {
  readonly schemaVersion: { readonly old: string; readonly new: string } | null;
  readonly added: readonly { kind: DiffKind; id: string }[];
  readonly removed: readonly { kind: DiffKind; id: string }[];
  readonly renamed: readonly { kind: DiffKind; from: string; to: string }[];
  /** Each changed record with the top-level fields that changed (first seen first). */
  readonly changed: readonly { kind: DiffKind; id: string; fields: readonly string[] }[];
  readonly counts: { readonly [K in DiffKind]: KindCounts };
  readonly bump: Bump;
}

const ACCEPTED = 'a result of diffDatasets';
const BUMPS: readonly string[] = ['none', 'patch', 'minor', 'major'];
const COUNTS = ['added', 'removed', 'renamed', 'changed', 'unchanged'] as const;

/**
 * Reads a `DatasetDiff` given to `formatDataChanges`: own properties only, each read once, every
 * part checked; a getter or Proxy trap that throws is reported with where it was read.
 *
 * @param argument - the helper and argument, for errors.
 * @param diff - the value given.
 * @returns the parts to print.
 * @throws {ArgumentTypeError} naming the first part that is missing or of the wrong type.
 */
export function readDatasetDiff(argument: string, diff: unknown): DiffSnapshot {
  let at = 'diff';
  const fail = (what: string, value: unknown): never => {
    throw new ArgumentTypeError(argument, diff, ACCEPTED, `${argument}: expected ${ACCEPTED}; ${at} must be ${what}, got ${typeof value === 'number' ? String(value) : kindOf(value)}`);
  };
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !isArraySafe(v);
  const own = (o: Record<string, unknown>, key: string, name: string): unknown => {
    at = name;
    return Object.hasOwn(o, key) ? o[key] : undefined;
  };
  const text = (o: Record<string, unknown>, key: string, name: string): string => {
    const v = own(o, key, name);
    return typeof v === 'string' ? v : fail('a string', v);
  };
  const kind = (o: Record<string, unknown>, name: string): DiffKind => {
    const v = own(o, 'kind', `${name}.kind`);
    return typeof v === 'string' && (DIFF_KINDS as readonly string[]).includes(v) ? (v as DiffKind) : fail(`a record kind (${DIFF_KINDS.join(', ')})`, v);
  };
  const list = <T>(o: Record<string, unknown>, key: string, item: (x: Record<string, unknown>, name: string) => T): T[] => {
    const name = `diff.${key}`;
    const v = own(o, key, name);
    if (!isArraySafe(v)) return fail('an array', v);
    const xs = v as readonly unknown[];
    const out: T[] = [];
    for (let i = 0, n = xs.length; i < n; i++) {
      const x = xs[i];
      at = `${name}[${i}]`;
      out.push(isObject(x) ? item(x, `${name}[${i}]`) : fail('a record', x));
    }
    return out;
  };
  try {
    if (!isObject(diff)) return fail(ACCEPTED.replace('a result', 'an object, a result'), diff);
    const version = own(diff, 'schemaVersion', 'diff.schemaVersion');
    let schemaVersion: DiffSnapshot['schemaVersion'] = null;
    if (version !== null) {
      if (!isObject(version)) return fail('null or { old, new }', version);
      schemaVersion = { old: text(version, 'old', 'diff.schemaVersion.old'), new: text(version, 'new', 'diff.schemaVersion.new') };
    }
    const added = list(diff, 'added', (x, n) => ({ kind: kind(x, n), id: text(x, 'id', `${n}.id`) }));
    const removed = list(diff, 'removed', (x, n) => ({ kind: kind(x, n), id: text(x, 'id', `${n}.id`) }));
    const renamed = list(diff, 'renamed', (x, n) => ({ kind: kind(x, n), from: text(x, 'from', `${n}.from`), to: text(x, 'to', `${n}.to`) }));
    const changed = list(diff, 'changed', (x, n) => {
      const k = kind(x, n);
      const id = text(x, 'id', `${n}.id`);
      const changes = own(x, 'changes', `${n}.changes`);
      if (!isArraySafe(changes)) return fail('an array', changes);
      const fields = new Set<string>();
      const cs = changes as readonly unknown[];
      for (let j = 0, m = cs.length; j < m; j++) {
        const c = cs[j];
        at = `${n}.changes[${j}]`;
        if (!isObject(c)) return fail('a field change', c);
        const path = readFieldPath(`${argument.slice(0, argument.indexOf(':'))}: ${n}.changes[${j}].path`, own(c, 'path', `${n}.changes[${j}].path`));
        fields.add(String(path[0]));
      }
      return { kind: k, id, fields: [...fields] };
    });
    const countsValue = own(diff, 'counts', 'diff.counts');
    if (!isObject(countsValue)) return fail('an object of counts per kind', countsValue);
    const counts = {} as Record<DiffKind, KindCounts>;
    for (const k of DIFF_KINDS) {
      const c = own(countsValue, k, `diff.counts.${k}`);
      if (!isObject(c)) return fail('{ added, removed, renamed, changed, unchanged }', c);
      const row = {} as Record<(typeof COUNTS)[number], number>;
      for (const field of COUNTS) {
        const n = own(c, field, `diff.counts.${k}.${field}`);
        row[field] = typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : fail('a count (an integer ≥ 0)', n);
      }
      counts[k] = row;
    }
    const bump = own(diff, 'bump', 'diff.bump');
    if (typeof bump !== 'string' || !BUMPS.includes(bump)) return fail(`one of ${BUMPS.join(', ')}`, bump);
    return { schemaVersion, added, removed, renamed, changed, counts, bump: bump as Bump };
  } catch (error) {
    return rethrowUnreadable(argument, at, diff, error);
  }
}
