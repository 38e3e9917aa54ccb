import type { IssueSink } from './IssueSink.js';
import type { Certainty } from '../vocab/provenance.js';

/**
 * Adds the rule that `inferred` and `external` records explain themselves in `note`.
 *
 * @param record - a record with its certainty and optional note.
 * @param ctx - the zod refinement context to report into.
 * @example
 * Entity.safeParse({ ...entity, certainty: "inferred", note: undefined }).success // => false
 */
export function requireNoteUnlessStated(
  record: { certainty: Certainty; note?: string | undefined },
  ctx: IssueSink,
): void {
  if (record.certainty !== 'stated' && record.note === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['note'],
      message: `a record with certainty '${record.certainty}' needs a note saying ${record.certainty === 'inferred' ? 'how it is inferred' : 'where it comes from'}`,
    });
  }
}
