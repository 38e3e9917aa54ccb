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
    expect(out).toEqual(expect.arrayContaining(['member-of islamic-resistance-in-iraq', 'backed-by iran', 'located-in iraq']));
  });

  it('asOf: a lower-bound start keeps a relationship out before it; an unknown start (`/..`) holds at any date', () => {
    const fought = (asOf: string) => relationsOf('popular-mobilisation-forces', { predicate: 'fought', direction: 'outgoing', asOf }).map((r) => r.other.id);
    // The PMF fought US forces before their attacks surged after October 7, since when the report does not say.
    expect(dataset.relationships.find((r) => r.id === 'popular-mobilisation-forces-fought-us-armed-forces')?.valid).toBe('/..');
    expect(fought('2013')).toEqual(['us-led-coalition', 'us-armed-forces']);
    expect(fought('2024-01')).toEqual(['isis', 'us-led-coalition', 'us-armed-forces']);
    // Kataib Hezbollah's Islamic Resistance membership: no earlier than 2023-10-07.
    const memberships = (asOf: string) => relationsOf('kataib-hezbollah', { predicate: 'member-of', asOf }).map((r) => r.other.id);
    expect(memberships('2023-09')).toEqual(['iran-backed-militias']);
    expect(memberships('2024-06-09')).toEqual(['islamic-resistance-in-iraq', 'iran-backed-militias']);
  });
});
