import { describe, expect, it } from 'vitest';
import { membersOf } from '../../src/query/membersOf.js';

describe('membersOf (bundled data)', () => {
  it('the members of the Islamic Resistance in Iraq: Kataib Hezbollah, Nujaba and Kataib Sayyid al-Shuhada', () => {
    expect(membersOf('islamic-resistance-in-iraq').map((m) => m.entity.id)).toEqual([
      'harakat-hezbollah-al-nujaba',
      'kataib-hezbollah',
      'kataib-sayyid-al-shuhada',
    ]);
  });

  it('is transitive: the security forces include the PMF and, through it, Kataib Sayyid al-Shuhada', () => {
    const got = membersOf('iraqi-security-forces');
    expect(got.map((m) => `${m.depth} ${m.entity.id}`)).toEqual(expect.arrayContaining(['1 popular-mobilisation-forces', '2 kataib-sayyid-al-shuhada']));
    const kss = got.find((m) => m.entity.id === 'kataib-sayyid-al-shuhada')!;
    expect(kss.via.map((r) => r.id)).toEqual(['popular-mobilisation-forces-part-of-iraqi-security-forces', 'kataib-sayyid-al-shuhada-member-of-popular-mobilisation-forces']);
  });
});
