import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../../src/dates/parseEdtf.js';
import { createIndex } from '../../src/query/createIndex.js';
import { buildIndexData } from '../../src/query/internal/buildIndexData.js';
import { readFilters } from '../../src/query/internal/readFilters.js';
import { runQuery } from '../../src/query/internal/runQuery.js';
import type { QueryFilters } from '../../src/query/types.js';
import type { DatasetRecord, EventRecord, RelationshipRecord } from '../../src/schema/types.js';
import { CAUSAL_LINK_TYPES, EVENT_LINK_TYPES, EVENT_TYPES, MODALITIES, ROLES, type EventLinkType } from '../../src/vocab/events.js';
import { PREDICATE_INFO, PREDICATES, type Predicate } from '../../src/vocab/relationships.js';
import { datasetArb, point } from './arbitraries.js';

// ───────────── Naive reference implementations: plain scans, no indices ─────────────

type Days = readonly [number, number];
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
/** The known span: an unknown start is placed at its end's first day, an unknown end at its start's last day. */
const span = (edtf: string | undefined): Days => {
  if (edtf === undefined) return [-Infinity, Infinity];
  const p = parseEdtf(edtf);
  const first = p.start === 'unknown' ? (typeof p.end === 'string' ? -Infinity : dayOf(p.end.earliest)) : p.earliestDay;
  const last = p.end === 'unknown' ? (typeof p.start === 'string' ? Infinity : dayOf(p.start.latest)) : p.latestDay;
  return [first, last];
};
/** Everything a date may cover: an unknown end reaches without bound. */
const possible = (edtf: string): Days => {
  const p = parseEdtf(edtf);
  return [p.earliestDay, p.latestDay];
};
/** Happened: actual, or a threat that was made. */
const happened = (e: EventRecord) => e.modality === 'actual' || (e.type === 'threat' && (e.modality === 'threatened' || e.modality === 'conditional'));
const overlaps = (a: Days, b: Days) => a[0] <= b[1] && a[1] >= b[0];
const chronological = (a: EventRecord, b: EventRecord) => {
  const [a0, a1] = span(a.date);
  const [b0, b1] = span(b.date);
  if (a0 !== b0) return a0 < b0 ? -1 : 1;
  if (a1 !== b1) return a1 < b1 ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
const windowOf = (from: string | null, to: string | null): Days => [from === null ? -Infinity : span(from)[0], to === null ? Infinity : span(to)[1]];

/** Who reaches `root` through relationships of `preds`, all valid at `at`, following subject → object. */
function reachers(d: DatasetRecord, root: string, preds: (p: string) => boolean, at: Days): Set<string> {
  const set = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const r of d.relationships) {
      if (preds(r.predicate) && set.has(r.object) && !set.has(r.subject) && overlaps(span(r.valid), at)) {
        set.add(r.subject);
        grew = true;
      }
    }
  }
  return set;
}

function placesWithin(d: DatasetRecord, place: string): Set<string> {
  const set = new Set([place]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const e of d.entities) {
      if (e.within !== undefined && set.has(e.within) && !set.has(e.id)) {
        set.add(e.id);
        grew = true;
      }
    }
  }
  return set;
}

const isMembership = (p: string) => PREDICATE_INFO[p as Predicate].membership;
const asList = <T,>(v: T | readonly T[] | undefined): readonly T[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v as T]);

