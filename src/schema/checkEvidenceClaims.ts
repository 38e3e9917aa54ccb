import type { IssueSink } from './IssueSink.js';

/**
 * Checks a record's claim-limited citations (`claim` on an evidence entry): at least one citation
 * must support the record as a whole (no `claim`), and a `location` citation needs a record with a
 * place (an event's `location`, a place's `within`).
 *
 * @param record - a record's evidence as parsed.
 * @param hasLocation - whether the record has a place a `location` citation can support.
 * @param ctx - where to report problems (zod's refinement context, or the dataset collector).
 * @example
 * Event.safeParse({ ...event, evidence: [{ source: 's', paragraphs: [24], claim: 'date' }] }).success
 * // => false (only a date citation: nothing cites the event itself)
 */
export function checkEvidenceClaims(
  record: { readonly evidence: readonly { readonly claim?: string | undefined }[] },
  hasLocation: boolean,
  ctx: IssueSink,
): void {
  if (record.evidence.length > 0 && record.evidence.every((ev) => ev.claim !== undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['evidence'],
      message: 'every citation is limited to one claim: cite at least one paragraph for the record as a whole (an entry without claim)',
    });
  }
  record.evidence.forEach((ev, i) => {
    if (ev.claim === 'location' && !hasLocation) {
      ctx.addIssue({
        code: 'custom',
        path: ['evidence', i, 'claim'],
        message: "claim 'location' needs a record with a place (an event's location, a place's within); this record has none",
      });
    }
  });
}
