import type { IndexData } from './IndexData.js';
import { sortUnique } from './sortUnique.js';

/**
 * Adds the chain summary `(a, b)` to a frontier: pairs `[a0, b0, a1, b1, …]` kept sorted by `a`
 * with no pair dominated by another (a smaller `a` and a larger `b` are better, so `b` ascends
 * too). A chain summarised by `(a, b)` is valid at the days `[s, t]` when `a ≤ t` and `b ≥ s`.
 *
 * @returns whether the frontier changed (the pair was not dominated).
 */
function addPair(frontier: number[], a: number, b: number): boolean {
  // k: the first pair whose start is after `a` (or equal: then it is either dominated or dominates)
  let k = 0;
  while (k < frontier.length && frontier[k]! < a) k += 2;
  // the pair just before has the largest end among the pairs starting before `a`
  if (k > 0 && frontier[k - 1]! >= b) return false;
  if (k < frontier.length && frontier[k] === a && frontier[k + 1]! >= b) return false;
  // drop the pairs the new one dominates: starting at or after `a`, ending at or before `b` (a run)
  let j = k;
  while (j < frontier.length && frontier[j + 1]! <= b) j += 2;
  frontier.splice(k, j - k, a, b);
  return true;
}

/** Whether some chain of a frontier is valid at the days `[s, t]`. */
function covers(frontier: readonly number[], s: number, t: number): boolean {
  // the pair with the largest start ≤ t has the largest end among them
  let lo = 0;
  let hi = frontier.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (frontier[2 * mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && frontier[2 * lo - 1]! >= s;
}

/**
 * The events in which an entity takes part, optionally with the entities linked to it through
 * `expand` predicates (pointing at it, transitively, e.g. its members), each counted only when
 * every relationship of some chain to it is valid at the event's date.
 *
 * Each chain is summarised by its latest start and earliest end of validity, and each member
 * keeps only the summaries no other one beats (one, when a member has one chain to the root:
 * a tree or a chain of groups), found by one walk down from the root; each event of a member is
 * then checked against them, without walking back up. Linear in the members, relationships and
 * events for a tree; with several chains to a member, the extra cost is bounded by the number of
 * distinct validity intervals among them.
 *
 * @param ix - the index.
 * @param root - the entity's position.
 * @param roleMask - role bits (over `ROLES`) to keep; 0 keeps every role.
 * @param expand - per predicate code, 1 when chains may use it; `null` for the entity alone.
 * @returns ranks, ascending and unique.
 */
export function actorRanks(ix: IndexData, root: number, roleMask: number, expand: Uint8Array | null): Int32Array {
  const { actorOffsets, actorRanks: ranks, actorRoles: roles } = ix;
  const out: number[] = [];
  const collect = (entity: number, frontier: readonly number[] | null): void => {
    for (let i = actorOffsets[entity]!, hi = actorOffsets[entity + 1]!; i < hi; i++) {
      if (roleMask !== 0 && (roles[i]! & roleMask) === 0) continue;
      const r = ranks[i]!;
      if (frontier === null || covers(frontier, ix.start[r]!, ix.end[r]!)) out.push(r);
    }
  };
  if (expand === null) {
    collect(root, null);
    return Int32Array.from(out);
  }
  const { inOffsets, inRels, relPredicate, relSubject, relStart, relEnd } = ix;
  // Per entity reaching the root, its chain summaries; a worklist walk down from the root (an
  // entity is walked again only when it gains a summary: never in a tree).
  const frontiers = new Map<number, number[]>([[root, [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]]]);
  const queue = [root];
  const queued = new Set<number>([root]);
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q]!;
    queued.delete(node);
    const mine = frontiers.get(node)!;
    for (let i = inOffsets[node]!, hi = inOffsets[node + 1]!; i < hi; i++) {
      const rel = inRels[i]!;
      const sub = relSubject[rel]!;
      if (expand[relPredicate[rel]!] !== 1 || sub < 0 || sub === root) continue;
      let theirs = frontiers.get(sub);
      if (theirs === undefined) frontiers.set(sub, (theirs = []));
      let changed = false;
      for (let p = 0; p < mine.length; p += 2) {
        if (addPair(theirs, Math.max(mine[p]!, relStart[rel]!), Math.min(mine[p + 1]!, relEnd[rel]!))) changed = true;
      }
      if (changed && !queued.has(sub)) {
        queued.add(sub);
        queue.push(sub);
      }
    }
  }
  for (const [entity, frontier] of frontiers) {
    const always = frontier.length === 2 && frontier[0] === Number.NEGATIVE_INFINITY && frontier[1] === Number.POSITIVE_INFINITY;
    collect(entity, always ? null : frontier);
  }
  return frontiers.size === 1 ? Int32Array.from(out) : sortUnique(out);
}
