import type { IssueSink, UsableField } from './IssueSink.js';
import type { EventLink } from './records.js';
import { checkEvidenceClaims } from './checkEvidenceClaims.js';
import { requireNoteUnlessStated } from './requireNoteUnlessStated.js';

/**
 * The rules within one event-link record: a note unless stated, and no link from an event to
 * itself. (Cycles and links that contradict the events' dates span records: see
 * `safeParseDataset`.)
 *
 * @param l - the link (only the fields `usable` accepts are read).
 * @param ctx - where to report problems (paths relative to the record).
 * @param usable - which fields are valid; default all (the record's shape passed).
 * @example
 * EventLink.safeParse({ ...link, to: link.from }).success // => false
 */
export function checkEventLink(l: EventLink, ctx: IssueSink, usable: UsableField<EventLink> = () => true): void {
  const ok = (...fields: (keyof EventLink & string)[]): boolean => fields.every(usable);
  if (ok('certainty', 'note') && l.certainty !== undefined) requireNoteUnlessStated(l, ctx);
  if (ok('evidence') && l.evidence !== undefined) checkEvidenceClaims(l, false, ctx);
  if (ok('from', 'to') && l.from !== undefined && l.from === l.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'an event cannot link to itself' });
  }
}
