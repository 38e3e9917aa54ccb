import type { IndexData } from './IndexData.js';
import { sortUnique } from './sortUnique.js';

/**
 * The events in which an entity takes part, optionally with the entities linked to it through
 * `expand` predicates (pointing at it, transitively, e.g. its members), each counted only when
 * every relationship of some chain to it is valid at the event's date.
 *
 * @param ix - the index.
 * @param root - the entity's position.
 * @param roleMask - role bits (over `ROLES`) to keep; 0 keeps every role.
 * @param expand - per predicate code, 1 when chains may use it; `null` for the entity alone.
 * @returns ranks, ascending and unique.
 */
export function actorRanks(ix: IndexData, root: number, roleMask: number, expand: Uint8Array | null): Int32Array {
  const { actorOffsets, actorRanks: ranks, actorRoles: roles } = ix;
  const collect = (entity: number, keep: (r: number) => boolean, out: number[]): void => {
    for (let i = actorOffsets[entity]!, hi = actorOffsets[entity + 1]!; i < hi; i++) {
      if ((roleMask === 0 || (roles[i]! & roleMask) !== 0) && keep(ranks[i]!)) out.push(ranks[i]!);
    }
  };
  if (expand === null) {
    const out: number[] = [];
    collect(root, () => true, out);
    return Int32Array.from(out);
  }
  const { inOffsets, inRels, relPredicate, relSubject, relStart, relEnd } = ix;
  // Every entity that could reach the root through `expand` edges, ignoring validity.
  const reached = new Set<number>([root]);
  const queue = [root];
  let timed = false;
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q]!;
    for (let i = inOffsets[node]!, hi = inOffsets[node + 1]!; i < hi; i++) {
      const rel = inRels[i]!;
      const sub = relSubject[rel]!;
      if (expand[relPredicate[rel]!] !== 1 || sub < 0) continue;
      if (relStart[rel] !== Number.NEGATIVE_INFINITY || relEnd[rel] !== Number.POSITIVE_INFINITY) timed = true;
      if (!reached.has(sub)) {
        reached.add(sub);
        queue.push(sub);
      }
    }
  }
  // Members linked by relationships that always hold need no date check.
  const always = new Set<number>([root]);
  if (timed) {
    const todo = [root];
    for (let q = 0; q < todo.length; q++) {
      const node = todo[q]!;
      for (let i = inOffsets[node]!, hi = inOffsets[node + 1]!; i < hi; i++) {
        const rel = inRels[i]!;
        const sub = relSubject[rel]!;
        if (expand[relPredicate[rel]!] !== 1 || sub < 0 || always.has(sub)) continue;
        if (relStart[rel] === Number.NEGATIVE_INFINITY && relEnd[rel] === Number.POSITIVE_INFINITY) {
          always.add(sub);
          todo.push(sub);
        }
      }
    }
  }
  // Can `from` reach the root through relationships all valid at [s, t]? (a walk up, within `reached`)
  const { outOffsets, outRels, relObject } = ix;
  const reachesAt = (from: number, s: number, t: number): boolean => {
    const seen = new Set([from]);
    const todo = [from];
    while (todo.length > 0) {
      const node = todo.pop()!;
      for (let i = outOffsets[node]!, hi = outOffsets[node + 1]!; i < hi; i++) {
        const rel = outRels[i]!;
        const obj = relObject[rel]!;
        if (expand[relPredicate[rel]!] !== 1 || !reached.has(obj) || seen.has(obj)) continue;
        if (relStart[rel]! > t || relEnd[rel]! < s) continue;
        if (always.has(obj)) return true;
        seen.add(obj);
        todo.push(obj);
      }
    }
    return false;
  };
  const out: number[] = [];
  for (const entity of reached) {
    if (!timed || always.has(entity)) collect(entity, () => true, out);
    else collect(entity, (r) => reachesAt(entity, ix.start[r]!, ix.end[r]!), out);
  }
  return reached.size === 1 ? Int32Array.from(out) : sortUnique(out);
}
