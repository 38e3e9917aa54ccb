import type { IndexData } from './IndexData.js';

/** One entity reached by {@link membershipWalk}. */
export interface WalkEntry {
  readonly pos: number;
  readonly depth: number;
  /** The relationship that reached it (the last of its chain). */
  readonly rel: number;
  /** The index (in the walk's result) of the entity it was reached from; -1 for the start. */
  readonly parent: number;
}

/**
 * Breadth-first walk over membership relationships (`expand` predicates) valid at `[a0, a1]`:
 * down to members (`up = false`) or up to what the entity belongs to (`up = true`). Each level
 * is ordered by entity id; an entity is reported once, at its smallest depth. Each entry names
 * its last relationship and its parent entry, not its whole chain: linear in what it walks
 * (plus sorting each level); see {@link chainOf} for the chain.
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
  // entity position → [its entry's index (-1 for the start), the relationship that reached it, its parent's entry]
  const entryOf = new Map<number, number>([[pos, -1]]);
  const reachedBy = new Map<number, readonly [rel: number, parent: number]>();
  const out: WalkEntry[] = [];
  let level = [pos];
  for (let depth = 1; level.length > 0; depth++) {
    const next: number[] = [];
    for (const node of level) {
      const parent = entryOf.get(node)!;
      for (let i = offsets[node]!, hi = offsets[node + 1]!; i < hi; i++) {
        const rel = rels[i]!;
        const other = far[rel]!;
        if (expand[ix.relPredicate[rel]!] !== 1 || other < 0 || entryOf.has(other) || reachedBy.has(other)) continue;
        if (ix.relStart[rel]! > a1 || ix.relEnd[rel]! < a0) continue;
        reachedBy.set(other, [rel, parent]);
        next.push(other);
      }
    }
    next.sort((x, y) => {
      const a = ix.entities[x]!.id;
      const b = ix.entities[y]!.id;
      return a < b ? -1 : a > b ? 1 : 0;
    });
    for (const p of next) {
      const [rel, parent] = reachedBy.get(p)!;
      entryOf.set(p, out.length);
      out.push({ pos: p, depth, rel, parent });
    }
    if (!transitive) break;
    level = next;
  }
  return out;
}

/**
 * The chain of an entry of a walk ({@link membershipWalk}, `eventChain`): the `rel` of each
 * entry from the start down to it, by following `parent`. O(its depth).
 *
 * @param entries - the walk's result.
 * @param index - the entry.
 * @returns the positions of its relationships (links), from the start.
 */
export function chainOf(entries: readonly { readonly rel: number; readonly parent: number }[], index: number): number[] {
  const chain: number[] = [];
  for (let i = index; i >= 0; i = entries[i]!.parent) chain.push(entries[i]!.rel);
  return chain.reverse();
}
