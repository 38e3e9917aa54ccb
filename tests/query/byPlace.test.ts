import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { ArgumentRangeError } from '../../src/errors/ArgumentRangeError.js';
import { ArgumentTypeError } from '../../src/errors/ArgumentTypeError.js';
import { byPlace } from '../../src/query/byPlace.js';
import { query } from '../../src/query/query.js';
import { timeline } from '../../src/query/timeline.js';

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

describe('byPlace refuses what is not a place', () => {
  it('names the entity’s kind and the accepted ones, for byPlace and the place filter alike', () => {
    expect(() => byPlace('kataib-hezbollah' as never)).toThrow(ArgumentRangeError);
    expect(() => byPlace('kataib-hezbollah' as never)).toThrow(/^byPlace: place: 'kataib-hezbollah' is an organization, not a place or a state; accepted: the id of an entity of kind 'place' or 'state'$/);
    expect(() => byPlace('hamas' as never)).toThrow(/is an organization/);
    expect(() => byPlace('qassem-suleimani' as never)).toThrow(/is a person/);
    expect(() => query({ place: 'iran-backed-militias' } as never)).toThrow(/query: place: 'iran-backed-militias' is a group, not a place or a state/);
    expect(() => timeline({ place: 'hamas' } as never)).toThrow(ArgumentRangeError);
    expect(() => byPlace(42 as never)).toThrow(ArgumentTypeError);
  });

  it('accepts every place and state of the data', () => {
    for (const e of dataset.entities) {
      if (e.kind === 'place' || e.kind === 'state') expect(() => byPlace(e.id)).not.toThrow();
      else expect(() => byPlace(e.id as never)).toThrow(ArgumentRangeError);
    }
  });
});
