import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArgumentRangeError, ArgumentTypeError, DateFormatError, UnknownIdError } from '../../src/index.js';
import * as exporter from '../../src/export/index.js';
import { copyMini } from '../fixtures/miniDataset.js';

// Every export of iraq-militias/export on a dataset broken at a random place: a field deleted or
// given a value of another type (a control-character string, a number, null, an object, a
// BigInt …), a hole punched in an array, a getter or a Proxy that throws, a Proxy that answers
// differently each time. For each call: it returns, or throws one of the package's branded errors
// whose message starts with the function's name and stays short; never a bare TypeError from
// inside, never the caller's own error passed through unexplained. A text format's labels never
// leave their line.

class Hostile extends Error {}
const boom = (): never => {
  throw new Hostile('hostile');
};
const throwingProxy = (target: object): object =>
  new Proxy(target, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom });
/** A Proxy that answers each read with a fresh value: what a check saw is not what a second read gets. */
const flipping = (target: Record<string | symbol, unknown>): object => {
  let n = 0;
  return new Proxy(target, { get: (t, k, r) => (typeof k === 'string' && k !== 'length' && n++ % 2 === 1 ? 42 : Reflect.get(t, k, r)) });
};

/** Every path of a value (objects and arrays, depth-first), the root included. */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) paths(v, [...at, Array.isArray(value) ? Number(k) : k], out);
  }
  return out;
}

const CONTROL = fc.constantFrom('\u001b]0;x\u0007', '\r\n```\nfake', '\u202e', '\u0000', '"]\n', '#quot;', '`', '\u2028');
const VALUE = fc.oneof(
  fc.constantFrom(null, undefined, 0, -1, NaN, true, {}, [], 10n, 'Ω'),
  fc.string({ maxLength: 8 }),
  CONTROL,
  fc.tuple(fc.string({ maxLength: 4 }), CONTROL).map(([a, b]) => a + b),
);
type Mutation = { readonly kind: 'value'; readonly value: unknown } | { readonly kind: 'delete' | 'getter' | 'proxy' | 'flip' | 'append-control' };
const MUTATION: fc.Arbitrary<Mutation> = fc.oneof(
  VALUE.map((value) => ({ kind: 'value' as const, value })),
  fc.constantFrom<Mutation>({ kind: 'delete' }, { kind: 'getter' }, { kind: 'proxy' }, { kind: 'flip' }, { kind: 'append-control' }),
);

function broken(pathIndex: number, mutation: Mutation): unknown {
  const root = copyMini();
  const all = paths(root).filter((p) => p.length > 0);
  const path = all[pathIndex % all.length]!;
  const parent = path.slice(0, -1).reduce((o: any, k) => o[k], root);
  const key = path.at(-1)!;
  switch (mutation.kind) {
    case 'value':
      parent[key] = mutation.value;
      break;
    case 'delete':
      delete parent[key]; // a hole, in an array
      break;
    case 'getter':
      Object.defineProperty(parent, key, { enumerable: true, configurable: true, get: boom });
      break;
    case 'proxy':
      if (parent[key] !== null && typeof parent[key] === 'object') parent[key] = throwingProxy(parent[key]);
      else parent[key] = throwingProxy({});
      break;
    case 'flip':
      if (parent[key] !== null && typeof parent[key] === 'object') parent[key] = flipping(parent[key]);
      break;
    case 'append-control':
      if (typeof parent[key] === 'string') parent[key] += '\u001b[2J\r\n```\nfake';
      break;
  }
  return root;
}

