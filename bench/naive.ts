/**
 * Naive reference implementations for the benchmark: what one would write without an index —
 * a scan of the dataset's arrays per query, dates parsed with the package's `parseEdtf` as they
 * are met, results sorted chronologically (earliest day, latest day, id) like the indexed ones.
 */
import { parseEdtf } from '../src/dates/parseEdtf.js';
import type { DatasetRecord, EntityRecord, EventRecord, RelationshipRecord } from '../src/schema/types.js';
import { PREDICATE_INFO, type Predicate } from '../src/vocab/relationships.js';

type Days = readonly [number, number];
const days = (edtf: string | undefined): Days => {
  if (edtf === undefined) return [-Infinity, Infinity];
  const p = parseEdtf(edtf);
  return [p.earliestDay, p.latestDay];
};
const overlaps = (a: Days, b: Days) => a[0] <= b[1] && a[1] >= b[0];

/** Sorts events chronologically, parsing each date once. */
export function chronological(events: EventRecord[]): EventRecord[] {
  const decorated = events.map((e) => ({ e, d: days(e.date) }));
  decorated.sort((a, b) => a.d[0] - b.d[0] || a.d[1] - b.d[1] || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0) || 0);
  return decorated.map((x) => x.e);
}

/** A window from two EDTF bounds (null = open). */
export function windowOf(from: string | null, to: string | null): Days {
  return [from === null ? -Infinity : days(from)[0], to === null ? Infinity : days(to)[1]];
}

export function naiveByActor(d: DatasetRecord, actor: string): EventRecord[] {
  return chronological(d.events.filter((e) => e.participants.some((p) => p.entity === actor)));
}

/** Members reaching `root` through membership relationships valid at `at` (a scan of all relationships per step). */
function reachers(rels: readonly RelationshipRecord[], root: string, at: Days): Set<string> {
  const set = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const r of rels) {
      if (set.has(r.object) && !set.has(r.subject) && overlaps(days(r.valid), at)) {
        set.add(r.subject);
        grew = true;
      }
    }
  }
  return set;
}

export function naiveByActorWithMembers(d: DatasetRecord, actor: string): EventRecord[] {
  const membership = d.relationships.filter((r) => PREDICATE_INFO[r.predicate as Predicate]?.membership);
  // Everything that could be a member at some date; then check each candidate event's date.
  const anyTime = reachers(membership, actor, [-Infinity, Infinity]);
  const relevant = membership.filter((r) => anyTime.has(r.subject) && anyTime.has(r.object));
  return chronological(
    d.events.filter((e) => {
      if (!e.participants.some((p) => anyTime.has(p.entity))) return false;
      if (e.participants.some((p) => p.entity === actor)) return true;
      const now = reachers(relevant, actor, days(e.date));
      return e.participants.some((p) => now.has(p.entity));
    }),
  );
}

export function naiveBetween(d: DatasetRecord, w: Days): EventRecord[] {
  return chronological(d.events.filter((e) => overlaps(days(e.date), w)));
}

export function naiveActorWindow(d: DatasetRecord, actor: string, w: Days): EventRecord[] {
  return chronological(d.events.filter((e) => e.participants.some((p) => p.entity === actor) && overlaps(days(e.date), w)));
}

export function naiveTypeWindow(d: DatasetRecord, type: string, w: Days): EventRecord[] {
  return chronological(d.events.filter((e) => e.type === type && overlaps(days(e.date), w)));
}

export function naiveByPlace(d: DatasetRecord, place: string): EventRecord[] {
  const inside = new Set([place]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const e of d.entities) {
      if (e.within !== undefined && inside.has(e.within) && !inside.has(e.id)) {
        inside.add(e.id);
        grew = true;
      }
    }
  }
  return chronological(d.events.filter((e) => e.location !== undefined && inside.has(e.location)));
}

export function naiveRelationsOf(d: DatasetRecord, entity: string): RelationshipRecord[] {
  return d.relationships.filter((r) => r.subject === entity || r.object === entity);
}

export function naiveMembersOf(d: DatasetRecord, entity: string): string[] {
  const seen = new Set([entity]);
  const out: string[] = [];
  let level = [entity];
  while (level.length > 0) {
    const next = new Set<string>();
    for (const r of d.relationships) {
      if (PREDICATE_INFO[r.predicate as Predicate]?.membership && level.includes(r.object) && !seen.has(r.subject)) next.add(r.subject);
    }
    level = [...next].sort();
    for (const x of level) (seen.add(x), out.push(x));
  }
  return out;
}

export function naivePathLength(d: DatasetRecord, a: string, b: string): number | null {
  const adjacency = new Map<string, string[]>();
  for (const r of d.relationships) {
    (adjacency.get(r.subject) ?? adjacency.set(r.subject, []).get(r.subject)!).push(r.object);
    (adjacency.get(r.object) ?? adjacency.set(r.object, []).get(r.object)!).push(r.subject);
  }
  const dist = new Map([[a, 0]]);
  for (let queue = [a], i = 0; i < queue.length; i++) {
    const x = queue[i]!;
    if (x === b) return dist.get(x)!;
    for (const y of adjacency.get(x) ?? []) if (!dist.has(y)) (dist.set(y, dist.get(x)! + 1), queue.push(y));
  }
  return null;
}

const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’ʼ`‘ʻ´]/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '' && w !== 'al').join(' ');

export function naiveFindEntity(d: DatasetRecord, text: string): EntityRecord[] {
  const q = fold(text);
  return d.entities.filter((e) => [e.name, ...e.aliases].some((n) => fold(n).includes(q)));
}

export function naiveCauses(d: DatasetRecord, event: string): string[] {
  const seen = new Set([event]);
  const out: string[] = [];
  let level = [event];
  while (level.length > 0) {
    const next: string[] = [];
    for (const l of d.eventLinks) {
      if (l.type !== 'part-of' && level.includes(l.from) && !seen.has(l.to)) (seen.add(l.to), next.push(l.to));
    }
    out.push(...next);
    level = next;
  }
  return out;
}
