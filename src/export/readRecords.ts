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

/** The record kinds of a dataset, as {@link readRecords} checks them. */
export type RecordShape = 'source' | 'entity' | 'event' | 'relationship' | 'event-link';

type Obj = Record<string, unknown>;

const HINT = "check a dataset with parseDataset from 'iraq-militias/schema'";
const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);
const VOCAB = {
  kind: set(ENTITY_KINDS),
  type: set(EVENT_TYPES),
  modality: set(MODALITIES),
  role: set(ROLES),
  predicate: set(PREDICATES),
  link: set(EVENT_LINK_TYPES),
  certainty: set(CERTAINTIES),
  precision: set(COORDINATE_PRECISIONS),
} as const;
const VOCAB_LIST: Readonly<Record<keyof typeof VOCAB, readonly string[]>> = {
  kind: ENTITY_KINDS,
  type: EVENT_TYPES,
  modality: MODALITIES,
  role: ROLES,
  predicate: PREDICATES,
  link: EVENT_LINK_TYPES,
  certainty: CERTAINTIES,
  precision: COORDINATE_PRECISIONS,
};

/** Record arrays already checked: the copies this function made, and the bundled report's own (deep-frozen) arrays. */
const CHECKED = new WeakSet<object>([bundled.sources, bundled.entities, bundled.events, bundled.relationships, bundled.eventLinks]);

const SOURCE_TEXT = ['id', 'title', 'publisher', 'author', 'url', 'published', 'language'] as const;
const EVENT_OPTIONAL_TEXT = ['dateText', 'location', 'locationNote', 'condition', 'note'] as const;

const reason = (error: unknown): string => {
  if (error instanceof Error) return `${error.name}: ${error.message.slice(0, 120)}`;
  return typeof error === 'string' ? error.slice(0, 120) : 'a value that is not an Error';
};

/** Where the reader is; the path string is made only for an error. */
class Where {
  i = -1;
  /** The field (or nested path without its last index), `''` for the record itself. */
  field = '';
  j = -1;
  /** The field under `field[j]`, if any. */
  leaf = '';
  constructor(readonly base: string) {}
  toString(): string {
    let p = this.base;
    if (this.i >= 0) p += `[${this.i}]`;
    if (this.field !== '') p += `.${this.field}`;
    if (this.j >= 0) p += `[${this.j}]`;
    if (this.leaf !== '') p += `.${this.leaf}`;
    return p;
  }
}

class Reader {
  readonly at: Where;
  constructor(
    readonly caller: string,
    base: string,
  ) {
    this.at = new Where(base);
  }

  fail(value: unknown, expected: string): never {
    throw new ArgumentTypeError(`${this.caller}: ${this.at}`, value, `${expected} (${HINT})`);
  }

  /** A shallow copy of a plain record object: every own enumerable property read exactly once. */
  object(value: unknown, expected: string): Obj {
    if (typeof value !== 'object' || value === null || isArraySafe(value)) return this.fail(value, expected);
    return { ...(value as Obj) };
  }

  /** A copy of an array, each element read once; a hole is named as one. */
  array(value: unknown, expected: string): unknown[] {
    if (!isArraySafe(value)) return this.fail(value, expected);
    const list = value as readonly unknown[];
    const n = list.length;
    const out = new Array<unknown>(n);
    for (let k = 0; k < n; k++) out[k] = list[k];
    return out;
  }

  str(o: Obj, key: string): string {
    const v = o[key];
    if (typeof v !== 'string') {
      this.at.leaf = key;
      this.fail(v, 'a string');
    }
    return v as string;
  }

  optStr(o: Obj, key: string): void {
    const v = o[key];
    if (v !== undefined && typeof v !== 'string') {
      this.at.leaf = key;
      this.fail(v, 'a string or nothing');
    }
  }

  word(o: Obj, key: string, vocab: keyof typeof VOCAB, optional = false): void {
    const v = o[key];
    if (optional && v === undefined) return;
    if (typeof v !== 'string' || !VOCAB[vocab].has(v)) {
      this.at.leaf = key;
      if (typeof v !== 'string') this.fail(v, `a string${optional ? ' or nothing' : ''}`);
      throw new ArgumentRangeError(`${this.caller}: ${this.at}`, v, `is not one of the accepted values: ${VOCAB_LIST[vocab].join(', ')} (${HINT})`);
    }
  }

  date(o: Obj, key: string, optional = false): void {
    const v = o[key];
    if (optional && v === undefined) return;
    this.at.leaf = key;
    if (typeof v !== 'string') this.fail(v, `an EDTF date string${optional ? ' or nothing' : ''}`);
    try {
      parseEdtf(v as string);
    } catch (error) {
      if (!(error instanceof DateFormatError)) throw error;
      const e = new ArgumentRangeError(`${this.caller}: ${this.at}`, v, `is not an EDTF date the package reads (${error.message.slice(0, 160)})`);
      Object.defineProperty(e, 'cause', { value: error, configurable: true, writable: true });
      throw e;
    }
    this.at.leaf = '';
  }

