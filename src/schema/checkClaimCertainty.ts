import type { IssueSink } from './IssueSink.js';
import type { Certainty } from '../vocab/provenance.js';

/** A claim inside a record that may carry its own certainty (a participant, a location, an estimate). */
interface Claim {
  readonly certainty?: Certainty | undefined;
  readonly note?: string | undefined;
}

/** The parts of an event or relationship whose claims carry their own certainty. */
interface ClaimHolder {
  readonly certainty: Certainty;
  readonly participants?: readonly (Claim & { readonly entity: string })[];
  readonly location?: string | undefined;
  readonly locationCertainty?: Certainty | undefined;
  readonly locationNote?: string | undefined;
  readonly casualties?: { readonly killed?: Claim | undefined; readonly wounded?: Claim | undefined } | undefined;
  readonly quantity?: Claim | undefined;
}

/**
 * Checks the per-claim certainty of an event or relationship: a participant, a location or an
 * estimate (casualties, quantity) whose certainty is `inferred` or `external` needs a note saying
 * how or where from, and a record with such a claim cannot itself be `stated`. An absent
 * certainty means `stated`.
 *
 * @param record - an event or relationship as parsed.
 * @param ctx - where to report problems (zod's refinement context, or the dataset collector).
 * @example
 * Event.safeParse({ ...event, certainty: 'stated',
 *   participants: [{ entity: 'israel', role: 'target', certainty: 'inferred', note: 'implied' }] }).success
 * // => false (a stated event with an inferred participant)
 */
export function checkClaimCertainty(record: ClaimHolder, ctx: IssueSink): void {
  const claims: { path: (string | number)[]; noteKey: string; what: string; certainty: Certainty | undefined; note: string | undefined }[] = [];
  record.participants?.forEach((p, i) => {
    claims.push({ path: ['participants', i], noteKey: 'note', what: `participant ${p.entity}`, certainty: p.certainty, note: p.note });
  });
  if (record.locationCertainty !== undefined || record.locationNote !== undefined) {
    if (record.location === undefined) {
      ctx.addIssue({ code: 'custom', path: ['locationCertainty'], message: 'locationCertainty and locationNote need a location' });
    }
    claims.push({ path: [], noteKey: 'locationNote', what: 'the location', certainty: record.locationCertainty, note: record.locationNote });
  }
  for (const key of ['killed', 'wounded'] as const) {
    const estimate = record.casualties?.[key];
    if (estimate !== undefined) {
      claims.push({ path: ['casualties', key], noteKey: 'note', what: `the ${key} estimate`, certainty: estimate.certainty, note: estimate.note });
    }
  }
  if (record.quantity !== undefined) {
    claims.push({ path: ['quantity'], noteKey: 'note', what: 'the quantity', certainty: record.quantity.certainty, note: record.quantity.note });
  }
  for (const claim of claims) {
    const certainty = claim.certainty ?? 'stated';
    if (certainty === 'stated') continue;
    const certaintyKey = claim.noteKey === 'locationNote' ? 'locationCertainty' : 'certainty';
    if (claim.note === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [...claim.path, claim.noteKey],
        message: `${claim.what} is '${certainty}' and needs a ${claim.noteKey} saying ${certainty === 'inferred' ? 'how it is inferred' : 'where it comes from'}`,
      });
    }
    if (record.certainty === 'stated') {
      ctx.addIssue({
        code: 'custom',
        path: [...claim.path, certaintyKey],
        message: `${claim.what} is '${certainty}', so the record cannot be 'stated': mark the record '${certainty}' too, or cite where the report states it`,
      });
    }
  }
}
