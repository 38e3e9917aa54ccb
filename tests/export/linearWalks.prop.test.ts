import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actorProfiles } from '../../src/export/actorProfiles.js';
import { resolveLocation, type LocationMemo } from '../../src/export/resolveLocation.js';
import type { DatasetRecord, EntityRecord } from '../../src/schema/types.js';

// The exports resolve every event's place (the `within` chain) and every actor's home state (the
// `part-of` chain). Each walk is remembered per export, so the total work is linear in the
// dataset's size even on a chain as long as the dataset: counted here in reads, never timed.

const ev = [{ source: 's', paragraphs: [1] }];
const entity = (id: string, kind: string, extra: object = {}): EntityRecord =>
  ({ id, kind, name: id, aliases: [], description: 'd', evidence: ev, certainty: 'stated', ...extra }) as unknown as EntityRecord;

/** The walk as specified: follow `within` from the place, guarding cycles; first state, first point. */
function naive(id: string | undefined, byId: ReadonlyMap<string, EntityRecord>) {
  const place = id === undefined ? null : (byId.get(id) ?? null);
  let country: EntityRecord | null = null;
  let located: EntityRecord | null = null;
  const seen = new Set<string>();
  for (let at = place; at !== null && !seen.has(at.id); at = at.within === undefined ? null : (byId.get(at.within) ?? null)) {
    seen.add(at.id);
    if (country === null && at.kind === 'state') country = at;
    if (located === null && at.coordinates !== undefined) located = at;
  }
  return { place, country, located };
}

/** Places 0..n-1, each within a random other one (or none, or an unknown id): chains, trees and cycles. */
const places = fc.integer({ min: 1, max: 30 }).chain((n) =>
  fc.array(fc.record({ within: fc.integer({ min: -2, max: n - 1 }), state: fc.boolean(), point: fc.boolean() }), { minLength: n, maxLength: n }),
);

describe('resolveLocation with a memo', () => {
  it('answers as the plain walk does, for every place, in any order, cycles included', () => {
    fc.assert(
      fc.property(places, fc.array(fc.nat(), { maxLength: 40 }), (spec, order) => {
        const entities = spec.map((s, i) =>
          entity(`p${i}`, s.state ? 'state' : 'place', {
            ...(s.within === -1 ? {} : { within: s.within === -2 ? 'unknown' : `p${s.within}` }),
            ...(s.point ? { coordinates: { lat: i, lon: i, precision: 'city' } } : {}),
          }),
        );
        const byId = new Map(entities.map((e) => [e.id, e]));
        const memo: LocationMemo = new Map();
        for (const k of [...order, ...spec.keys()]) {
          const id = `p${k % spec.length}`;
          const got = resolveLocation(id, byId, memo);
          const want = naive(id, byId);
          expect(got.place?.id).toBe(want.place?.id);
          expect(got.country?.id ?? null).toBe(want.country?.id ?? null);
          expect(got.located?.id ?? null).toBe(want.located?.id ?? null);
        }
      }),
    );
  });

  it('reads each place of a chain once in all, however many events sit at its foot', () => {
    const n = 500;
    const entities = [entity('st', 'state')];
    for (let i = 0; i < n; i++) entities.push(entity(`p${i}`, 'place', { within: i === n - 1 ? 'st' : `p${i + 1}` }));
    const map = new Map(entities.map((e) => [e.id, e]));
    let reads = 0;
    const byId = { get: (id: string) => (reads++, map.get(id)) } as unknown as ReadonlyMap<string, EntityRecord>;
    const memo: LocationMemo = new Map();
    for (let i = 0; i < n; i++) expect(resolveLocation(`p${i % 7}`, byId, memo).country?.id).toBe('st');
    // the plain walk reads the whole chain for every call: n × n reads; remembered, about 2n
    expect(reads).toBeLessThanOrEqual(3 * n);
  });
});

describe('actorProfiles', () => {
  it('walks a deep part-of chain once for all its members', () => {
    const n = 500;
    let reads = 0;
    const entities = [entity('st', 'state')];
    for (let i = 0; i < n; i++) {
      const e = entity(`g${i}`, 'organization', { subtype: 'security-forces' }) as unknown as Record<string, unknown>;
      const kind = e['kind'];
      Object.defineProperty(e, 'kind', { enumerable: true, get: () => (reads++, kind) });
      entities.push(e as unknown as EntityRecord);
    }
    const relationships = entities.slice(1).map((e, i) => ({ id: `r${i}`, subject: e.id, predicate: 'part-of', object: i === n - 1 ? 'st' : `g${i + 1}`, evidence: ev, certainty: 'stated' }));
    const profile = actorProfiles({ sources: [], entities, events: [], relationships, eventLinks: [] } as unknown as DatasetRecord);
    for (let i = 0; i < n; i++) expect(profile(`g${i}`)?.homeState?.id).toBe('st');
    // each member's kind is read for its class and once on the walk: not once per member below it
    expect(reads).toBeLessThanOrEqual(3 * n);
  });

  it('gives a member of a part-of cycle the first state going round from itself', () => {
    const entities = [entity('a', 'organization'), entity('b', 'state'), entity('c', 'organization'), entity('d', 'state')];
    const rel = (s: string, o: string) => ({ id: `${s}-${o}`, subject: s, predicate: 'part-of', object: o, evidence: ev, certainty: 'stated' });
    const profile = actorProfiles({ sources: [], entities, events: [], relationships: [rel('a', 'b'), rel('b', 'c'), rel('c', 'd'), rel('d', 'a')], eventLinks: [] } as unknown as DatasetRecord);
    expect(['a', 'b', 'c', 'd'].map((id) => profile(id)?.homeState?.id)).toEqual(['b', 'b', 'd', 'd']);
  });
});
