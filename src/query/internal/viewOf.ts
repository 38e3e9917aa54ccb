import { INVERSE_NAMES } from './frozenVocab.js';
import type { EntityRecord, RelationshipRecord } from '../../schema/types.js';
import type { DirectedPredicate } from '../types.js';
import type { IndexData } from './IndexData.js';
import type { RelationFilter } from './RelationFilter.js';
import { forEachRelation } from './forEachRelation.js';

/** A relationship read from one end (internal: positions as well as records). */
export interface View {
  readonly relationship: RelationshipRecord;
  readonly direction: 'outgoing' | 'incoming';
  readonly predicate: DirectedPredicate;
  readonly other: EntityRecord;
  /** Position of the other entity. */
  readonly otherPos: number;
}

/**
 * A relationship read from one of its ends: the inverse predicate name when read from the object.
 *
 * @param ix - the index.
 * @param rel - the relationship's position.
 * @param otherPos - the position of the end it is read towards.
 * @param outgoing - read from the subject.
 * @returns the view.
 */
export function viewOf(ix: IndexData, rel: number, otherPos: number, outgoing: boolean): View {
  const relationship = ix.relationships[rel]!;
  const inverse = INVERSE_NAMES[ix.relPredicate[rel]!];
  const predicate = (outgoing || inverse === undefined ? relationship.predicate : inverse) as DirectedPredicate;
  return { relationship, direction: outgoing ? 'outgoing' : 'incoming', predicate, other: ix.entities[otherPos]!, otherPos };
}
