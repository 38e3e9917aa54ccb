import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { diffDatasets } from '../../src/diff/diffDatasets.js';
import { ArgumentTypeError } from '../../src/errors/ArgumentTypeError.js';
import { describeThrown, UNSHOWABLE } from '../../src/errors/describeThrown.js';
import { toCSV } from '../../src/export/toCSV.js';
import { toNDJSON } from '../../src/export/toNDJSON.js';
import { byActor } from '../../src/query/byActor.js';
import { createIndex } from '../../src/query/createIndex.js';
import { query } from '../../src/query/query.js';
import { deepFreeze } from '../../src/dataset/deepFreeze.js';
import { safeParseDataset } from '../../src/schema/safeParseDataset.js';

/** A thrown value whose every read throws: its prototype, its name, its message. */
const hostile = (): object =>
  new Proxy({}, {
    get() { throw new Error('proxy-trap'); },
    getPrototypeOf() { throw new Error('proto-trap'); },
  });

const throwing = (key: string, thrown: unknown): object =>
  Object.defineProperty({}, key, { get() { throw thrown; }, enumerable: true });

const clone = (): Record<string, unknown> => structuredClone(dataset) as unknown as Record<string, unknown>;

/** Runs `f`, expects an ArgumentTypeError (never the raw trap error) and returns it. */
function argumentError(f: () => unknown): ArgumentTypeError {
  let caught: unknown;
  try {
    f();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ArgumentTypeError);
  return caught as ArgumentTypeError;
}

describe('describeThrown', () => {
  it('says name and message of an error, a short prefix of a long one', () => {
    expect(describeThrown(new TypeError('boom'))).toBe('TypeError: boom');
    const long = describeThrown(new Error('z'.repeat(1e6)));
    expect(long.length).toBeLessThan(200);
    expect(long).toContain('(1000000 characters)');
  });

  it('never runs into a throw: a hostile Proxy, throwing getters, a non-Error', () => {
    expect(describeThrown(hostile())).toBe(UNSHOWABLE);
    const bad = Object.create(Error.prototype, { message: { get() { throw new Error('message-trap'); } } }) as unknown;
    expect(describeThrown(bad)).toBe(UNSHOWABLE);
    expect(describeThrown(Symbol('s'))).toBe('a value that is not an Error');
    expect(describeThrown(null)).toBe('a value that is not an Error');
  });

  it('escapes control characters of a message', () => {
    expect(describeThrown(new Error('a\u001b[2J\u202eb'))).toBe('Error: a\\u{1b}[2J\\u{202e}b');
  });
});

describe('every door reports a getter or trap that throws a hostile object as an ArgumentTypeError', () => {
  it('query and byActor options', () => {
    const P = hostile();
    expect(argumentError(() => query(throwing('actor', P) as never)).message).toContain(UNSHOWABLE);
    const listing = argumentError(() => byActor('iran', new Proxy({}, { ownKeys() { throw P; } }) as never));
    expect(listing.message).toContain(UNSHOWABLE);
    expect(listing.cause).toBe(P);
  });

  it('createIndex on a date getter, with the thrown value as cause', () => {
    const P = hostile();
    const d = clone();
    Object.defineProperty((d['events'] as object[])[0], 'date', { get() { throw P; }, enumerable: true });
    const e = argumentError(() => createIndex(d as never));
    expect(e.message).toContain('createIndex: dataset.events[0]');
    expect(e.cause).toBe(P);
  });

  it('toCSV dataset and options, toNDJSON', () => {
    const P = hostile();
    const d = clone();
    Object.defineProperty(d, 'events', { get() { throw P; }, enumerable: true });
    expect(argumentError(() => toCSV('events', { dataset: d as never })).message).toContain(UNSHOWABLE);
    expect(argumentError(() => toCSV('events', throwing('bom', P) as never)).message).toContain(UNSHOWABLE);
    expect(argumentError(() => toNDJSON('events', { dataset: d as never })).message).toContain(UNSHOWABLE);
  });

  it('diffDatasets dataset and renames', () => {
    const P = hostile();
    const d = clone();
    Object.defineProperty(d, 'entities', { get() { throw P; }, enumerable: true });
    expect(argumentError(() => diffDatasets(dataset, d as never)).message).toContain(UNSHOWABLE);
    expect(argumentError(() => diffDatasets(dataset, dataset, { renames: throwing('a', P) as never })).message).toContain(UNSHOWABLE);
  });

  it('/schema and deepFreeze: a getter throwing the hostile Proxy is a reported problem, never the raw trap error', () => {
    const P = hostile();
    const d = clone() as { events: Record<string, unknown>[] };
    d.events[0] = { ...d.events[0], ...{} };
    Object.defineProperty(d.events[0], 'summary', { get() { throw P; }, enumerable: true });
    const result = safeParseDataset(d);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues).toContainEqual({ path: ['events', 0, 'summary'], message: `could not be read: ${UNSHOWABLE}` });
    const frozenTarget = new Proxy({}, { preventExtensions() { throw P; } });
    expect(argumentError(() => deepFreeze(frozenTarget)).message).toContain(UNSHOWABLE);
  });
});

