import type { IndexData } from './IndexData.js';

/** One entity reached by {@link membershipWalk}. */
export interface WalkEntry {
  readonly pos: number;
  readonly depth: number;
  /** Relationship positions from the start to this entity. */
  readonly via: readonly number[];
}

/**
 * Breadth-first walk over membership relationships (`expand` predicates) valid at `[a0, a1]`:
 * down to members (`up = false`) or up to what the entity belongs to (`up = true`). Each level
 * is ordered by entity id; an entity is reported once, at its smallest depth.
 *
 * @param ix - the index.
 * @param pos - the starting entity.
 * @param up - walk from subject to object (memberships) instead of object to subject (members).
 * @param expand - per predicate code, 1 when the walk may use it.
 * @param transitive - `false` stops after one step.
 * @param a0 - first day the relationships must be valid at (may be `-Infinity`).
 * @param a1 - last day (may be `Infinity`).
 * @returns the entities reached, by depth then id.
 */
export function membershipWalk(ix: IndexData, pos: number, up: boolean, expand: Uint8Array, transitive: boolean, a0: number, a1: number): WalkEntry[] {
  const [offsets, rels, far] = up ? [ix.outOffsets, ix.outRels, ix.relObject] : [ix.inOffsets, ix.inRels, ix.relSubject];
  const seen = new Set([pos]);
  const via = new Map<number, readonly number[]>([[pos, []]]);
  const out: WalkEntry[] = [];
  let level = [pos];
  for (let depth = 1; level.length > 0; depth++) {
    const next: number[] = [];
    for (const node of level) {
      for (let i = offsets[node]!, hi = offsets[node + 1]!; i < hi; i++) {
        const rel = rels[i]!;
        const other = far[rel]!;
        if (expand[ix.relPredicate[rel]!] !== 1 || other < 0 || seen.has(other)) continue;
        if (ix.relStart[rel]! > a1 || ix.relEnd[rel]! < a0) continue;
        seen.add(other);
        via.set(other, [...via.get(node)!, rel]);
        next.push(other);
      }
    }
    next.sort((x, y) => {
      const a = ix.entities[x]!.id;
      const b = ix.entities[y]!.id;
      return a < b ? -1 : a > b ? 1 : 0;
    });
    for (const p of next) out.push({ pos: p, depth, via: via.get(p)! });
    if (!transitive) break;
    level = next;
  }
  return out;
}
