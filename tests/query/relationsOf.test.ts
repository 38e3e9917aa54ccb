import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { relationsOf } from '../../src/query/relationsOf.js';

describe('relationsOf (bundled data)', () => {
  it('reads "backed-by" from Iran’s side as "backs", without storing it twice', () => {
    const backs = relationsOf('iran', { predicate: 'backs' });
    expect(backs.map((r) => r.other.id)).toEqual(expect.arrayContaining(['kataib-hezbollah', 'kataib-sayyid-al-shuhada']));
    expect(backs.every((r) => r.direction === 'incoming' && r.relationship.predicate === 'backed-by' && r.relationship.object === 'iran')).toBe(true);
    expect(dataset.relationships.some((r) => (r.predicate as string) === 'backs')).toBe(false);
  });

  it('gives Kataib Hezbollah’s memberships and backer, outgoing', () => {
    const out = relationsOf('kataib-hezbollah', { direction: 'outgoing' }).map((r) => `${r.predicate} ${r.other.id}`);
    expect(out).toEqual(expect.arrayContaining(['member-of islamic-resistance-in-iraq', 'backed-by iran']));
  });
});
