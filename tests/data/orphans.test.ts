import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import type { DatasetRecord, EntityRecord } from '../../src/schema/types.js';

/** Every entity no other record points at (as event participant, location, attribution, relationship end or `within`). */
function orphanEntities(d: DatasetRecord): string[] {
  const ids = new Set<string>();
  for (const e of d.events) {
    for (const p of e.participants) ids.add(p.entity);
    if (e.location !== undefined) ids.add(e.location);
    if (e.attributedTo !== null) ids.add(e.attributedTo);
  }
  for (const r of d.relationships) {
    ids.add(r.subject);
    ids.add(r.object);
  }
  for (const en of d.entities) if (en.within !== undefined) ids.add(en.within);
  return d.entities.filter((e) => !ids.has(e.id)).map((e) => `entity ${e.id} is referenced by no event, relationship or place`);
}

const data: DatasetRecord = dataset;

describe('no orphan entity', () => {
  it('every bundled entity is referenced by an event, a relationship or a place within it', () => {
    expect(orphanEntities(data)).toEqual([]);
  });

  it('the check flags an added entity that nothing points at', () => {
    const stray: EntityRecord = {
      id: 'stray-entity',
      kind: 'organization',
      name: 'Stray',
      aliases: [],
      description: 'Referenced by nothing.',
      evidence: [{ source: data.sources[0]!.id, paragraphs: [1] }],
      certainty: 'stated',
    };
    expect(orphanEntities({ ...data, entities: [...data.entities, stray] })).toEqual([
      'entity stray-entity is referenced by no event, relationship or place',
    ]);
  });
});