function naiveQuery(d: DatasetRecord, f: QueryFilters): string[] {
  const w = windowOf((f.from as string | undefined) ?? null, (f.to as string | undefined) ?? null);
  const types = asList(f.type);
  const modalities = f.modality === 'any' ? undefined : asList(f.modality);
  const roles = asList(f.roles);
  const places = f.place === undefined ? undefined : placesWithin(d, f.place);
  return ids(
    d.events
      .filter((e) => {
        const s = span(e.date);
        const all = possible(e.date);
        if (f.mode === 'within' ? !(all[0] >= w[0] && all[1] <= w[1]) : !overlaps(s, w)) return false;
        if (types && !types.includes(e.type)) return false;
        if (modalities && !modalities.includes(e.modality)) return false;
        if (f.modality === undefined && !happened(e)) return false;
        if (places && (e.location === undefined || !places.has(e.location))) return false;
        if (f.actor !== undefined) {
          const who = f.includeMembers ? reachers(d, f.actor, isMembership, s) : new Set([f.actor]);
          if (!e.participants.some((p) => who.has(p.entity) && (roles === undefined || roles.includes(p.role)))) return false;
        }
        return true;
      })
      .sort(chronological),
  );
}

// ───────────── Generators of queries against a generated dataset ─────────────

const bound = fc.option(point, { nil: null });
const windowArb = fc.tuple(bound, bound).map(([a, b]) => {
  if (a === null || b === null) return [a, b] as const;
  const [wa, wb] = [span(a)[0], span(b)[1]];
  return wa <= wb ? ([a, b] as const) : ([b, a] as const);
});

const filtersArb = (d: DatasetRecord): fc.Arbitrary<QueryFilters> => {
  const entity = fc.constantFrom(...d.entities.map((e) => e.id));
  const placeIds = d.entities.filter((e) => e.kind === 'place' || e.kind === 'state').map((e) => e.id);
  const place = placeIds.length > 0 ? fc.constantFrom(...placeIds) : fc.constant(undefined);
  return fc
    .record(
      {
        actor: entity,
        roles: fc.oneof(fc.constantFrom(...ROLES), fc.uniqueArray(fc.constantFrom(...ROLES), { maxLength: 3 })),
        includeMembers: fc.boolean(),
        window: windowArb,
        mode: fc.constantFrom('overlap' as const, 'within' as const),
        type: fc.oneof(fc.constantFrom(...EVENT_TYPES), fc.uniqueArray(fc.constantFrom(...EVENT_TYPES), { maxLength: 4 })),
        place,
        modality: fc.oneof(fc.constantFrom(...MODALITIES, 'any' as const), fc.uniqueArray(fc.constantFrom(...MODALITIES), { maxLength: 3 })),
      },
      { requiredKeys: [] },
    )
    .map(({ window, ...rest }) => {
      const f: Record<string, unknown> = { ...rest };
      if (f['place'] === undefined) delete f['place'];
      if (f['actor'] === undefined) {
        delete f['roles'];
        delete f['includeMembers'];
      }
      if (window !== undefined) {
        if (window[0] !== null) f['from'] = window[0];
        if (window[1] !== null) f['to'] = window[1];
      }
      return f as QueryFilters;
    });
};

const datasetAndFilters = datasetArb.chain((d) => fc.tuple(fc.constant(d), filtersArb(d)));

const isSorted = (events: readonly EventRecord[]) => events.every((e, i) => i === 0 || chronological(events[i - 1]!, e) <= 0);

