import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../src/schema/DatasetError.js';
import { MAX_LISTED_ISSUES } from '../../src/schema/IssueList.js';
import { parseDataset } from '../../src/schema/parseDataset.js';
import { safeParseDataset } from '../../src/schema/safeParseDataset.js';
import { copyMini } from '../fixtures/miniDataset.js';

// `iraq-militias/schema` driven with hostile shapes of otherwise good data: holes in record
// arrays and in arrays inside records, record arrays behind getters or on a prototype, records
// that are class instances, arrays of many bad items, a polluted Object.prototype. For each:
// - neither safeParseDataset nor parseDataset throws anything but a DatasetError;
// - every issue has a path and a message, at most MAX_LISTED_ISSUES are listed, and a longer
//   list ends with one root issue counting the rest;
// - what passes holds every record given (nothing silently dropped), and what a mutation
//   breaks is reported at the path it broke.

const KINDS = ['sources', 'entities', 'events', 'relationships', 'eventLinks'] as const;
type Kind = (typeof KINDS)[number];
type Data = ReturnType<typeof copyMini>;

/** One hostile change: applies it and returns the paths it must be reported at (`[]`: must pass). */
type Mutation = { name: string; array?: Kind; apply: (d: Data) => { expect: (string | number)[][]; restore?: () => void } };

const kind = fc.constantFrom<Kind>(...KINDS);

const mutations: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind, extra: fc.integer({ min: 1, max: 5 }) }).map(({ kind, extra }) => ({
    name: `${extra} holes after ${kind}`,
    apply: (d: Data) => {
      const n = d[kind].length;
      d[kind].length += extra;
      return { expect: Array.from({ length: extra }, (_, i) => [kind, n + i]) };
    },
  })),
  fc.record({ kind, at: fc.nat() }).map(({ kind, at }) => ({
    name: `a hole inside ${kind}`,
    apply: (d: Data) => {
      const i = at % d[kind].length;
      delete d[kind][i];
      return { expect: [[kind, i]] };
    },
  })),
  fc.record({ at: fc.nat(), len: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 2, max: 200 }) }, { weight: 1, arbitrary: fc.integer({ min: 10_001, max: 10_000_000 }) }) }).map(({ at, len }) => ({
    name: `aliases of ${len} with holes`,
    apply: (d: Data) => {
      const i = at % d.entities.length;
      d.entities[i].aliases = new Array(len);
      return { expect: [['entities', i, 'aliases', 0]] };
    },
  })),
  fc.record({ kind, how: fc.constantFrom('class getter', 'prototype') }).map(({ kind, how }) => ({
    name: `${kind} as ${how}`,
    array: kind,
    apply: (d: Data) => {
      const list = d[kind];
      delete (d as Record<string, unknown>)[kind];
      const proto = how === 'prototype' ? { [kind]: list } : Object.defineProperty({}, kind, { get: () => list });
      Object.setPrototypeOf(proto, Object.getPrototypeOf(d));
      Object.setPrototypeOf(d, proto);
      return { expect: [[kind]] };
    },
  })),
  fc.record({ kind }).map(({ kind }) => ({
    name: `${kind} as an own getter (kept)`,
    array: kind,
    apply: (d: Data) => {
      const list = d[kind];
      Object.defineProperty(d, kind, { enumerable: true, get: () => list });
      return { expect: [] };
    },
  })),
  fc.record({ at: fc.nat() }).map(({ at }) => ({
    name: 'an event as a class instance with an inherited summary',
    apply: (d: Data) => {
      const i = at % d.events.length;
      const { summary, ...rest } = d.events[i];
      class Ev {
        constructor() {
          Object.assign(this, rest);
        }
        get summary(): unknown {
          return summary;
        }
      }
      d.events[i] = new Ev();
      return { expect: [['events', i, 'summary']] };
    },
  })),
  fc.record({ n: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 50 }) }, { weight: 1, arbitrary: fc.integer({ min: 10_001, max: 10_500 }) }) }).map(({ n }) => ({
    name: `${n} bad paragraphs`,
    apply: (d: Data) => {
      d.events[0].evidence[0].paragraphs = new Array(n).fill(-1);
      return { expect: [['events', 0, 'evidence', 0, 'paragraphs', 0]] };
    },
  })),
  fc.constantFrom('note', 'condition', 'location', 'within', 'valid').map((key) => ({
    name: `Object.prototype.${key} planted`,
    apply: () => {
      (Object.prototype as Record<string, unknown>)[key] = 'planted';
      return { expect: [], restore: () => delete (Object.prototype as Record<string, unknown>)[key] };
    },
  })),
);

describe('safeParseDataset / parseDataset on hostile shapes of good data', () => {
  it('never throw, report each change at its path, and drop nothing (200 runs)', () => {
    fc.assert(
      fc.property(fc.array(mutations, { minLength: 1, maxLength: 3 }), (changes) => {
        const d = copyMini();
        const expected: (string | number)[][] = [];
        const restores: (() => void)[] = [];
        try {
          // Changes to records first, then those to the arrays (a hole, a getter) that hold them.
          const late = (c: Mutation): boolean => /holes? (after|inside)|as (class getter|prototype|an own getter)/.test(c.name);
          const replaced = new Set<Kind>();
          for (const change of [...changes.filter((c) => !late(c)), ...changes.filter(late)]) {
            if (change.array !== undefined && replaced.has(change.array)) continue; // one way to hold each array
            if (change.array !== undefined) replaced.add(change.array);
            const { expect: at, restore } = change.apply(d);
            expected.push(...at);
            if (restore) restores.push(restore);
          }
          const result = safeParseDataset(d);
          let thrown: unknown;
          try {
            parseDataset(d);
          } catch (error) {
            thrown = error;
          }
          if (result.success) {
            expect(expected).toEqual([]);
            expect(thrown).toBeUndefined();
            for (const k of KINDS) expect(result.data[k]).toHaveLength((d as Record<Kind, unknown[]>)[k].length);
            return;
          }
          expect(thrown).toBeInstanceOf(DatasetError);
          expect(result.issues.length).toBeGreaterThan(0);
          expect(result.issues.length).toBeLessThanOrEqual(MAX_LISTED_ISSUES + 1);
          for (const issue of result.issues) {
            expect(typeof issue.message).toBe('string');
            expect(Array.isArray(issue.path)).toBe(true);
            expect(issue.message).not.toMatch(/Maximum call stack/);
          }
          if (result.issues.length === MAX_LISTED_ISSUES + 1) {
            expect(result.issues[MAX_LISTED_ISSUES]!.message).toMatch(/^… and [\d,]+ more problems? not listed/);
          }
          const paths = new Set(result.issues.map((i) => JSON.stringify(i.path)));
          // A change may be reported at its path or hidden by a bigger one (a whole array not read).
          for (const at of expected) {
            const reported = at.some((_, n) => paths.has(JSON.stringify(at.slice(0, n + 1))));
            const listFull = result.issues.length > MAX_LISTED_ISSUES;
            expect(reported || listFull, `${changes.map((c) => c.name).join('; ')}: ${JSON.stringify(at)} not in ${[...paths].slice(0, 5).join(' ')}`).toBe(true);
          }
        } finally {
          for (const restore of restores) restore();
        }
      }),
      { numRuns: 200 },
    );
  });
});
