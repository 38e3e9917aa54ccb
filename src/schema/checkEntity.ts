import { withArticle } from '../errors/withArticle.js';
import { ENTITY_SUBTYPE_KIND } from '../vocab/entities.js';
import type { IssueSink, UsableField } from './IssueSink.js';
import type { Entity } from './records.js';
import { checkEvidenceClaims } from './checkEvidenceClaims.js';
import { requireNoteUnlessStated } from './requireNoteUnlessStated.js';

/**
 * The rules within one entity record: a note unless stated, a subtype of the entity's kind,
 * ISO codes on states only, `within` on places only, coordinates on places and states only, no
 * alias repeating the name or another alias.
 *
 * @param e - the entity (only the fields `usable` accepts are read).
 * @param ctx - where to report problems (paths relative to the record).
 * @param usable - which fields are valid; default all (the record's shape passed).
 * @example
 * Entity.safeParse({ ...place, iso: { alpha2: 'XX', … } }).success // => false: only a state has ISO codes
 */
export function checkEntity(e: Entity, ctx: IssueSink, usable: UsableField<Entity> = () => true): void {
  const ok = (...fields: (keyof Entity & string)[]): boolean => fields.every(usable);
  if (ok('certainty', 'note') && e.certainty !== undefined) requireNoteUnlessStated(e, ctx);
  if (ok('evidence', 'within') && e.evidence !== undefined) checkEvidenceClaims(e, e.within !== undefined, ctx);
  if (ok('kind')) {
    if (ok('subtype') && e.subtype !== undefined && e.kind !== undefined && ENTITY_SUBTYPE_KIND[e.subtype] !== e.kind) {
      ctx.addIssue({
        code: 'custom',
        path: ['subtype'],
        message: `subtype '${e.subtype}' belongs to kind '${ENTITY_SUBTYPE_KIND[e.subtype]}', not '${e.kind}'`,
      });
    }
    // Presence is enough here: an invalid `iso` on a place is wrong twice.
    if (e.kind !== undefined && e.iso !== undefined && e.kind !== 'state') {
      ctx.addIssue({ code: 'custom', path: ['iso'], message: `only a state has ISO codes, not ${withArticle(e.kind)}` });
    }
    if (e.kind !== undefined && e.within !== undefined && e.kind !== 'place') {
      ctx.addIssue({ code: 'custom', path: ['within'], message: `only a place lies within another place, not ${withArticle(e.kind)}` });
    }
    if (e.kind !== undefined && e.coordinates !== undefined && e.kind !== 'place' && e.kind !== 'state') {
      ctx.addIssue({ code: 'custom', path: ['coordinates'], message: `only a place or state has coordinates, not ${withArticle(e.kind)}` });
    }
  }
  if (ok('name', 'aliases') && e.name !== undefined && e.aliases !== undefined) {
    const seen = new Set<string>([e.name.toLowerCase()]);
    e.aliases.forEach((alias, i) => {
      const key = alias.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['aliases', i], message: `repeats the name or an alias: '${alias}'` });
      seen.add(key);
    });
  }
}