describe('createIndex equals naive scans on generated datasets', () => {
  it('query(filters) equals a plain filter-and-sort, for every mix of filters', () => {
    fc.assert(
      fc.property(datasetAndFilters, ([d, f]) => {
        const got = createIndex(d).query(f);
        expect(ids(got)).toEqual(naiveQuery(d, f));
        expect(Object.isFrozen(got)).toBe(true);
        for (const e of got) expect(d.events).toContain(e);
      }),
      { numRuns: 400 },
    );
  });

  it('every candidate source (actor, type, place, window runs merged, or one pass) gives the same answer', () => {
    fc.assert(
      fc.property(datasetAndFilters, ([d, f]) => {
        const ix = buildIndexData(d);
        const q = readFilters(ix, 'query', f as Record<string, unknown>);
        const expected = naiveQuery(d, f);
        for (const source of [undefined, 'actor', 'type', 'place', 'window', 'scan'] as const) {
          const got = runQuery(ix, q, source);
          expect(ids(got)).toEqual(expected);
          expect(Object.isFrozen(got)).toBe(true);
        }
        // The calls without options take a shorter way in: same answers.
        const index = createIndex(d);
        if (f.actor !== undefined) expect(ids(index.byActor(f.actor))).toEqual(naiveQuery(d, { actor: f.actor }));
        const { from, to } = f;
        expect(ids(index.between(from ?? null, to ?? null))).toEqual(naiveQuery(d, { ...(from && { from }), ...(to && { to }) }));
      }),
      { numRuns: 300 },
    );
  });

  it('byActor, between, byType, byPlace and timeline equal query with the same filters', () => {
    fc.assert(
      fc.property(datasetAndFilters, ([d, f]) => {
        const ix = createIndex(d);
        const { actor, from, to, type, place, ...rest } = f;
        if (actor !== undefined) expect(ids(ix.byActor(actor, { ...rest, ...(from && { from }), ...(to && { to }), ...(type && { type }), ...(place && { place }) }))).toEqual(naiveQuery(d, f));
        const { roles: _roles, includeMembers: _includeMembers, ...plain } = rest; // actor-only options
        const noActor = { ...plain, ...(type && { type }), ...(place && { place }) };
        expect(ids(ix.between(from ?? null, to ?? null, noActor))).toEqual(naiveQuery(d, { ...noActor, ...(from && { from }), ...(to && { to }) }));
        if (type !== undefined) expect(ids(ix.byType(type, { ...plain, ...(from && { from }), ...(to && { to }) }))).toEqual(naiveQuery(d, { ...plain, type, ...(from && { from }), ...(to && { to }) }));
        if (place !== undefined) expect(ids(ix.byPlace(place, plain))).toEqual(naiveQuery(d, { ...plain, place }));
        expect(ids(ix.timeline())).toEqual(ids(d.events.filter(happened).sort(chronological)));
        expect(ids(ix.timeline({ modality: 'any' }))).toEqual(ids([...d.events].sort(chronological)));
      }),
      { numRuns: 200 },
    );
  });

  it('byActor with includeMembers equals the naive scan for every entity of the dataset', () => {
    fc.assert(
      fc.property(datasetArb, fc.option(fc.uniqueArray(fc.constantFrom(...ROLES), { maxLength: 4 }), { nil: undefined }), (d, roles) => {
        const ix = createIndex(d);
        for (const { id } of d.entities) {
          const f = { includeMembers: true, ...(roles && { roles }) };
          expect(ids(ix.byActor(id, f))).toEqual(naiveQuery(d, { ...f, actor: id }));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('between equals the naive scan on windows whose ends touch event boundaries', () => {
    const day = (n: number) => new Date(n * 86_400_000);
    fc.assert(
      fc.property(
        datasetArb.filter((d) => d.events.length > 0),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: -2, max: 2 }),
        fc.integer({ min: -2, max: 2 }),
        fc.constantFrom('overlap' as const, 'within' as const),
        (d, i, j, di, dj, mode) => {
          const edges = d.events.flatMap((e) => span(e.date)).filter(Number.isFinite);
          if (edges.length === 0) return;
          let a = edges[i % edges.length]! + di;
          let b = edges[j % edges.length]! + dj;
          if (a > b) [a, b] = [b, a];
          const expected = d.events
            .filter((e) => {
              const s = span(e.date);
              const all = possible(e.date);
              return happened(e) && (mode === 'within' ? all[0] >= a && all[1] <= b : overlaps(s, [a, b]));
            })
            .sort(chronological);
          expect(ids(createIndex(d).between(day(a), day(b), { mode }))).toEqual(ids(expected));
          expect(ids(createIndex(d).between(null, day(b), { mode }))).toEqual(naiveQuery(d, { mode, to: day(b).toISOString().slice(0, 10) }));
          expect(ids(createIndex(d).between(day(a), '..', { mode }))).toEqual(naiveQuery(d, { mode, from: day(a).toISOString().slice(0, 10) }));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('results stay in chronological order', () => {
    fc.assert(
      fc.property(datasetAndFilters, ([d, f]) => {
        expect(isSorted(createIndex(d).query(f))).toBe(true);
      }),
    );
  });

  it('splitting a window in two gives the same union (overlap mode)', () => {
    fc.assert(
      fc.property(datasetArb, fc.date({ min: new Date('2017-01-01T00:00:00Z'), max: new Date('2026-12-30T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2000 }), (d, mid, left, right) => {
        const ix = createIndex(d);
        const day = 86_400_000;
        const a = new Date(mid.getTime() - left * day);
        const b = new Date(mid.getTime() + day);
        const c = new Date(mid.getTime() + (right + 1) * day);
        const whole = ids(ix.between(a, c));
        const union = new Set([...ids(ix.between(a, mid)), ...ids(ix.between(b, c))]);
        expect(new Set(whole)).toEqual(union);
      }),
    );
  });

  it("'overlap' includes 'within', and includeMembers includes the plain result", () => {
    fc.assert(
      fc.property(datasetAndFilters, ([d, f]) => {
        const ix = createIndex(d);
        const overlap = new Set(ids(ix.query({ ...f, mode: 'overlap' })));
        for (const id of ids(ix.query({ ...f, mode: 'within' }))) expect(overlap.has(id)).toBe(true);
        if (f.actor !== undefined) {
          const wide = new Set(ids(ix.query({ ...f, includeMembers: true })));
          for (const id of ids(ix.query({ ...f, includeMembers: false }))) expect(wide.has(id)).toBe(true);
        }
      }),
    );
  });

  it('statementsBy equals a scan for speakers among the entity and its spokespersons / members', () => {
    fc.assert(
      fc.property(datasetArb.chain((d) => fc.tuple(fc.constant(d), fc.constantFrom(...d.entities.map((e) => e.id)), fc.boolean(), fc.boolean())), ([d, id, spokes, members]) => {
        const preds = (p: string) => (spokes && p === 'spokesperson-of') || (members && isMembership(p));
        const expected = ids(
          d.events
            .filter((e) => {
              const who = reachers(d, id, preds, span(e.date));
              return happened(e) && e.participants.some((p) => p.role === 'speaker' && who.has(p.entity));
            })
            .sort(chronological),
        );
        expect(ids(createIndex(d).statementsBy(id, { includeSpokespersons: spokes, includeMembers: members }))).toEqual(expected);
      }),
    );
  });
});

// ───────────── Relationships ─────────────

const INVERSE_OF = new Map<string, string>(PREDICATES.map((p) => [PREDICATE_INFO[p].inverse, p]));

function naiveRelations(d: DatasetRecord, id: string, predicate: string | undefined, direction: string, asOf: string | null) {
  const out: string[] = [];
  for (const r of d.relationships) {
    if (asOf !== null && !overlaps(span(r.valid), span(asOf))) continue;
    for (const dir of ['outgoing', 'incoming'] as const) {
      if ((dir === 'outgoing' ? r.subject : r.object) !== id) continue;
      if (direction !== 'both' && direction !== dir) continue;
      const read = dir === 'outgoing' ? r.predicate : PREDICATE_INFO[r.predicate].inverse;
      if (predicate !== undefined) {
        const ok = predicate === r.predicate || (dir === 'incoming' && INVERSE_OF.get(predicate) === r.predicate);
        if (!ok) continue;
      }
      const other = dir === 'outgoing' ? r.object : r.subject;
      out.push(`${r.id} ${dir} ${read} ${other}`);
    }
  }
  return out;
}

const relationQuery = datasetArb.chain((d) =>
  fc.tuple(
    fc.constant(d),
    fc.constantFrom(...d.entities.map((e) => e.id)),
    fc.option(fc.constantFrom(...PREDICATES, ...PREDICATES.map((p) => PREDICATE_INFO[p].inverse)), { nil: undefined }),
    fc.constantFrom('outgoing', 'incoming', 'both'),
    fc.option(point, { nil: null }),
  ),
);

function naiveDistance(d: DatasetRecord, a: string, b: string, edges: (id: string) => string[]): number | null {
  const dist = new Map([[a, 0]]);
  const queue = [a];
  while (queue.length > 0) {
    const x = queue.shift()!;
    if (x === b) return dist.get(x)!;
    for (const y of edges(x)) if (!dist.has(y)) (dist.set(y, dist.get(x)! + 1), queue.push(y));
  }
  return null;
}

describe('relationship helpers equal naive scans', () => {
  it('relationsOf: both directions, inverse names derived, predicate / direction / asOf filters', () => {
    fc.assert(
      fc.property(relationQuery, ([d, id, predicate, direction, asOf]) => {
        const got = createIndex(d).relationsOf(id, { ...(predicate && { predicate: predicate as Predicate }), direction: direction as 'both', asOf });
        expect(got.map((v) => `${v.relationship.id} ${v.direction} ${v.predicate} ${v.other.id}`)).toEqual(naiveRelations(d, id, predicate, direction, asOf));
      }),
      { numRuns: 300 },
    );
  });

  it('neighbors: the distinct other ends, by id', () => {
    fc.assert(
      fc.property(relationQuery, ([d, id, predicate, direction, asOf]) => {
        const expected = [...new Set(naiveRelations(d, id, predicate, direction, asOf).map((s) => s.split(' ')[3]!))].sort();
        expect(ids(createIndex(d).neighbors(id, { ...(predicate && { predicate: predicate as Predicate }), direction: direction as 'both', asOf }))).toEqual(expected);
      }),
    );
  });

  it('path: as short as a plain breadth-first search, and a real chain', () => {
    fc.assert(
      fc.property(relationQuery.chain((q) => fc.tuple(fc.constant(q), fc.constantFrom(...q[0].entities.map((e) => e.id)))), ([[d, a, predicate, direction, asOf], b]) => {
        const opts = { ...(predicate && { predicate: predicate as Predicate }), direction: direction as 'both', asOf };
        const got = createIndex(d).path(a, b, opts);
        const dist = naiveDistance(d, a, b, (x) => naiveRelations(d, x, predicate, direction, asOf).map((s) => s.split(' ')[3]!));
        if (dist === null) {
          expect(got).toBeNull();
          return;
        }
        expect(got).not.toBeNull();
        expect(got!.steps).toHaveLength(dist);
        expect(got!.entities[0]!.id).toBe(a);
        expect(got!.entities.at(-1)!.id).toBe(b);
        got!.steps.forEach((s, i) => {
          expect(s.from).toBe(got!.entities[i]);
          expect(s.to).toBe(got!.entities[i + 1]);
          expect(naiveRelations(d, s.from.id, predicate, direction, asOf)).toContain(`${s.relationship.id} ${s.relationship.subject === s.from.id ? 'outgoing' : 'incoming'} ${s.predicate} ${s.to.id}`);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('membersOf / membershipsOf: every entity at its breadth-first depth, by depth then id, with a valid chain', () => {
    fc.assert(
      fc.property(datasetArb.chain((d) => fc.tuple(fc.constant(d), fc.constantFrom(...d.entities.map((e) => e.id)), fc.option(point, { nil: null }), fc.boolean(), fc.boolean())), ([d, id, asOf, up, transitive]) => {
        const valid = (r: RelationshipRecord) => isMembership(r.predicate) && (asOf === null || overlaps(span(r.valid), span(asOf)));
        const expected: string[] = [];
        const seen = new Set([id]);
        let level = [id];
        for (let depth = 1; level.length > 0 && (transitive || depth === 1); depth++) {
          const next = new Set<string>();
          for (const r of d.relationships) {
            const [near, far] = up ? [r.subject, r.object] : [r.object, r.subject];
            if (valid(r) && level.includes(near) && !seen.has(far)) next.add(far);
          }
          level = [...next].sort();
          for (const x of level) (seen.add(x), expected.push(`${depth} ${x}`));
        }
        const ix = createIndex(d);
        const got = up ? ix.membershipsOf(id, { asOf, transitive }) : ix.membersOf(id, { asOf, transitive });
        expect(got.map((m) => `${m.depth} ${m.entity.id}`)).toEqual(expected);
        for (const m of got) {
          expect(m.via).toHaveLength(m.depth);
          let at = id;
          for (const r of m.via) {
            expect(valid(r)).toBe(true);
            expect(up ? r.subject : r.object).toBe(at);
            at = up ? r.object : r.subject;
          }
          expect(at).toBe(m.entity.id);
        }
      }),
      { numRuns: 300 },
    );
  });
});

// ───────────── Event links ─────────────

describe('causes / consequences equal a plain breadth-first walk', () => {
  it('by depth, then chronologically, each event once', () => {
    const typesArb = fc.option(fc.uniqueArray(fc.constantFrom(...EVENT_LINK_TYPES), { maxLength: 3 }), { nil: undefined });
    fc.assert(
      fc.property(
        datasetArb.filter((d) => d.events.length > 0).chain((d) => fc.tuple(fc.constant(d), fc.constantFrom(...d.events.map((e) => e.id)), typesArb, fc.boolean(), fc.boolean())),
        ([d, id, types, back, transitive]) => {
          const allowed: readonly EventLinkType[] = types ?? CAUSAL_LINK_TYPES;
          const byId = new Map(d.events.map((e) => [e.id, e]));
          const expected: string[] = [];
          const seen = new Set([id]);
          let level = [id];
          for (let depth = 1; level.length > 0 && (transitive || depth === 1); depth++) {
            const next = new Set<string>();
            for (const l of d.eventLinks) {
              const [near, far] = back ? [l.from, l.to] : [l.to, l.from];
              if (allowed.includes(l.type) && level.includes(near) && !seen.has(far)) next.add(far);
            }
            level = [...next].sort((a, b) => chronological(byId.get(a)!, byId.get(b)!));
            for (const x of level) (seen.add(x), expected.push(`${depth} ${x}`));
          }
          const ix = createIndex(d);
          const opts = { ...(types && { types }), transitive };
          const got = back ? ix.causes(id, opts) : ix.consequences(id, opts);
          expect(got.map((c) => `${c.depth} ${c.event.id}`)).toEqual(expected);
          for (const c of got) {
            expect(back ? c.link.to : c.link.from).toBe(c.event.id);
            // the whole chain, as membershipsOf gives it: from the event asked about to this one
            expect(c.via).toHaveLength(c.depth);
            expect(c.via.at(-1)).toBe(c.link);
            let at: string = id;
            for (const l of c.via) {
              expect(allowed).toContain(l.type);
              expect(back ? l.from : l.to).toBe(at);
              at = back ? l.to : l.from;
            }
            expect(at).toBe(c.event.id);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

// ───────────── Names ─────────────

describe('findEntity on generated names', () => {
  it('ranks by score, and an entity is always found by its own name with the top score', () => {
    fc.assert(
      fc.property(datasetArb.chain((d) => fc.tuple(fc.constant(d), fc.constantFrom(...d.entities))), ([d, entity]) => {
        const hits = createIndex(d).findEntity(entity.name.toUpperCase());
        expect(hits[0]?.score).toBe(100);
        expect(hits.filter((h) => h.match === 'exact-name').map((h) => h.entity.id)).toContain(entity.id);
        hits.forEach((h, i) => {
          if (i > 0) {
            const prev = hits[i - 1]!;
            expect(prev.score).toBeGreaterThanOrEqual(h.score);
          }
        });
      }),
    );
  });
});