  num(o: Obj, key: string, nullable: boolean): void {
    const v = o[key];
    if (typeof v === 'number' || (nullable && v === null)) return;
    this.at.leaf = key;
    this.fail(v, nullable ? 'a number or null' : 'a number');
  }

  /** An optional nested object (`coordinates`, `casualties.killed` …), copied; `undefined` stays absent. */
  nested(o: Obj, key: string, path: string): Obj | undefined {
    const v = o[key];
    if (v === undefined) return undefined;
    this.at.field = path;
    const copy = this.object(v, 'an object or nothing');
    o[key] = copy;
    return copy;
  }

  estimate(o: Obj, key: string, path: string): void {
    const e = this.nested(o, key, path);
    if (e === undefined) return;
    this.num(e, 'low', true);
    this.num(e, 'best', true);
    this.num(e, 'high', true);
    this.optStr(e, 'text');
    this.optStr(e, 'unit');
    this.optStr(e, 'certainty');
    this.at.field = '';
  }

  evidence(o: Obj): void {
    const at = this.at;
    at.field = 'evidence';
    const list = this.array(o['evidence'], 'an array of evidence entries ({ source, paragraphs })');
    for (at.j = 0; at.j < list.length; at.j++) {
      const ev = this.object(list[at.j], 'an evidence entry ({ source, paragraphs })');
      this.str(ev, 'source');
      at.leaf = 'paragraphs';
      const paragraphs = this.array(ev['paragraphs'], 'an array of paragraph numbers');
      for (const p of paragraphs) if (typeof p !== 'number') this.fail(p, 'an array of paragraph numbers');
      ev['paragraphs'] = paragraphs;
      at.leaf = '';
      this.optStr(ev, 'claim');
      at.leaf = '';
      list[at.j] = ev;
    }
    at.j = -1;
    at.field = '';
    o['evidence'] = list;
  }

  source(o: Obj): void {
    for (const key of SOURCE_TEXT) this.str(o, key);
    this.optStr(o, 'updated');
    this.num(o, 'paragraphs', false);
  }

  entity(o: Obj): void {
    const at = this.at;
    this.str(o, 'id');
    this.word(o, 'kind', 'kind');
    this.optStr(o, 'subtype');
    this.str(o, 'name');
    this.str(o, 'description');
    this.optStr(o, 'within');
    this.optStr(o, 'note');
    this.word(o, 'certainty', 'certainty');
    at.field = 'aliases';
    const aliases = this.array(o['aliases'], 'an array of strings');
    for (at.j = 0; at.j < aliases.length; at.j++) if (typeof aliases[at.j] !== 'string') this.fail(aliases[at.j], 'a string');
    at.j = -1;
    o['aliases'] = aliases;
    const iso = this.nested(o, 'iso', 'iso');
    if (iso !== undefined) {
      this.str(iso, 'alpha2');
      this.str(iso, 'alpha3');
    }
    const coordinates = this.nested(o, 'coordinates', 'coordinates');
    if (coordinates !== undefined) {
      this.num(coordinates, 'lat', false);
      this.num(coordinates, 'lon', false);
      this.word(coordinates, 'precision', 'precision');
    }
    at.field = '';
    this.evidence(o);
  }

  event(o: Obj): void {
    const at = this.at;
    this.str(o, 'id');
    this.word(o, 'type', 'type');
    this.word(o, 'modality', 'modality');
    this.date(o, 'date');
    this.str(o, 'summary');
    this.word(o, 'certainty', 'certainty');
    for (const key of EVENT_OPTIONAL_TEXT) this.optStr(o, key);
    this.word(o, 'locationCertainty', 'certainty', true);
    const by = o['attributedTo'];
    if (by !== null && typeof by !== 'string') {
      at.leaf = 'attributedTo';
      this.fail(by, 'an entity id (a string) or null');
    }
    at.field = 'participants';
    const parts = this.array(o['participants'], 'an array of participants ({ entity, role })');
    for (at.j = 0; at.j < parts.length; at.j++) {
      const p = this.object(parts[at.j], 'a participant ({ entity, role })');
      this.str(p, 'entity');
      this.word(p, 'role', 'role');
      this.word(p, 'certainty', 'certainty', true);
      this.optStr(p, 'note');
      at.leaf = '';
      parts[at.j] = p;
    }
    at.j = -1;
    at.field = '';
    o['participants'] = parts;
    const casualties = this.nested(o, 'casualties', 'casualties');
    if (casualties !== undefined) {
      this.estimate(casualties, 'killed', 'casualties.killed');
      this.estimate(casualties, 'wounded', 'casualties.wounded');
    }
    this.estimate(o, 'quantity', 'quantity');
    const statement = this.nested(o, 'statement', 'statement');
    if (statement !== undefined) {
      this.optStr(statement, 'content');
      this.optStr(statement, 'quote');
    }
    at.field = '';
    this.evidence(o);
  }

