import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as main from '../../src/index.js';
import { ArgumentRangeError, ArgumentTypeError, DateFormatError, UnknownIdError } from '../../src/index.js';
import { miniDataset } from '../fixtures/miniDataset.js';

// Every public function of the main entry, driven with hostile values. For each call:
// - it returns, or throws one of the package's typed errors whose message starts with the
//   function's name (naming the argument) and stays short; never a bare TypeError/RangeError;
// - it reads nothing from Object.prototype (getters planted there report any read);
// - it does not hang (inputs are bounded; 1 MB strings are answered at once, or the test times out);
// - trying to mutate what it returned changes neither that result nor the next answer.
// Then every exported constant is attacked, and reference answers must not move.

class Hostile extends Error {}
const boom = (): never => {
  throw new Hostile('hostile');
};

const HUGE = 'x'.repeat(1_000_000);
const HUGE_ID = `kataib-hezbollah${'h'.repeat(1_000_000)}`;
const HUGE_DATE = `2024${'-01'.repeat(300_000)}`;

const OPTION_NAMES = ['actor', 'roles', 'includeMembers', 'from', 'to', 'mode', 'type', 'place', 'modality', 'predicate', 'direction', 'asOf', 'transitive', 'types', 'limit', 'includeSpokespersons'] as const;
const FIELD_NAMES = ['location', 'within', 'valid', 'aliases', 'participants', 'condition'] as const;
const PROTO_KEYS = [...OPTION_NAMES, ...FIELD_NAMES];

const throwingProxy = (target: object) =>
  new Proxy(target, {
    get: boom,
    has: boom,
    ownKeys: boom,
    getOwnPropertyDescriptor: boom,
    getPrototypeOf: boom,
    defineProperty: boom,
    deleteProperty: boom,
    preventExtensions: boom,
    isExtensible: boom,
    set: boom,
    apply: boom,
  });
const revoked = () => {
  const r = Proxy.revocable({}, {});
  r.revoke();
  return r.proxy;
};
const getterObject = (key: string) => Object.defineProperty({}, key, { get: boom, enumerable: true });
const sparse = () => {
  const a: unknown[] = [];
  a[3] = 'actual';
  return a;
};
const getterArray = () => Object.defineProperty(['actual'], 0, { get: boom, enumerable: true });

const primitive = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, NaN, Infinity, -Infinity, 0, -0, 42, 1.5, -1, 2 ** 53, 10n, true, false, Symbol('s'), Symbol()),
  fc.constantFrom<unknown>('', ' ', '..', '/', '/..', '../..', '2024', '2025/2024', '0000', '9999-12-31', '1000', '2024-02-30', '199X', '2024-01~/2024-01-31'),
  fc.constantFrom<unknown>('iran', 'IRAQ', 'KH', 'baghdad', 'hamas', 'kataib-hezbollah', 'tower-22-drone-attack', 'us-iraq-withdrawal-talks', 'attack', 'actual', 'any', 'speaker', 'backs', 'follows'),
  fc.constantFrom<unknown>('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype'),
  fc.constantFrom<unknown>(HUGE, HUGE_ID, HUGE_DATE),
  fc.string({ maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.double(),
  fc.integer(),
);

// Exotic values (Proxies, getters that throw …) are made inside each run from a recipe: fast-check
// itself would trip over them while generating or reporting.
const EXOTIC: readonly (() => unknown)[] = [
  () => new Date(NaN),
  () => new Date(0),
  () => new Date(8.64e15),
  () => new Date(-8.64e15),
  () => new Date('2024-04-13T12:00:00Z'),
  () => ({}),
  () => Object.create(null),
  () => Object.create({ actor: 'iran', modality: 'expected' }),
  () => throwingProxy({}),
  () => throwingProxy([]),
  () => revoked(),
  () => () => 1,
  () => class {},
  () => boom,
  () => sparse(),
  () => getterArray(),
  () => new Array(100_000),
  () => new Map([['actor', 'iran']]),
  () => /regexp/,
  () => new (class extends Date {})('2024-04-13'),
  // a frozen shell around unfrozen parts (deepFreeze must still freeze them)
  () => Object.freeze({ inner: { list: [1, { deeper: [] }] }, also: Object.freeze([{ x: {} }]) }),
  () => Object.freeze([Object.freeze({ inner: { list: [1] } })]),
  ...OPTION_NAMES.map((k) => () => getterObject(k)),
];

type Recipe = { readonly p: unknown } | { readonly x: number } | { readonly a: readonly Recipe[] } | { readonly o: readonly (readonly [string, Recipe])[] };

/** Any hostile value, as a recipe: primitives, exotic objects, and arrays / option bags of them. */
const hostile: fc.Arbitrary<Recipe> = fc.letrec<{ value: Recipe }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    primitive.map((p) => ({ p })),
    fc.nat({ max: EXOTIC.length - 1 }).map((x) => ({ x })),
    fc.array(tie('value'), { maxLength: 3 }).map((a) => ({ a })),
    fc.dictionary(fc.constantFrom(...OPTION_NAMES, 'unknownOption'), tie('value'), { maxKeys: 3 }).map((d) => ({ o: Object.entries(d) })),
  ),
})).value;

