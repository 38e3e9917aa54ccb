import { dataset as bundled } from '../bundled/dataset.js';
import { ArgumentRangeError } from '../errors/ArgumentRangeError.js';
import { ArgumentTypeError } from '../errors/ArgumentTypeError.js';
import { isArraySafe } from '../errors/describeValue.js';
import { DateFormatError } from '../errors/DateFormatError.js';
import { parseEdtf } from '../dates/parseEdtf.js';
import { COORDINATE_PRECISIONS, ENTITY_KINDS } from '../vocab/entities.js';
import { EVENT_LINK_TYPES, EVENT_TYPES, MODALITIES, ROLES } from '../vocab/events.js';
import { CERTAINTIES } from '../vocab/provenance.js';
import { PREDICATES } from '../vocab/relationships.js';
import { describeThrown } from '../errors/describeThrown.js';

/** The record kinds of a dataset, as {@link readRecords} checks them. */
export type RecordShape = 'source' | 'entity' | 'event' | 'relationship' | 'event-link';

type Obj = Record<string, unknown>;

/**
 * What a field must be. A string names a value type: `s` a string, `n` a number, `d` an EDTF
 * date, `s|` / `n|` that or null. A vocabulary (an array of words) takes one of its words. An
 * object is a nested object of these fields (copied), where a key ending in `?` is an optional
 * field; a {@link List}, an array of one spec (copied).
 */
type Spec = string | readonly string[] | List | { readonly [key: string]: Spec };

/** An array whose every element is `each`; `what` says what one element is, for errors. */
class List {
  constructor(
    readonly each: Spec,
    readonly what: string,
  ) {}
}

const HINT = "check a dataset with parseDataset from 'iraq-militias/schema'";
const TYPES: Readonly<Record<string, string>> = {
  s: 'a string',
  n: 'a number',
  d: 'an EDTF date string',
  's|': 'an entity id (a string) or null',
  'n|': 'a number or null',
};

const EVIDENCE: Spec = new List({ source: 's', paragraphs: new List('n', 'a paragraph number'), 'claim?': 's' }, 'an evidence entry ({ source, paragraphs })');
const ESTIMATE: Spec = { low: 'n|', best: 'n|', high: 'n|', 'text?': 's', 'unit?': 's', 'certainty?': 's' };
const CERTAINTY: Spec = CERTAINTIES;
const SPECS: Readonly<Record<RecordShape, { readonly [key: string]: Spec }>> = {
  source: { id: 's', title: 's', publisher: 's', author: 's', url: 's', published: 's', 'updated?': 's', language: 's', paragraphs: 'n' },
  entity: {
    id: 's',
    kind: ENTITY_KINDS,
    'subtype?': 's',
    name: 's',
    aliases: new List('s', 'a string'),
    description: 's',
    'within?': 's',
    'iso?': { alpha2: 's', alpha3: 's' },
    'coordinates?': { lat: 'n', lon: 'n', precision: COORDINATE_PRECISIONS },
    certainty: CERTAINTY,
    'note?': 's',
    evidence: EVIDENCE,
  },
  event: {
    id: 's',
    type: EVENT_TYPES,
    modality: MODALITIES,
    date: 'd',
    'dateText?': 's',
    'location?': 's',
    'locationCertainty?': CERTAINTY,
    'locationNote?': 's',
    participants: new List({ entity: 's', role: ROLES, 'certainty?': CERTAINTY, 'note?': 's' }, 'a participant ({ entity, role })'),
    summary: 's',
    'casualties?': { 'killed?': ESTIMATE, 'wounded?': ESTIMATE },
    'quantity?': ESTIMATE,
    'condition?': 's',
    'statement?': { 'content?': 's', 'quote?': 's' },
    attributedTo: 's|',
    certainty: CERTAINTY,
    'note?': 's',
    evidence: EVIDENCE,
  },
  relationship: {
    id: 's',
    subject: 's',
    predicate: PREDICATES,
    object: 's',
    'valid?': 'd',
    'quantity?': ESTIMATE,
    certainty: CERTAINTY,
    'note?': 's',
    evidence: EVIDENCE,
  },
  'event-link': { id: 's', from: 's', type: EVENT_LINK_TYPES, to: 's', certainty: CERTAINTY, 'note?': 's', evidence: EVIDENCE },
};
const RECORD: Readonly<Record<RecordShape, string>> = {
  source: 'a source record',
  entity: 'an entity record',
  event: 'an event record',
  relationship: 'a relationship record',
  'event-link': 'an event-link record',
};

/** Record arrays already checked: the copies this function made, and the bundled report's own (deep-frozen) arrays. */
const CHECKED = new WeakSet<object>([bundled.sources, bundled.entities, bundled.events, bundled.relationships, bundled.eventLinks]);

const reason = describeThrown;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !isArraySafe(v);
/** A cause on an error made here (ES2022 `cause`, set after the branded constructor). */
const withCause = <E extends Error>(e: E, cause: unknown): E => Object.defineProperty(e, 'cause', { value: cause, configurable: true, writable: true });

