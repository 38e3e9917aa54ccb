import type { IndexData } from './IndexData.js';
import type { RelationFilter } from './RelationFilter.js';

/**
 * Calls `visit` for each relationship of an entity that passes a filter, in data order of the
 * relationships, without allocating per relationship.
 *
 * @param ix - the index.
 * @param pos - the entity's position.
 * @param f - the resolved filter.
 * @param visit - gets the relationship's position, the other end's position and whether the
 *   entity is the subject; return `true` to stop early.
 */
export function forEachRelation(ix: IndexData, pos: number, f: RelationFilter, visit: (rel: number, otherPos: number, outgoing: boolean) => boolean | void): void {
  const { outOffsets, outRels, inOffsets, inRels, relPredicate, relStart, relEnd, relSubject, relObject } = ix;
  let i = outOffsets[pos]!;
  const iEnd = outOffsets[pos + 1]!;
  let j = inOffsets[pos]!;
  const jEnd = inOffsets[pos + 1]!;
  while (i < iEnd || j < jEnd) {
    const outgoing = j >= jEnd || (i < iEnd && outRels[i]! < inRels[j]!);
    const rel = outgoing ? outRels[i++]! : inRels[j++]!;
    if ((outgoing ? f.outMask : f.inMask)[relPredicate[rel]!] !== 1) continue;
    if (relStart[rel]! > f.a1 || relEnd[rel]! < f.a0) continue;
    const otherPos = outgoing ? relObject[rel]! : relSubject[rel]!;
    if (otherPos < 0) continue;
    if (visit(rel, otherPos, outgoing) === true) return;
  }
}
