import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import * as diff from '../../src/diff/index.js';
import { ArgumentRangeError, ArgumentTypeError } from '../../src/index.js';

// Every public function of iraq-militias/diff, driven with hostile values. For each call:
// it returns, or throws ArgumentTypeError / ArgumentRangeError whose message starts with the
// function's name and stays short (never a bare TypeError from deep inside, never a raw error
// from a getter or a Proxy trap: that one is the `cause`); it reads nothing from Object.prototype.

class Hostile extends Error {}
const boom = (): never => {
  throw new Hostile('hostile');
};
const throwingProxy = (target: object) => new Proxy(target, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom });
const revoked = () => {
  const r = Proxy.revocable({}, {});
  r.revoke();
  return r.proxy;
};
const getterObject = (key: string, base: object = {}) => Object.defineProperty({ ...base }, key, { get: boom, enumerable: true });
const copy = () => structuredClone(dataset) as unknown as Record<string, unknown>;
const PROTO_KEYS = ['renames', 'kind', 'path', 'counts', 'added', 'removed', 'renamed', 'changed', 'bump', 'schemaVersion', 'id', 'events', 'entities', 'sources', 'relationships', 'eventLinks', 'old', 'new', 'from', 'to', 'changes'];

const primitive = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, NaN, 0, -1, 1.5, 42, 10n, true, Symbol('s'), Symbol()),
  fc.constantFrom<unknown>('', 'description', 'entities', 'events', 'constructor', 'toString', '__proto__', 'hasOwnProperty', 'x'.repeat(100_000)),
  fc.string({ maxLength: 12 }),
);
// Exotic values are made inside each run (fast-check would trip over them while reporting).
const EXOTIC: readonly (() => unknown)[] = [
  () => ({}),
  () => Object.create(null),
  () => throwingProxy({}),
  () => throwingProxy([]),
  () => revoked(),
  () => boom,
  () => new Array(100_000),
  () => Object.defineProperty(['a'], 0, { get: boom, enumerable: true }),
  () => [Symbol('k')],
  () => ['participants', -1],
  // datasets: good, with a hostile part
  () => copy(),
  () => getterObject('events', copy()),
  () => getterObject('schemaVersion', copy()),
  () => ({ ...copy(), events: [getterObject('summary', (dataset.events[0] as object) ?? {})] }),
  () => ({ ...copy(), events: [throwingProxy({ id: 'x' })] }),
  () => ({ ...copy(), events: [{ id: 'constructor' }, { id: '__proto__' }] }),
  () => ({ ...copy(), entities: Object.create({ length: 3 }) }),
  // options
  () => ({ renames: { a: 'z', b: 'z' } }),
  () => ({ renames: getterObject('a') }),
  () => ({ renames: throwingProxy({}) }),
  () => getterObject('renames'),
  () => ({ renames: { constructor: 'x' } }),
  // diffs: good, with a hostile part
  () => diff.diffDatasets(dataset, dataset),
  () => ({ ...diff.diffDatasets(dataset, dataset), counts: {} }),
  () => getterObject('added', diff.diffDatasets(dataset, dataset)),
  () => ({ ...diff.diffDatasets(dataset, dataset), changed: [{ kind: 'events', id: 'x', changes: [{ path: [Symbol('p')] }] }] }),
  () => ({ ...diff.diffDatasets(dataset, dataset), changed: [{ kind: 'toString', id: 'x', changes: [] }] }),
];
type Recipe = { readonly p: unknown } | { readonly x: number } | { readonly a: readonly Recipe[] };
const hostile: fc.Arbitrary<Recipe> = fc.letrec<{ value: Recipe }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    primitive.map((p) => ({ p })),
    fc.nat({ max: EXOTIC.length - 1 }).map((x) => ({ x })),
    fc.array(tie('value'), { maxLength: 3 }).map((a) => ({ a })),
  ),
})).value;
const make = (r: Recipe): unknown => ('p' in r ? r.p : 'x' in r ? EXOTIC[r.x]!() : r.a.map(make));

const ARGS: Record<string, fc.Arbitrary<Recipe[]>> = {
  diffDatasets: fc.tuple(hostile, hostile, hostile),
  fieldBump: fc.tuple(fc.oneof(hostile, fc.constantFrom('entities', 'events').map((p) => ({ p }))), hostile),
  formatDataChanges: fc.tuple(hostile, fc.oneof(hostile, fc.constant({ p: undefined }))),
};

/** Plants getters on Object.prototype that record any read, around `run`. */
function watchPrototype<T>(run: () => T): { result: T; read: string[] } {
  const read: string[] = [];
  const saved = PROTO_KEYS.map((k) => [k, Object.getOwnPropertyDescriptor(Object.prototype, k)] as const);
  for (const k of PROTO_KEYS) {
    Object.defineProperty(Object.prototype, k, {
      configurable: true,
      get() {
        read.push(k);
        return 'events';
      },
      set(v: unknown) {
        Object.defineProperty(this, k, { value: v, writable: true, enumerable: true, configurable: true });
      },
    });
  }
  try {
    return { result: run(), read };
  } finally {
    for (const [k, d] of saved) {
      if (d === undefined) delete (Object.prototype as Record<string, unknown>)[k];
      else Object.defineProperty(Object.prototype, k, d);
    }
  }
}

const FUNCTIONS = Object.entries(diff).filter(([, v]) => typeof v === 'function') as [string, (...args: unknown[]) => unknown][];

describe('iraq-militias/diff under hostile input', () => {
  it('drives every public function (a new export must be added here)', () => {
    expect(FUNCTIONS.map(([n]) => n).sort()).toEqual(Object.keys(ARGS).sort());
  });

  for (const [name, fn] of FUNCTIONS) {
    it(`${name}: returns or throws a typed error naming it; no prototype read`, () => {
      fc.assert(
        fc.property(ARGS[name]!, (recipes) => {
          const args = recipes.map(make);
          const { result: error, read } = watchPrototype(() => {
            try {
              fn(...args);
              return null;
            } catch (e) {
              return e;
            }
          });
          expect(read, `${name} read Object.prototype`).toEqual([]);
          if (error === null) return;
          expect(ArgumentTypeError.is(error) || ArgumentRangeError.is(error), `${name} threw ${String((error as Error).name)}: ${String((error as Error).message).slice(0, 200)}`).toBe(true);
          const message = (error as Error).message;
          expect(message.startsWith(`${name}:`), message.slice(0, 120)).toBe(true);
          expect(message.length).toBeLessThan(2000);
          // a raw error from a getter or trap only ever as the cause
          if (message.includes(' threw (')) expect((error as Error).cause).toBeInstanceOf(Error);
        }),
        { numRuns: 300 },
      );
    });
  }
});