  relationship(o: Obj): void {
    this.str(o, 'id');
    this.str(o, 'subject');
    this.word(o, 'predicate', 'predicate');
    this.str(o, 'object');
    this.word(o, 'certainty', 'certainty');
    this.optStr(o, 'note');
    this.date(o, 'valid', true);
    this.estimate(o, 'quantity', 'quantity');
    this.evidence(o);
  }

  eventLink(o: Obj): void {
    this.str(o, 'id');
    this.str(o, 'from');
    this.word(o, 'type', 'link');
    this.str(o, 'to');
    this.word(o, 'certainty', 'certainty');
    this.optStr(o, 'note');
    this.evidence(o);
  }
}

const EXPECTED: Readonly<Record<RecordShape, string>> = {
  source: 'a source record',
  entity: 'an entity record',
  event: 'an event record',
  relationship: 'a relationship record',
  'event-link': 'an event-link record',
};

/**
 * Reads an array of records of one kind from a possibly untyped caller, once, into a checked
 * copy: the array and each record are copied (every own enumerable property read exactly once,
 * the nested objects and arrays the exports read copied too), and each field an export reads is
 * checked for its type and, for vocabulary fields and dates, its value. The exports then work
 * on the copy only, so a getter or Proxy cannot answer differently the second time, and nothing
 * can fail deep inside. Linear in the records' size.
 *
 * @param caller - the public function's name, for errors.
 * @param path - what the array is, for errors: `dataset.events`, `options.events`.
 * @param value - the array as given.
 * @param kind - the kind of record it holds.
 * @returns the checked copy.
 * @throws {ArgumentTypeError} naming the path of the first field of the wrong type (`dataset.entities[3].name`),
 *   a hole (`dataset.events[1]`), or where reading threw (a getter or Proxy trap; the thrown error is its `cause`).
 * @throws {ArgumentRangeError} for a vocabulary word or date the package does not read.
 * @example
 * readRecords('toCSV', 'dataset.events', [, event], 'event')
 * // throws ArgumentTypeError: toCSV: dataset.events[0]: expected an event record …, got a hole
 */
export function readRecords(caller: string, path: string, value: unknown, kind: RecordShape): Obj[] {
  if (CHECKED.has(value as object)) return value as Obj[];
  const r = new Reader(caller, path);
  const at = r.at;
  try {
    const list = r.array(value, `an array of ${kind} records`);
    for (at.i = 0; at.i < list.length; at.i++) {
      at.field = '';
      at.j = -1;
      at.leaf = '';
      const item = list[at.i];
      if (item === undefined && !Object.hasOwn(value as unknown[], at.i)) {
        throw new ArgumentTypeError(`${caller}: ${at}`, item, EXPECTED[kind], `${caller}: ${at}: a hole in the array; accepted: ${EXPECTED[kind]} at every index (${HINT})`);
      }
      if (typeof item === 'string') {
        const id = item.slice(0, 60);
        throw new ArgumentTypeError(
          `${caller}: ${at}`,
          item,
          EXPECTED[kind],
          kind === 'event'
            ? `${caller}: ${at}: option 'events' takes event records (e.g. the result of byActor or timeline), not ids; got '${id}' at [${at.i}]: pass getEvent('${id}') or the query's result`
            : `${caller}: ${at}: got the id '${id}'; accepted: ${EXPECTED[kind]} (an object), not its id`,
        );
      }
      const o = r.object(item, EXPECTED[kind]);
      switch (kind) {
        case 'source':
          r.source(o);
          break;
        case 'entity':
          r.entity(o);
          break;
        case 'event':
          r.event(o);
          break;
        case 'relationship':
          r.relationship(o);
          break;
        case 'event-link':
          r.eventLink(o);
          break;
      }
      list[at.i] = o;
    }
    CHECKED.add(list);
    return list as Obj[];
  } catch (error) {
    if (ArgumentTypeError.is(error) || ArgumentRangeError.is(error)) throw error;
    // A getter or Proxy trap of the caller's data threw (or a revoked Proxy): name where.
    const e = new ArgumentTypeError(
      `${caller}: ${at}`,
      undefined,
      'data that can be read',
      `${caller}: ${at}: could not be read (reading it threw ${reason(error)}); accepted: plain data (objects and arrays whose properties can be read)`,
    );
    Object.defineProperty(e, 'cause', { value: error, configurable: true, writable: true });
    throw e;
  }
}
