import { describe, expect, it } from 'vitest';
import { byPlace } from '../../src/query/byPlace.js';

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe('byPlace (bundled data)', () => {
  it('includes the places within a place: Baghdad holds its airport, Iraq holds Baghdad', () => {
    const baghdad = ids(byPlace('baghdad'));
    expect(baghdad).toEqual(expect.arrayContaining(['us-drone-strike-baghdad-airport-2020', 'us-strike-baghdad-2024-01']));
    expect(ids(byPlace('iraq'))).toEqual(expect.arrayContaining(baghdad));
  });

  it('the Tower 22 attack took place in Jordan, not Iraq', () => {
    expect(ids(byPlace('jordan'))).toContain('tower-22-drone-attack');
    expect(ids(byPlace('iraq'))).not.toContain('tower-22-drone-attack');
  });
});
