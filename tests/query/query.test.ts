import { describe, expect, it } from 'vitest';
import { byActor } from '../../src/query/byActor.js';
import { between } from '../../src/query/between.js';
import { query } from '../../src/query/query.js';

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe('query (bundled data)', () => {
  it('an actor, its members, a window and a modality in one call: the Islamic Resistance’s actual events of early 2024', () => {
    const got = query({ actor: 'islamic-resistance-in-iraq', includeMembers: true, from: '2024-01', to: '2024-02', modality: 'actual' });
    expect(ids(got)).toContain('tower-22-drone-attack');
    // the same as intersecting the single-filter helpers
    const window = new Set(ids(between('2024-01', '2024-02')));
    expect(ids(got)).toEqual(ids(byActor('islamic-resistance-in-iraq', { includeMembers: true })).filter((id) => window.has(id) && got.some((e) => e.id === id)));
    expect(got.every((e) => e.modality === 'actual')).toBe(true);
  });

  it('the drone strike in Jordan in January 2024', () => {
    expect(ids(query({ type: 'drone-strike', place: 'jordan', from: '2024-01', to: '2024-01', mode: 'within' }))).toEqual(['tower-22-drone-attack']);
  });
});
