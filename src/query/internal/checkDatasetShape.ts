import { ArgumentTypeError } from '../../errors/ArgumentTypeError.js';
import { isArraySafe } from '../../errors/describeValue.js';
import { describeThrown } from '../../errors/describeThrown.js';

const RECORD_ARRAYS = ['entities', 'events', 'relationships', 'eventLinks'] as const;
const HINT = "validate your data with parseDataset from 'iraq-militias/schema'";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !isArraySafe(v);
/** An own property, or `undefined`: nothing inherited (a polluted `Object.prototype`) is taken for a field. */
const own = (o: Record<string, unknown>, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

/** Where the check is, kept as numbers: the path string is made only for an error. */
class Where {
  table = '';
  i = -1;
  sub = '';
  j = -1;
  field = '';
  toString(): string {
    let p = 'dataset';
    if (this.table !== '') p += `.${this.table}`;
    if (this.i >= 0) p += `[${this.i}]`;
    if (this.sub !== '') p += `.${this.sub}[${this.j}]`;
    if (this.field !== '') p += `.${this.field}`;
    return p;
  }
}

/**
 * Checks that a value has the shape the index reads — not a full validation (use
 * `parseDataset` from `iraq-militias/schema` for that), but enough that building the index
 * cannot fail deep inside: the record arrays are arrays, every record an object with the fields
 * the index reads of the right types, each read as the record's **own** property.
 *
 * @param dataset - the argument as given.
 * @throws {ArgumentTypeError} naming the first field of the wrong shape (`dataset.events[3].date`)
 *   and what it must be, or when the dataset cannot be read (a getter or a Proxy that throws).
 */
export function checkDatasetShape(dataset: unknown): void {
  if (!isObject(dataset)) throw new ArgumentTypeError('createIndex: dataset', dataset, `a dataset object (${RECORD_ARRAYS.join(', ')} arrays)`);
  const at = new Where();
  const fail = (value: unknown, expected: string): never => {
    throw new ArgumentTypeError(`createIndex: ${at}`, value, `${expected} (${HINT})`);
  };
  const str = (o: Record<string, unknown>, key: string): void => {
    const v = own(o, key);
    if (typeof v !== 'string') {
      at.field = key;
      fail(v, 'a string');
    }
  };
  const optionalStr = (o: Record<string, unknown>, key: string): void => {
    const v = own(o, key);
    if (v !== undefined && typeof v !== 'string') {
      at.field = key;
      fail(v, 'a string or nothing');
    }
  };
  const list = (key: string): readonly unknown[] => {
    at.table = key;
    const v = own(dataset, key);
    if (!Array.isArray(v)) return fail(v, 'an array of records');
    return v;
  };
  const record = (rows: readonly unknown[]): Record<string, unknown> => {
    // own elements only: a hole (even with a polluted Array.prototype) is not a record
    const r = Object.hasOwn(rows, at.i) ? rows[at.i] : undefined;
    if (!isObject(r)) fail(r, 'a record object');
    str(r as Record<string, unknown>, 'id');
    return r as Record<string, unknown>;
  };
  /**
   * Checks each item of an array field of the current record, by own index: a plain loop, not
   * every(), so a hole is an error at its index (every() would skip it, and walk the whole length
   * of a sparse array) and a sparse array fails at its first hole.
   */
  const items = (list: unknown[], sub: string, check: (item: unknown, hole: boolean) => void): void => {
    at.sub = sub;
    for (at.j = 0; at.j < list.length; at.j++) {
      const has = Object.hasOwn(list, at.j);
      check(has ? list[at.j] : undefined, !has);
    }
    at.sub = '';
    at.j = -1;
  };
  try {
    const [entities, events, relationships, eventLinks] = RECORD_ARRAYS.map(list) as [unknown[], unknown[], unknown[], unknown[]];
    at.table = 'entities';
    for (at.i = 0; at.i < entities.length; at.i++) {
      const e = record(entities);
      str(e, 'kind');
      str(e, 'name');
      optionalStr(e, 'within');
      const aliases = own(e, 'aliases');
      if (aliases !== undefined) {
        if (!Array.isArray(aliases)) {
          at.field = 'aliases';
          fail(aliases, 'an array of strings');
        }
        items(aliases as unknown[], 'aliases', (a, hole) => {
          if (typeof a !== 'string') fail(a, hole ? 'a string (this index is a hole in the array)' : 'a string');
        });
      }
    }
    at.table = 'events';
    for (at.i = 0; at.i < events.length; at.i++) {
      const e = record(events);
      str(e, 'date');
      str(e, 'type');
      str(e, 'modality');
      optionalStr(e, 'location');
      const parts = own(e, 'participants');
      if (!Array.isArray(parts)) {
        at.field = 'participants';
        fail(parts, 'an array of participants');
      }
      items(parts as unknown[], 'participants', (p) => {
        if (!isObject(p)) fail(p, 'a participant object');
        str(p as Record<string, unknown>, 'entity');
        str(p as Record<string, unknown>, 'role');
      });
    }
    at.table = 'relationships';
    for (at.i = 0; at.i < relationships.length; at.i++) {
      const r = record(relationships);
      str(r, 'subject');
      str(r, 'predicate');
      str(r, 'object');
      optionalStr(r, 'valid');
    }
    at.table = 'eventLinks';
    for (at.i = 0; at.i < eventLinks.length; at.i++) {
      const l = record(eventLinks);
      str(l, 'from');
      str(l, 'type');
      str(l, 'to');
    }
  } catch (error) {
    if (error instanceof ArgumentTypeError) throw error;
    throw new ArgumentTypeError(`createIndex: ${at}`, undefined, `a dataset that can be read (reading it threw: ${describeThrown(error)})`, undefined, { cause: error });
  }
}
