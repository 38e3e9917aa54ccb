import { describe, expect, it } from 'vitest';
import { statementsBy } from '../../src/query/statementsBy.js';

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe('statementsBy (bundled data)', () => {
  it('Kataib Sayyid al-Shuhada’s warning, given through its spokesman', () => {
    expect(ids(statementsBy('kataib-sayyid-al-shuhada'))).toContain('kss-warning-2024-06-09');
    expect(ids(statementsBy('kataib-sayyid-al-shuhada-spokesman'))).toContain('kss-warning-2024-06-09');
  });

  it('Kataib Hezbollah boasted of its arsenal in January 2024', () => {
    expect(ids(statementsBy('kataib-hezbollah', { from: '2024-01', to: '2024-01' }))).toEqual(['kh-arsenal-boast-2024-01']);
  });

  it('the Islamic Resistance’s members’ statements with includeMembers', () => {
    expect(ids(statementsBy('islamic-resistance-in-iraq', { includeMembers: true }))).toEqual(
      expect.arrayContaining(['kh-arsenal-boast-2024-01', 'nujaba-conditional-threat', 'kss-warning-2024-06-09']),
    );
  });
});