function make(r: Recipe): unknown {
  if ('p' in r) return r.p;
  if ('x' in r) return EXOTIC[r.x]!();
  if ('a' in r) return r.a.map(make);
  return Object.fromEntries(r.o.map(([k, v]) => [k, make(v)]));
}

const good = (value: unknown): Recipe => ({ p: value });
/** An options bag with known names and hostile values (to get past the name check). */
const hostileOptions = fc.oneof(hostile, fc.dictionary(fc.constantFrom(...OPTION_NAMES), hostile, { maxKeys: 4 }).map((d): Recipe => ({ o: Object.entries(d) })));

const ENTITY = fc.constantFrom('kataib-hezbollah', 'iraq', 'baghdad', 'islamic-resistance-in-iraq', 'iran', 'kataib-sayyid-al-shuhada').map(good);
const EVENT = fc.constantFrom('tower-22-drone-attack', 'iran-attack-on-israel-2024-04-13', 'us-iraq-withdrawal-talks').map(good);
const either = (g: fc.Arbitrary<Recipe>) => fc.oneof(g, hostile);

/** A copy of the mini dataset with one field (or record) replaced by a hostile value. */
const brokenDataset = fc
  .tuple(fc.constantFrom('entities', 'events', 'relationships', 'eventLinks'), fc.nat({ max: 3 }), fc.constantFrom('id', 'date', 'kind', 'participants', 'location', 'within', 'valid', 'aliases', 'name', 'type', 'from', 'self'), hostile)
  .map(([table, i, field, value]): Recipe => ({ o: [['__broken', { p: [table, i, field] }], ['__value', value]] }));

function makeArgs(name: string, recipes: readonly Recipe[]): unknown[] {
  const args = recipes.map(make);
  if (name === 'createIndex' && 'o' in recipes[0]! && recipes[0].o[0]?.[0] === '__broken') {
    const [table, i, field] = (recipes[0].o[0][1] as { p: [string, number, string] }).p;
    const d = structuredClone(miniDataset) as unknown as Record<string, Record<string, unknown>[]>;
    const rows = d[table]!;
    const value = (args[0] as Record<string, unknown>)['__value'];
    if (rows.length > 0) {
      if (field === 'self') rows[i % rows.length] = value as Record<string, unknown>;
      else rows[i % rows.length]![field] = value;
    }
    return [d];
  }
  return args;
}

