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
  // An invalid citation leaves a hole in the valid parts (already reported at its path): it may
  // have been the one for the whole record, so the rule is judged only when every citation is valid.
  let present = 0;
  let whole = 0;
  record.evidence.forEach((ev) => {
    present++;
    if (ev.claim === undefined) whole++;
  });
  if (present > 0 && present === record.evidence.length && whole === 0) {
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