const EXPORTS: readonly [string, (dataset: unknown) => unknown][] = [
  ['toCSV', (dataset) => exporter.toCSV('events', { dataset } as never)],
  ['toCSV', (dataset) => exporter.toCSV('participants', { dataset } as never)],
  ['toCSV', (dataset) => exporter.toCSV('entities', { dataset } as never)],
  ['toCSV', (dataset) => exporter.toCSV('relationships', { dataset } as never)],
  ['toCSV', (dataset) => exporter.toCSV('evidence', { dataset } as never)],
  ['toNDJSON', (dataset) => exporter.toNDJSON('events', { dataset } as never)],
  ['toNDJSON', (dataset) => exporter.toNDJSON('entities', { dataset } as never)],
  ['toGeoJSON', (dataset) => exporter.toGeoJSON({ dataset } as never)],
  ['toJSONLD', (dataset) => exporter.toJSONLD({ dataset } as never)],
  ['toMermaid', (dataset) => exporter.toMermaid({ dataset, events: true, isolated: true } as never)],
  ['toMermaidTimeline', (dataset) => exporter.toMermaidTimeline({ dataset, modalities: ['actual', 'conditional'] } as never)],
  ['toDOT', (dataset) => exporter.toDOT({ dataset, events: true, isolated: true } as never)],
  ['toGraphJSON', (dataset) => exporter.toGraphJSON({ dataset, events: true } as never)],
  ['toACLED', (dataset) => exporter.toACLED({ dataset } as never)],
  ['toACLEDRows', (dataset) => exporter.toACLEDRows({ dataset } as never)],
  ['toUCDPGED', (dataset) => exporter.toUCDPGED({ dataset } as never)],
  ['toUCDPGEDRows', (dataset) => exporter.toUCDPGEDRows({ dataset } as never)],
  ['toPLOVER', (dataset) => exporter.toPLOVER({ dataset } as never)],
  ['toPLOVERRecords', (dataset) => exporter.toPLOVERRecords({ dataset } as never)],
];

const branded = (e: unknown): boolean =>
  ArgumentTypeError.is(e) || ArgumentRangeError.is(e) || UnknownIdError.is(e) || DateFormatError.is(e);

describe('/export on a dataset broken at a random place', () => {
  it('returns, or throws a branded error naming the function; never a raw or bare error', () => {
    fc.assert(
      fc.property(fc.nat(), MUTATION, fc.nat(EXPORTS.length - 1), (pathIndex, mutation, which) => {
        const [name, run] = EXPORTS[which]!;
        let out: unknown;
        try {
          out = run(broken(pathIndex, mutation));
        } catch (error) {
          expect(branded(error), `${name}: ${String(error)}`).toBe(true);
          expect((error as Error).message.startsWith(`${name}: `), (error as Error).message).toBe(true);
          expect((error as Error).message.length).toBeLessThan(1_000);
          return;
        }
        if (name === 'toMermaid') {
          // one node or edge a line, whatever the labels hold
          const lines = (out as string).trimEnd().split('\n');
          expect(lines.slice(1).every((l) => /^ {2}(n|ev)_[A-Za-z0-9_]+(\[".*"\]|\(".*"\)| (-->|-\.->|==>)\|[a-z-]+\| (n|ev)_[A-Za-z0-9_]+)$/.test(l)), out as string).toBe(true);
          expect(out as string).not.toMatch(/[\r\u001b`\u2028\u202e]/);
        }
        if (name === 'toDOT') {
          const lines = (out as string).trimEnd().split('\n');
          expect(lines.every((l) => l === 'digraph "iraq-militias" {' || l === '  rankdir=LR;' || l === '}' || /^ {2}".*\];$/.test(l)), out as string).toBe(true);
          expect(out as string).not.toMatch(/\r|\u2028/);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('options.events broken the same way: the same rule', () => {
    const SUBSET: readonly [string, (events: unknown) => unknown][] = [
      ['toCSV', (events) => exporter.toCSV('events', { events } as never)],
      ['toNDJSON', (events) => exporter.toNDJSON('events', { events } as never)],
      ['toGeoJSON', (events) => exporter.toGeoJSON({ events } as never)],
      ['toJSONLD', (events) => exporter.toJSONLD({ events } as never)],
      ['toACLEDRows', (events) => exporter.toACLEDRows({ events } as never)],
      ['toUCDPGEDRows', (events) => exporter.toUCDPGEDRows({ events } as never)],
      ['toPLOVERRecords', (events) => exporter.toPLOVERRecords({ events } as never)],
    ];
    fc.assert(
      fc.property(fc.nat(), MUTATION, fc.nat(SUBSET.length - 1), (pathIndex, mutation, which) => {
        const [name, run] = SUBSET[which]!;
        // the events array as given (a getter planted on the dataset's own `events` is not this test's subject)
        const root = broken(pathIndex, mutation) as object;
        const own = Object.getOwnPropertyDescriptor(root, 'events');
        const events: unknown = own !== undefined && 'value' in own ? own.value : throwingProxy([]);
        try {
          run(events);
        } catch (error) {
          expect(branded(error), `${name}: ${String(error)}`).toBe(true);
          expect((error as Error).message.startsWith(`${name}: `), (error as Error).message).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