/** Argument recipes per function: hostile everywhere, and valid leading arguments with hostile options. */
const ARGS: Record<string, fc.Arbitrary<Recipe[]>> = {
  getEntity: fc.tuple(either(ENTITY)),
  getEvent: fc.tuple(either(EVENT)),
  parseEdtf: fc.tuple(hostile),
  deepFreeze: fc.tuple(hostile),
  createIndex: fc.oneof(fc.tuple(hostile), fc.tuple(brokenDataset)),
  byActor: fc.tuple(either(ENTITY), hostileOptions),
  between: fc.tuple(either(fc.constantFrom('2024', '2025', null, '..').map(good)), either(fc.constantFrom('2024', '1000', null).map(good)), hostileOptions),
  byType: fc.tuple(either(fc.constantFrom<unknown>('attack', 'threat', ['drone-strike']).map(good)), hostileOptions),
  byPlace: fc.tuple(either(fc.constantFrom('iraq', 'baghdad', 'hamas').map(good)), hostileOptions),
  relationsOf: fc.tuple(either(ENTITY), hostileOptions),
  neighbors: fc.tuple(either(ENTITY), hostileOptions),
  path: fc.tuple(either(ENTITY), either(ENTITY), hostileOptions),
  membersOf: fc.tuple(either(ENTITY), hostileOptions),
  membershipsOf: fc.tuple(either(ENTITY), hostileOptions),
  findEntity: fc.tuple(either(fc.constantFrom('hezbollah', 'KH', 'al muhandis').map(good)), hostileOptions),
  causes: fc.tuple(either(EVENT), hostileOptions),
  consequences: fc.tuple(either(EVENT), hostileOptions),
  statementsBy: fc.tuple(either(ENTITY), hostileOptions),
  timeline: fc.oneof(fc.tuple(), fc.tuple(hostileOptions)),
  query: fc.tuple(hostileOptions),
};

const isClass = (f: unknown) => typeof f === 'function' && /^class\b/.test(Function.prototype.toString.call(f));
const FUNCTIONS = Object.entries(main).filter(([, v]) => typeof v === 'function' && !isClass(v)) as [string, (...args: unknown[]) => unknown][];
const TYPED = [ArgumentTypeError, ArgumentRangeError, UnknownIdError, DateFormatError];

/** A fingerprint of a result: its JSON, or null when it cannot be serialised (hostile input handed back). */
function fingerprint(value: unknown): string | null {
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : typeof v === 'symbol' ? String(v) : v));
  } catch {
    return null;
  }
}

/** Is every object reachable through data properties frozen? (naive, cycle-safe) */
function allFrozen(value: unknown, seen = new Set<object>()): boolean {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  return Reflect.ownKeys(value).every((k) => {
    const d = Reflect.getOwnPropertyDescriptor(value, k);
    return d === undefined || !('value' in d) || allFrozen(d.value, seen);
  });
}

/** Tries every mutation on a value and what it holds (a few levels deep); all attempts are caught. */
function attack(value: unknown, depth = 0): void {
  if (depth > 3 || value === null || (typeof value !== 'object' && typeof value !== 'function')) return;
  const o = value as Record<PropertyKey, unknown>;
  const tries: Array<() => unknown> = [];
  let keys: PropertyKey[] = [];
  try {
    keys = Reflect.ownKeys(o).slice(0, 8);
  } catch {
    return;
  }
  for (const k of keys) {
    let child: unknown;
    try {
      child = o[k];
    } catch {
      continue;
    }
    attack(child, depth + 1);
    tries.push(() => (o[k] = 'mutated'), () => delete o[k]);
  }
  tries.push(() => (o['injected'] = 1), () => Object.setPrototypeOf(o, { evil: true }));
  if (Array.isArray(o)) {
    const a = o as unknown[];
    tries.push(() => a.push('x'), () => a.pop(), () => a.sort(), () => a.reverse(), () => a.splice(0, 1), () => (a.length = 0), () => a.fill(null));
  }
  for (const t of tries) {
    try {
      t();
    } catch {
      // a frozen value refuses: that is the point
    }
  }
}

