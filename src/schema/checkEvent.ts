import type { IssueSink, UsableField } from './IssueSink.js';
import type { Event } from './records.js';
import { checkClaimCertainty } from './checkClaimCertainty.js';
import { checkEvidenceClaims } from './checkEvidenceClaims.js';
import { requireNoteUnlessStated } from './requireNoteUnlessStated.js';

/**
 * The rules within one event record: a note unless stated, per-claim certainty (participants,
 * place, estimates), claim-limited citations, a condition on every conditional event and none on
 * an actual one, no participant repeated in the same role.
 *
 * @param e - the event (only the fields `usable` accepts are read).
 * @param ctx - where to report problems (paths relative to the record).
 * @param usable - which fields are valid; default all (the record's shape passed).
 * @example
 * Event.safeParse({ ...event, modality: 'conditional', condition: undefined }).success // => false
 */
export function checkEvent(e: Event, ctx: IssueSink, usable: UsableField<Event> = () => true): void {
  const ok = (...fields: (keyof Event & string)[]): boolean => fields.every(usable);
  if (ok('certainty', 'note') && e.certainty !== undefined) requireNoteUnlessStated(e, ctx);
  if (ok('certainty', 'participants', 'location', 'locationCertainty', 'locationNote', 'casualties', 'quantity') && e.certainty !== undefined) {
    checkClaimCertainty(e, ctx);
  }
  if (ok('evidence', 'location') && e.evidence !== undefined) checkEvidenceClaims(e, e.location !== undefined, ctx);
  // An invalid condition is still a condition: only its absence breaks the first rule.
  if (ok('modality') && e.modality === 'conditional' && e.condition === undefined) {
    ctx.addIssue({ code: 'custom', path: ['condition'], message: 'a conditional event needs its condition' });
  }
  if (ok('modality') && e.condition !== undefined && e.modality === 'actual') {
    ctx.addIssue({ code: 'custom', path: ['condition'], message: 'an actual event has no condition; only threatened, conditional, expected or claimed ones do' });
  }
  if (ok('participants') && e.participants !== undefined) {
    const seen = new Set<string>();
    e.participants.forEach((p, i) => {
      const key = `${p.entity} ${p.role}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['participants', i], message: `repeats ${p.entity} as ${p.role}` });
      seen.add(key);
    });
  }
}
