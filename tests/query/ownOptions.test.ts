import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArgumentTypeError } from '../../src/errors/ArgumentTypeError.js';
import { between } from '../../src/query/between.js';
import { byActor } from '../../src/query/byActor.js';
import { byPlace } from '../../src/query/byPlace.js';
import { byType } from '../../src/query/byType.js';
import { createIndex } from '../../src/query/createIndex.js';
import { findEntity } from '../../src/query/findEntity.js';
import { membersOf } from '../../src/query/membersOf.js';
import { causes } from '../../src/query/causes.js';
import { query } from '../../src/query/query.js';
import { relationsOf } from '../../src/query/relationsOf.js';
import { statementsBy } from '../../src/query/statementsBy.js';
import { timeline } from '../../src/query/timeline.js';
import { miniDataset } from '../fixtures/miniDataset.js';

// This file pollutes Object.prototype and Array.prototype (vitest runs each file in its own
// worker): nothing inherited may change an answer. The answers are taken first, clean.

const ids = (xs: readonly { readonly id: string }[]) => xs.map((x) => x.id);
const POLLUTION: Record<string, unknown> = {
  actor: 'iran',
  place: 'baghdad',
  type: 'attack',
  modality: 'expected',
  roles: ['speaker'],
  includeMembers: true,
  from: '2030',
  to: '1000',
  mode: 'within',
  predicate: 'backs',
  direction: 'incoming',
  asOf: '1000',
  transitive: false,
  types: 'part-of',
  limit: 1,
  includeSpokespersons: false,
  // fields of records a dataset may leave out
  location: 'land',
  within: 'town',
  valid: '1000',
  aliases: ['Land', 'Group A'],
};

/** A dataset whose entities leave out their (optional) aliases, so that an inherited one would show. */
function withoutAliases<T extends { entities: readonly object[] }>(d: T): T {
  for (const e of d.entities) delete (e as { aliases?: unknown }).aliases;
  return d;
}

const answers = () => ({
  timeline: ids(timeline()),
  timelineEmpty: ids(timeline({})),
  query: ids(query({})),
  byActor: ids(byActor('kataib-hezbollah', {})),
  between: ids(between('2024', null, {})),
  byType: ids(byType('attack')),
  byPlace: ids(byPlace('iraq')),
  statementsBy: ids(statementsBy('kataib-sayyid-al-shuhada')),
  relationsOf: relationsOf('kataib-hezbollah', {}).map((r) => `${r.predicate} ${r.other.id}`),
  membersOf: membersOf('islamic-resistance-in-iraq', {}).map((m) => m.entity.id),
  causes: causes('iran-attack-on-israel-2024-04-13', {}).map((c) => c.event.id),
  findEntity: findEntity('hezbollah', {}).map((h) => h.entity.id),
  mine: ((ix) => ({
    timeline: ids(ix.timeline({ modality: 'any' })),
    place: ids(ix.byPlace('land', { modality: 'any' })),
    relations: ix.relationsOf('land', { asOf: '2024' }).length,
    found: ix.findEntity('group a').map((h) => h.entity.id),
  }))(createIndex(withoutAliases(structuredClone(miniDataset)))),
});

let clean: ReturnType<typeof answers>;

describe('options are read from own properties only', () => {
  beforeAll(() => {
    clean = answers();
    for (const [k, v] of Object.entries(POLLUTION)) (Object.prototype as Record<string, unknown>)[k] = v;
    (Array.prototype as unknown as Record<number, unknown>)[0] = 'speaker';
  });
  afterAll(() => {
    for (const k of Object.keys(POLLUTION)) delete (Object.prototype as Record<string, unknown>)[k];
    delete (Array.prototype as unknown as Record<number, unknown>)[0];
  });

  it("after Object.prototype.actor = 'iran' (and every other option name), every answer is unchanged", () => {
    expect(({} as Record<string, unknown>)['actor']).toBe('iran');
    expect(answers()).toEqual(clean);
  });

  it('a sparse array is refused, not filled from Array.prototype', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(() => byActor('kataib-hezbollah', { roles: [, 'speaker'] as never })).toThrow(/index 0 is empty/);
  });
});

describe('hostile option objects get typed errors', () => {
  it('rejects non-objects, arrays and functions as options', () => {
    for (const bad of [null, 'x', 42, true, Symbol('s'), ['actor'], () => 1]) {
      expect(() => timeline(bad as never)).toThrow(ArgumentTypeError);
      expect(() => relationsOf('iraq', bad as never)).toThrow(/relationsOf: options: expected an object of options/);
    }
  });

  it('reports a getter that throws, naming the option', () => {
    const o = {
      get actor(): string {
        throw new Error('boom');
      },
    };
    expect(() => timeline(o as never)).toThrow(ArgumentTypeError);
    expect(() => timeline(o as never)).toThrow(/timeline: options\.actor: .*its getter threw: Error: boom/);
  });

  it('reads a plain getter once, like a value', () => {
    let reads = 0;
    const o = {
      get type() {
        reads++;
        return 'drone-strike';
      },
    };
    expect(ids(timeline(o as never))).toEqual(ids(byType('drone-strike')));
    expect(reads).toBe(1);
  });

  it('reports a Proxy whose traps throw', () => {
    const trap = () => {
      throw new Error('trap');
    };
    const p = new Proxy({}, { ownKeys: trap });
    expect(() => query(p as never)).toThrow(ArgumentTypeError);
    expect(() => query(p as never)).toThrow(/query: options: .*listing them threw: Error: trap/);
    const q = new Proxy({ actor: 'iran' }, { getOwnPropertyDescriptor: trap });
    expect(() => query(q as never)).toThrow(/query: options: .*reading one threw: Error: trap/);
  });

  it('accepts an object without a prototype', () => {
    const o = Object.assign(Object.create(null) as object, { actor: 'kataib-hezbollah' });
    expect(ids(timeline(o as never))).toEqual(ids(byActor('kataib-hezbollah')));
  });

  it('refuses symbol keys and over-long lists, and names an unknown option briefly', () => {
    expect(() => timeline({ [Symbol('actor')]: 'iran' } as never)).toThrow(/timeline: unknown option \[symbol 'actor'\]/);
    expect(() => byType(new Array(5000).fill('attack') as never)).toThrow(/at most 1000/);
    const long = 'k'.repeat(1_000_000);
    let message = '';
    try {
      timeline({ [long]: 1 } as never);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^timeline: unknown option 'k{48}…' \(1000000 characters\) Accepted options/);
    expect(message.length).toBeLessThan(300);
  });
});