/** Plants getters on Object.prototype that record any read, around `run`. */
function watchPrototype<T>(run: () => T): { result: T; read: string[] } {
  const read: string[] = [];
  const saved = PROTO_KEYS.map((k) => [k, Object.getOwnPropertyDescriptor(Object.prototype, k)] as const);
  for (const k of PROTO_KEYS) {
    Object.defineProperty(Object.prototype, k, {
      configurable: true,
      get() {
        read.push(k);
        return 'iran';
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

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

function call(name: string, fn: (...args: unknown[]) => unknown, args: unknown[]): Outcome {
  const { result, read } = watchPrototype((): Outcome => {
    try {
      return { ok: true, value: fn(...args) };
    } catch (error) {
      return { ok: false, error };
    }
  });
  expect(read, `${name} read Object.prototype`).toEqual([]);
  return result;
}

function checkError(name: string, error: unknown): void {
  expect(TYPED.some((C) => error instanceof C), `${name} threw ${String((error as Error)?.name)}: ${String((error as Error)?.message).slice(0, 200)}`).toBe(true);
  const message = (error as Error).message;
  expect(message.length, `${name}: message too long`).toBeLessThan(2000);
  if (name !== 'parseEdtf') expect(message.startsWith(`${name}:`), `${name}: '${message.slice(0, 120)}' does not name the function`).toBe(true);
}

describe('the main entry under hostile input', () => {
  it('drives every public function (a new export must be added here)', () => {
    expect(FUNCTIONS.map(([n]) => n).sort()).toEqual(Object.keys(ARGS).sort());
  });

  for (const [name, fn] of FUNCTIONS) {
    it(`${name}: only typed errors, no prototype read, no hang, results immune to mutation`, () => {
      fc.assert(
        fc.property(ARGS[name]!, (recipes) => {
          const args = makeArgs(name, recipes);
          const first = call(name, fn, args);
          if (!first.ok) {
            checkError(name, first.error);
            return;
          }
          if (name === 'deepFreeze') expect(allFrozen(first.value), 'deepFreeze left a reachable object unfrozen').toBe(true);
          if (name === 'deepFreeze' || name === 'createIndex') return; // they hand back (or wrap) the input itself
          const before = fingerprint(first.value);
          attack(first.value);
          expect(fingerprint(first.value), `${name}: its result changed when mutated`).toBe(before);
          const again = call(name, fn, makeArgs(name, recipes));
          expect(again.ok).toBe(true);
          if (again.ok) expect(fingerprint(again.value), `${name}: a mutation changed the next answer`).toBe(before);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('createIndex: a mutation of its answers or its dataset changes nothing', () => {
    const ix = main.createIndex(structuredClone(miniDataset));
    // the answers: which records, in which order, read how (the records' other fields stay the caller's)
    const answer = () =>
      fingerprint([
        ix.timeline({ modality: 'any' }).map((e) => e.id),
        ix.byPlace('land', { modality: 'any' }).map((e) => e.id),
        ix.relationsOf('land').map((r) => `${r.predicate} ${r.other.id}`),
        ix.findEntity('land').map((h) => h.entity.id),
        ix.membersOf('umbrella').map((m) => m.entity.id),
        ix.causes('threat-one', { types: ['follows'] }).map((c) => c.via.map((l) => l.id)),
      ]);
    const before = answer();
    attack(ix);
    attack(ix.dataset);
    attack(ix.timeline({ modality: 'any' }));
    expect(answer()).toBe(before);
    for (const e of ix.dataset.events) expect(Object.isFrozen(e) && Object.isFrozen(e.participants)).toBe(true);
    for (const e of ix.dataset.entities) expect(Object.isFrozen(e) && Object.isFrozen(e.aliases)).toBe(true);
  });

  it('attacking every exported constant changes no answer', () => {
    const reference = () =>
      fingerprint([
        main.byType('attack'),
        main.byType('threat', { modality: 'any' }),
        main.byActor('kataib-hezbollah', { roles: ['speaker', 'perpetrator'] }),
        main.relationsOf('iran', { predicate: 'backs' }),
        main.relationsOf('kataib-hezbollah'),
        main.causes('iran-attack-on-israel-2024-04-13'),
        main.consequences('tower-22-drone-attack', { types: ['retaliation-for', 'part-of'] }),
        main.membersOf('islamic-resistance-in-iraq'),
        main.timeline({ modality: ['actual', 'expected'] }),
        main.between('2024-04', '2024-04'),
        main.parseEdtf('/2024-06-09'),
      ]);
    const before = reference();
    const constants = Object.entries(main).filter(([, v]) => typeof v !== 'function');
    expect(constants.length).toBeGreaterThan(5);
    for (const [, value] of constants) attack(value);
    expect(reference()).toBe(before);
    // the bundled data is frozen all the way down
    for (const name of ['dataset', 'entities', 'events', 'relationships', 'eventLinks', 'sources'] as const) {
      expect(Object.isFrozen(main[name]), name).toBe(true);
    }
    expect(main.dataset.events.map((e) => e.id)).toEqual(main.events.map((e) => e.id));
  });
});

describe('a large index (suggestions from its lookup table) under hostile ids', () => {
  it('unknown ids: UnknownIdError naming the helper, suggestions only known ids; other values typed errors', () => {
    const ev = [{ source: 'memo', paragraphs: [1] }];
    const n = 3000;
    const ix = main.createIndex({
      schemaVersion: '1.0.0',
      sources: [{ id: 'memo', title: 'A memo', publisher: 'Us', author: 'Me', url: 'https://example.org/memo', published: '2024-05-01', language: 'en', paragraphs: 3 }],
      entities: Array.from({ length: n }, (_, i) => ({ id: `org-${i}`, kind: 'organization', name: `Group ${i}`, aliases: [`G${i}`], description: 'An entity.', evidence: ev, certainty: 'stated' })),
      events: Array.from({ length: n }, (_, i) => ({ id: `e-${i}`, type: 'statement', modality: 'actual', date: '2024-05', participants: [{ entity: `org-${i}`, role: 'speaker' }], summary: 'Spoke.', attributedTo: null, evidence: ev, certainty: 'stated' })),
      relationships: Array.from({ length: n - 1 }, (_, i) => ({ id: `r-${i}`, subject: `org-${i}`, predicate: 'member-of', object: `org-${i + 1}`, valid: '2000/..', evidence: ev, certainty: 'stated' })),
      eventLinks: [],
    } as never);
    const d = ix.dataset as unknown as { entities: { id: string }[]; events: { id: string }[] };
    const known = new Set([...d.entities.map((e) => e.id), ...d.events.map((e) => e.id)]);
    const helpers: [string, (id: unknown) => unknown][] = [
      ['byActor', (id) => ix.byActor(id as never, { includeMembers: true })],
      ['membersOf', (id) => ix.membersOf(id as never)],
      ['statementsBy', (id) => ix.statementsBy(id as never, { includeMembers: true })],
      ['causes', (id) => ix.causes(id as never)],
      ['path', (id) => ix.path('org-0' as never, id as never)],
    ];
    fc.assert(
      fc.property(fc.oneof(hostile, fc.constantFrom('org-12x', 'org-299', 'ORG 7', 'group 12', 'g1', 'e-29999', 'e-1x', 'x', '__proto__', 'constructor').map(good)), fc.nat({ max: helpers.length - 1 }), (recipe, h) => {
        const [name, f] = helpers[h]!;
        const id = make(recipe);
        const outcome = call(name, f, [id]);
        if (outcome.ok) return;
        checkError(name, outcome.error);
        if (UnknownIdError.is(outcome.error)) for (const s of outcome.error.suggestions) expect(known.has(s)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
