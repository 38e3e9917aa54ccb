/**
 * A seeded generator of synthetic datasets of the package's shape, for the query benchmark.
 *
 * - `n` events and `n / 10` entities: 2% places (states, cities within them, sites within
 *   cities), the rest organisations and people;
 * - membership hierarchies: umbrellas with 5–40 member groups each, some of which have their own
 *   `part-of` sub-units; about a third of the memberships have a validity interval;
 * - other relationships (backed-by, allied-with, …): about one per entity;
 * - dates, 1990–2024: 60% days, 18% months, 12% years, 3% multi-year intervals, 3% open-ended
 *   (`YYYY-MM/..`), 1% open start (`../YYYY`), 1% unknown start (`/YYYY-MM-DD`), 2% decades
 *   (`199X~`);
 * - 1–3 participants per event, entities drawn with a mild skew (some much busier than others);
 * - event links: one per 20 events.
 */
import type { DatasetRecord } from '../src/schema/types.js';
import { EVENT_LINK_TYPES, EVENT_TYPES, ROLES } from '../src/vocab/events.js';
import { PREDICATES } from '../src/vocab/relationships.js';

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const OTHER_PREDICATES = PREDICATES.filter((p) => p !== 'member-of' && p !== 'part-of' && p !== 'located-in');
const MODALITY_MIX = ['actual', 'actual', 'actual', 'actual', 'actual', 'actual', 'actual', 'threatened', 'conditional', 'expected', 'claimed'] as const;

export interface Synthetic {
  readonly dataset: DatasetRecord;
  /** Umbrella entity ids (roots of membership hierarchies). */
  readonly umbrellas: readonly string[];
  /** Place ids that contain other places. */
  readonly regions: readonly string[];
}

/**
 * Generates a synthetic dataset.
 *
 * @param n - number of events.
 * @param seed - PRNG seed: the same seed gives the same dataset.
 * @returns the dataset plus a few ids worth querying.
 */
export function generate(n: number, seed = 42): Synthetic {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const evidence = () => [{ source: 'synthetic', paragraphs: [int(1, 40)] }];

  const nEntities = Math.max(20, Math.floor(n / 10));
  const nPlaces = Math.max(6, Math.floor(nEntities * 0.02));
  const nStates = Math.max(2, Math.floor(nPlaces / 20));
  const nCities = Math.max(2, Math.floor(nPlaces / 4));
  const entities: Record<string, unknown>[] = [];
  const placeIds: string[] = [];
  const regions: string[] = [];
  for (let i = 0; i < nEntities; i++) {
    const id = `ent-${pad(i, 7)}`;
    const base = { id, name: `Entity ${i} ${pick(['Brigades', 'Movement', 'Front', 'Forces', 'Council'])}`, aliases: [`E${i}`], description: `Synthetic entity ${i}.`, evidence: evidence(), certainty: 'stated' };
    if (i < nPlaces) {
      placeIds.push(id);
      if (i < nStates) {
        entities.push({ ...base, kind: 'state' });
        regions.push(id);
      } else if (i < nStates + nCities) {
        entities.push({ ...base, kind: 'place', subtype: 'city', within: `ent-${pad(int(0, nStates - 1), 7)}` });
        regions.push(id);
      } else {
        entities.push({ ...base, kind: 'place', subtype: 'site', within: `ent-${pad(int(nStates, nStates + nCities - 1), 7)}` });
      }
    } else {
      entities.push({ ...base, kind: r() < 0.15 ? 'person' : 'organization' });
    }
  }
  const actorIds = entities.slice(nPlaces).map((e) => e['id'] as string);

  // Membership hierarchies: umbrellas → members → sub-units.
  const relationships: Record<string, unknown>[] = [];
  const umbrellas: string[] = [];
  const validity = (): Record<string, string> => {
    const x = r();
    if (x < 0.2) return { valid: `${int(1990, 2020)}/..` };
    if (x < 0.33) {
      const a = int(1990, 2022);
      return { valid: `${a}/${int(a, 2024)}` };
    }
    return {};
  };
  let rel = 0;
  const addRel = (subject: string, predicate: string, object: string, extra: Record<string, string> = {}) => {
    relationships.push({ id: `rel-${rel++}`, subject, predicate, object, ...extra, evidence: evidence(), certainty: 'stated' });
  };
  const nUmbrellas = Math.max(2, Math.floor(actorIds.length / 200));
  for (let u = 0; u < nUmbrellas; u++) {
    const umbrella = actorIds[u]!;
    umbrellas.push(umbrella);
    const members = int(5, 40);
    for (let m = 0; m < members; m++) {
      const member = actorIds[int(nUmbrellas, actorIds.length - 1)]!;
      if (member === umbrella) continue;
      addRel(member, 'member-of', umbrella, validity());
      if (r() < 0.3) {
        for (let s = int(1, 4); s > 0; s--) {
          const unit = actorIds[int(nUmbrellas, actorIds.length - 1)]!;
          if (unit !== member) addRel(unit, 'part-of', member, validity());
        }
      }
    }
  }
  for (let i = 0; i < nEntities; i++) {
    const a = pick(actorIds);
    const b = r() < 0.1 ? pick(placeIds) : pick(actorIds);
    if (a !== b) addRel(a, pick(OTHER_PREDICATES), b, r() < 0.2 ? validity() : {});
  }

  // Events.
  const date = (): string => {
    const x = r();
    const y = int(1990, 2024);
    const m = int(1, 12);
    if (x < 0.6) return `${y}-${pad(m)}-${pad(int(1, DAYS[m - 1]!))}`;
    if (x < 0.78) return `${y}-${pad(m)}`;
    if (x < 0.9) return `${y}`;
    if (x < 0.93) return `${y}/${Math.min(2024, y + int(1, 6))}`;
    if (x < 0.96) return `${y}-${pad(m)}/..`;
    if (x < 0.97) return `../${y}`;
    if (x < 0.98) return `/${y}-${pad(m)}-${pad(int(1, 28))}`;
    return `${y < 2000 ? '199X' : y < 2010 ? '200X' : '201X'}~`;
  };
  // A mild skew: u^1.5 favours low indices, so some entities are far busier than the mean.
  const actor = () => actorIds[Math.floor(actorIds.length * r() ** 1.5)]!;
  const events: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const k = int(1, 3);
    const participants: { entity: string; role: string }[] = [];
    for (let j = 0; j < k; j++) participants.push({ entity: actor(), role: j === 0 ? 'perpetrator' : pick(ROLES) });
    const e: Record<string, unknown> = {
      id: `evt-${pad(i, 7)}`,
      type: pick(EVENT_TYPES),
      modality: pick(MODALITY_MIX),
      date: date(),
      participants,
      summary: `Synthetic event ${i}.`,
      attributedTo: null,
      evidence: evidence(),
      certainty: 'stated',
    };
    if (r() < 0.5) e['location'] = pick(placeIds);
    events.push(e);
  }
  const eventLinks: Record<string, unknown>[] = [];
  for (let i = 0; i < Math.floor(n / 20); i++) {
    const from = int(0, n - 1);
    const to = int(0, n - 1);
    if (from !== to) eventLinks.push({ id: `link-${i}`, from: `evt-${pad(from, 7)}`, type: pick(EVENT_LINK_TYPES), to: `evt-${pad(to, 7)}`, evidence: evidence(), certainty: 'stated' });
  }
  const dataset = { schemaVersion: '1.0.0', sources: [], entities, events, relationships, eventLinks } as unknown as DatasetRecord;
  return { dataset, umbrellas, regions };
}
