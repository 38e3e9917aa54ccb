import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as exporter from '../../src/export/index.js';
import { safeParseDataset } from '../../src/schema/safeParseDataset.js';
import { copyMini } from '../fixtures/miniDataset.js';

const { toCSV, toNDJSON, toGeoJSON, toJSONLD, toMermaid, toMermaidTimeline, toDOT, toGraphJSON } = exporter;

/** Each export function and the option names it takes, called with hostile options. */
const calls: [string, (options: unknown) => unknown, readonly string[]][] = [
  ['toCSV', (o) => toCSV('events', o as never), ['dataset', 'events', 'bom', 'formulas']],
  ['toNDJSON', (o) => toNDJSON('events', o as never), ['dataset', 'events']],
  ['toGeoJSON', (o) => toGeoJSON(o as never), ['dataset', 'events']],
  ['toJSONLD', (o) => toJSONLD(o as never), ['dataset', 'events']],
  ['toMermaid', (o) => toMermaid(o as never), ['dataset', 'entities', 'predicates', 'events', 'isolated']],
  ['toDOT', (o) => toDOT(o as never), ['dataset', 'entities', 'predicates', 'events', 'isolated']],
  ['toGraphJSON', (o) => toGraphJSON(o as never), ['dataset', 'entities', 'predicates', 'events', 'isolated']],
  ['toMermaidTimeline', (o) => toMermaidTimeline(o as never), ['dataset', 'modalities', 'title']],
];

const hostileValue = fc.oneof(
  fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true, maxDepth: 2 }),
  fc.constantFrom(null, '', 'events', ['iran'], ['member-of'], ['backs'], ['Actual'], [null], [{}], true, 0, -1, Number.NaN),
);

describe('export functions under hostile options (property)', () => {
  for (const [name, run, accepted] of calls) {
    it(`${name}: an answer or a TypeError/RangeError that names ${name}, never a raw error from inside`, () => {
      fc.assert(
        fc.property(fc.oneof(hostileValue, fc.dictionary(fc.constantFrom(...accepted, 'extra', '__proto__'), hostileValue, { maxKeys: 3 })), (options) => {
          try {
            run(options);
          } catch (error) {
            expect(error).toBeInstanceOf(Error);
            expect(['TypeError', 'RangeError', 'ArgumentTypeError', 'ArgumentRangeError', 'UnknownIdError', 'DateFormatError']).toContain((error as Error).name);
            expect((error as Error).message.startsWith(`${name}`), (error as Error).message).toBe(true);
          }
        }),
        { numRuns: 150 },
      );
    });
  }
});

describe('safeParseDataset under hostile input (property)', () => {
  it('never throws; every rejection lists issues with paths', () => {
    const base = copyMini();
    fc.assert(
      fc.property(
        fc.constantFrom('entities', 'events', 'relationships', 'eventLinks', 'sources'),
        fc.nat(3),
        fc.constantFrom('id', 'kind', 'type', 'date', 'participants', 'subject', 'from', 'within', 'valid', 'evidence', '__proto__', 'constructor'),
        hostileValue,
        (kind, index, key, value) => {
          const d = JSON.parse(JSON.stringify(base)) as Record<string, Record<string, unknown>[]>;
          const record = d[kind]![index % Math.max(1, d[kind]!.length)];
          if (record) Object.defineProperty(record, key, { value, enumerable: true, configurable: true, writable: true });
          const result = safeParseDataset(d);
          if (!result.success) {
            expect(result.issues.length).toBeGreaterThan(0);
            for (const issue of result.issues) expect(Array.isArray(issue.path) && typeof issue.message === 'string').toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
