import { describe, expect, it } from 'vitest';
import { membershipsOf } from '../../src/query/membershipsOf.js';

describe('membershipsOf (bundled data)', () => {
  it('Kataib Sayyid al-Shuhada belongs to the Islamic Resistance and the PMF, and through the PMF to the security forces', () => {
    const got = membershipsOf('kataib-sayyid-al-shuhada').map((m) => `${m.depth} ${m.entity.id}`);
    expect(got).toEqual(expect.arrayContaining(['1 islamic-resistance-in-iraq', '1 popular-mobilisation-forces', '2 iraqi-security-forces']));
  });

  it('direct memberships only with transitive: false', () => {
    expect(membershipsOf('kataib-sayyid-al-shuhada', { transitive: false }).every((m) => m.depth === 1)).toBe(true);
  });
});
