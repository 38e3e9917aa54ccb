import type { IssueSink, UsableField } from './IssueSink.js';
import type { Relationship } from './records.js';
import { checkClaimCertainty } from './checkClaimCertainty.js';
import { checkEvidenceClaims } from './checkEvidenceClaims.js';
import { requireNoteUnlessStated } from './requireNoteUnlessStated.js';

/**
 * The rules within one relationship record: a note unless stated, and no relationship from an
 * entity to itself. (Kinds of the two ends, cycles and duplicates span records: see
 * `safeParseDataset`.)
 *
 * @param r - the relationship (only the fields `usable` accepts are read).
 * @param ctx - where to report problems (paths relative to the record).
 * @param usable - which fields are valid; default all (the record's shape passed).
 * @example
 * Relationship.safeParse({ ...relationship, object: relationship.subject }).success // => false
 */
export function checkRelationship(r: Relationship, ctx: IssueSink, usable: UsableField<Relationship> = () => true): void {
  const ok = (...fields: (keyof Relationship & string)[]): boolean => fields.every(usable);
  if (ok('certainty', 'note') && r.certainty !== undefined) requireNoteUnlessStated(r, ctx);
  if (ok('certainty', 'quantity') && r.certainty !== undefined) checkClaimCertainty(r, ctx);
  if (ok('evidence') && r.evidence !== undefined) checkEvidenceClaims(r, false, ctx);
  if (ok('subject', 'object') && r.subject !== undefined && r.subject === r.object) {
    ctx.addIssue({ code: 'custom', path: ['object'], message: 'a relationship cannot point to its own subject' });
  }
}
