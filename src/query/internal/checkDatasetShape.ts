import { ArgumentTypeError } from '../../errors/ArgumentTypeError.js';
import { isArraySafe } from '../../errors/describeValue.js';

const RECORD_ARRAYS = ['entities', 'events', 'relationships', 'eventLinks'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !isArraySafe(v);

/**
 * Checks that a value has the shape the index reads — not a full validation (use
 * `parseDataset` from `iraq-militias/schema` for that), but enough that building the index
 * cannot fail deep inside: the record arrays are arrays, every record an object with its
 * fields of the right types, each read as the record's **own** property.
 *
 * @param dataset - the argument as given.
 * @throws {ArgumentTypeError} naming the first field of the wrong shape (`dataset.events[3].date`)
 *   and what it must be, or when the dataset cannot be read (a getter or a Proxy that throws).
 */
export function checkDatasetShape(dataset: unknown): void {
  const where = 'createIndex: dataset';
  if (!isObject(dataset)) throw new ArgumentTypeError(where, dataset, `a dataset object (${RECORD_ARRAYS.join(', ')} arrays)`);
  let path = 'dataset';
  const fail = (value: unknown, expected: string): never => {
    throw new ArgumentTypeError(`createIndex: ${path}`, value, `${expected} (validate your data with parseDataset from 'iraq-militias/schema')`);
  };
  // own data properties only: a getter could answer differently when the index reads it
  const own = (o: Record<string, unknown>, key: string): unknown => {
    const desc = Reflect.getOwnPropertyDescriptor(o, key);
    if (desc === undefined) return undefined;
    if (!('value' in desc)) {
      path += `.${key}`;
      fail(o, 'a plain data property, not a getter');
    }
    return desc.value;
  };
  const str = (o: Record<string, unknown>, key: string, optional = false): void => {
    const v = own(o, key);
    if (typeof v === 'string' || (optional && v === undefined)) return;
    path += `.${key}`;
    fail(v, optional ? 'a string or nothing' : 'a string');
  };
  try {
    const arrays: Record<string, readonly unknown[]> = {};
    for (const key of RECORD_ARRAYS) {
      const v = own(dataset, key);
      if (!Array.isArray(v)) {
        path = `dataset.${key}`;
        fail(v, 'an array of records');
      }
      arrays[key] = v as unknown[];
    }
    const each = (key: string, check: (r: Record<string, unknown>) => void): void => {
      const list = arrays[key]!;
      for (let i = 0; i < list.length; i++) {
        path = `dataset.${key}[${i}]`;
        const r = list[i];
        if (!isObject(r)) fail(r, 'a record object');
        str(r as Record<string, unknown>, 'id');
        check(r as Record<string, unknown>);
        path = `dataset.${key}[${i}]`;
      }
    };
    each('entities', (e) => {
      str(e, 'kind');
      str(e, 'name');
      str(e, 'within', true);
      const aliases = own(e, 'aliases');
      if (aliases !== undefined && (!Array.isArray(aliases) || !aliases.every((a) => typeof a === 'string'))) {
        path += '.aliases';
        fail(aliases, 'an array of strings');
      }
    });
    each('events', (e) => {
      for (const k of ['date', 'type', 'modality']) str(e, k);
      str(e, 'location', true);
      const parts = own(e, 'participants');
      if (!Array.isArray(parts)) {
        path += '.participants';
        return fail(parts, 'an array of participants');
      }
      const base = path;
      parts.forEach((p: unknown, j) => {
        path = `${base}.participants[${j}]`;
        if (!isObject(p)) fail(p, 'a participant object');
        str(p as Record<string, unknown>, 'entity');
        str(p as Record<string, unknown>, 'role');
      });
    });
    each('relationships', (r) => {
      for (const k of ['subject', 'predicate', 'object']) str(r, k);
      str(r, 'valid', true);
    });
    each('eventLinks', (l) => {
      for (const k of ['from', 'type', 'to']) str(l, k);
    });
  } catch (error) {
    if (error instanceof ArgumentTypeError) throw error;
    throw new ArgumentTypeError(`createIndex: ${path}`, undefined, `a dataset that can be read (reading it threw: ${error instanceof Error ? error.message.slice(0, 120) : 'an error'})`);
  }
}
