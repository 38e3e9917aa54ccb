import { describe, expect, it } from 'vitest';
import { causes } from '../../src/query/causes.js';

describe('causes (bundled data)', () => {
  it('what Iran’s April 13 attack answered: the April 1 strike on its embassy in Damascus', () => {
    const got = causes('iran-attack-on-israel-2024-04-13');
    expect(got[0]).toMatchObject({ depth: 1, event: { id: 'israeli-strike-on-iranian-embassy' }, link: { type: 'retaliation-for' } });
    expect(causes('iran-attack-on-israel-2024-04-13', { transitive: false }).map((c) => c.event.id)).toEqual(['israeli-strike-on-iranian-embassy']);
  });

  it('the US air strikes answered the Tower 22 attack', () => {
    expect(causes('us-retaliatory-air-strikes', { transitive: false }).map((c) => c.event.id)).toEqual(['tower-22-drone-attack']);
  });
});
