import { describe, expect, it } from 'vitest';
import { byType } from '../../src/query/byType.js';

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe('byType (bundled data)', () => {
  it('finds the drone strikes: the 2020 Baghdad airport strike and the Tower 22 attack', () => {
    expect(ids(byType('drone-strike'))).toEqual(['us-drone-strike-baghdad-airport-2020', 'tower-22-drone-attack']);
  });

  it('keeps threats apart from attacks, and finds the conditional one', () => {
    expect(byType('threat').every((e) => e.type === 'threat' && (e.modality as string) !== 'actual')).toBe(true);
    expect(ids(byType(['threat'], { modality: 'conditional' }))).toEqual(['nujaba-conditional-threat']);
  });
});
