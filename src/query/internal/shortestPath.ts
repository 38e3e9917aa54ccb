import type { IndexData } from './IndexData.js';
import type { RelationFilter } from './RelationFilter.js';
import { forEachRelation } from './forEachRelation.js';

/** One step of a chain: from `from` through relationship `rel` (read from `from` as its subject when `outgoing`) to `to`. */
export interface ChainStep {
  readonly from: number;
  readonly rel: number;
  readonly to: number;
  readonly outgoing: boolean;
}

interface Link {
  readonly other: number;
  readonly rel: number;
  /** Read from the node that holds this link as the relationship's subject. */
  readonly outgoing: boolean;
}

/**
 * A shortest chain of relationships from one entity to another: a breadth-first search from both
 * ends at once, a whole level at a time, always on the smaller frontier, so that it explores about
 * the square root of what a one-sided search would. Two entities in different connected
 * components (known from the build, all relationships counted) are answered at once.
 *
 * @param ix - the index.
 * @param from - the first entity's position.
 * @param to - the last entity's position.
 * @param f - which relationships may be followed, in which direction and at which date.
 * @returns the steps in order (empty when `from === to`), or `null` when no chain exists.
 */
export function shortestPath(ix: IndexData, from: number, to: number, f: RelationFilter): ChainStep[] | null {
  if (from === to) return [];
  if (ix.component[from] !== ix.component[to]) return null;
  // A step x → y read backwards, from y: y's incoming relationships need x's outgoing permission.
  const back: RelationFilter = { outMask: f.inMask, inMask: f.outMask, a0: f.a0, a1: f.a1 };
  // For each side: node → the link towards the end it was reached from (null at the end itself).
  const fromA = new Map<number, Link | null>([[from, null]]);
  const fromB = new Map<number, Link | null>([[to, null]]);
  let frontA = [from];
  let frontB = [to];
  let meet = -1;
  while (meet < 0 && frontA.length > 0 && frontB.length > 0) {
    const forward = frontA.length <= frontB.length;
    const [seen, other, front, filter] = forward ? [fromA, fromB, frontA, f] : [fromB, fromA, frontB, back];
    const next: number[] = [];
    for (let k = 0; k < front.length && meet < 0; k++) {
      const node = front[k]!;
      forEachRelation(ix, node, filter, (rel, reached, outgoing) => {
        if (seen.has(reached)) return false;
        // Stored on the reached node, pointing back at `node`: read from the reached end, the relationship runs the other way.
        seen.set(reached, { other: node, rel, outgoing: !outgoing });
        if (other.has(reached)) {
          meet = reached;
          return true;
        }
        next.push(reached);
        return false;
      });
    }
    if (forward) frontA = next;
    else frontB = next;
  }
  if (meet < 0) return null;
  const steps: ChainStep[] = [];
  for (let at = meet, link = fromA.get(at); link; at = link.other, link = fromA.get(at)) {
    steps.push({ from: link.other, rel: link.rel, to: at, outgoing: !link.outgoing });
  }
  steps.reverse();
  for (let at = meet, link = fromB.get(at); link; at = link.other, link = fromB.get(at)) {
    steps.push({ from: at, rel: link.rel, to: link.other, outgoing: link.outgoing });
  }
  return steps;
}