/**
 * Reads an array of records of one kind from a possibly untyped caller, once, into a checked
 * copy: the array and each record are copied (every own enumerable property read exactly once,
 * the nested objects and arrays the exports read copied too), and each field an export reads is
 * checked for its type and, for vocabulary fields and dates, its value. The exports then work
 * on the copy only, so a getter or Proxy cannot answer differently the second time, and nothing
 * can fail deep inside. Linear in the records' size.
 *
 * @param caller - the public function's name, for errors.
 * @param base - what the array is, for errors: `dataset.events`, `options.events`.
 * @param value - the array as given.
 * @param kind - the kind of record it holds.
 * @returns the checked copy.
 * @throws {ArgumentTypeError} naming the path of the first field of the wrong type (`dataset.entities[3].name`),
 *   a hole (`dataset.events[1]`), or where reading threw (a getter or Proxy trap; the thrown error is its `cause`).
 * @throws {ArgumentRangeError} for a vocabulary word or date the package does not read.
 * @example
 * readRecords('toCSV', 'dataset.events', [, event], 'event')
 * // throws ArgumentTypeError: toCSV: dataset.events[0]: a hole in the array; accepted: an event record …
 */
export function readRecords(caller: string, base: string, value: unknown, kind: RecordShape): Obj[] {
  if (CHECKED.has(value as object)) return value as Obj[];
  /** Where the reader is: path segments, joined only for an error. */
  const path: (string | number)[] = [];
  const where = (): string => `${caller}: ${base}${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')}`;
  const fail = (v: unknown, expected: string): never => {
    throw new ArgumentTypeError(where(), v, `${expected} (${HINT})`);
  };
  /** A copy of an array, each element read once; a hole is named as one. */
  const list = (v: unknown, what: string): unknown[] => {
    if (!isArraySafe(v)) fail(v, `an array (each element ${what})`);
    const given = v as readonly unknown[];
    const n = given.length;
    const out = new Array<unknown>(n);
    for (let i = 0; i < n; i++) {
      const item = given[i];
      if (item === undefined && !Object.hasOwn(given, i)) {
        path.push(i);
        throw new ArgumentTypeError(where(), item, what, `${where()}: a hole in the array; accepted: ${what} at every index (${HINT})`);
      }
      out[i] = item;
    }
    return out;
  };
  const check = (v: unknown, spec: Spec, what: string): unknown => {
    if (typeof spec === 'string') {
      const ok = spec === 'n' || spec === 'n|' ? typeof v === 'number' || (spec === 'n|' && v === null) : typeof v === 'string' || (spec === 's|' && v === null);
      if (!ok) fail(v, TYPES[spec]!);
      if (spec === 'd') {
        try {
          parseEdtf(v as string);
        } catch (error) {
          if (!(error instanceof DateFormatError)) throw error;
          throw withCause(new ArgumentRangeError(where(), v, `is not an EDTF date the package reads (${error.message.slice(0, 160)}; ${HINT})`), error);
        }
      }
      return v;
    }
    if (spec instanceof List) {
      const items = list(v, spec.what);
      for (let i = 0; i < items.length; i++) {
        path.push(i);
        items[i] = check(items[i], spec.each, spec.what);
        path.pop();
      }
      return items;
    }
    if (isArraySafe(spec)) {
      // a vocabulary: one of its words
      const words = spec as readonly string[];
      if (typeof v !== 'string') fail(v, 'a string');
      if (!words.includes(v as string)) throw new ArgumentRangeError(where(), v, `is not one of the accepted values: ${words.join(', ')} (${HINT})`);
      return v;
    }
    if (!isObject(v)) fail(v, what);
    const copy: Obj = { ...(v as Obj) };
    for (const [key, field] of Object.entries(spec as { readonly [key: string]: Spec })) {
      const optional = key.endsWith('?');
      const name = optional ? key.slice(0, -1) : key;
      const given = copy[name];
      if (optional && given === undefined) continue;
      path.push(name);
      copy[name] = check(given, field, 'an object');
      path.pop();
    }
    return copy;
  };
  try {
    const records = list(value, RECORD[kind]);
    for (let i = 0; i < records.length; i++) {
      path.push(i);
      const item = records[i];
      if (typeof item === 'string') {
        const id = item.slice(0, 60);
        throw new ArgumentTypeError(
          where(),
          item,
          RECORD[kind],
          kind === 'event'
            ? `${where()}: option 'events' takes event records (e.g. the result of byActor or timeline), not ids; got '${id}' at [${i}]: pass getEvent('${id}') or the query's result`
            : `${where()}: got the id '${id}'; accepted: ${RECORD[kind]} (an object), not its id`,
        );
      }
      records[i] = check(item, SPECS[kind], RECORD[kind]);
      path.pop();
    }
    CHECKED.add(records);
    return records as Obj[];
  } catch (error) {
    if (ArgumentTypeError.is(error) || ArgumentRangeError.is(error)) throw error;
    // A getter or Proxy trap of the caller's data threw (or a revoked Proxy): name where.
    const at = where();
    throw withCause(
      new ArgumentTypeError(at, undefined, 'data that can be read', `${at}: could not be read (reading it threw ${reason(error)}); accepted: plain data (objects and arrays whose properties can be read)`),
      error,
    );
  }
}
