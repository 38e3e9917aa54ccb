import { describe, expect, it } from 'vitest';
import { causes } from '../../src/query/causes.js';
import { dataset } from '../../src/bundled/dataset.js';
import { CAUSAL_LINK_TYPES } from '../../src/vocab/events.js';

describe('causes (bundled data)', () => {
  it('what Iran’s April 13 attack answered: the April 1 strike on its embassy in Damascus', () => {
    const got = causes('iran-attack-on-israel-2024-04-13');
    expect(got.map((c) => `${c.depth} ${c.link.type} ${c.event.id}`)).toEqual(['1 retaliation-for israeli-strike-on-iranian-embassy']);
    expect(causes('iran-attack-on-israel-2024-04-13', { transitive: false }).map((c) => c.event.id)).toEqual(['israeli-strike-on-iranian-embassy']);
  });

  it('the US air strikes answered the Tower 22 attack', () => {
    expect(causes('us-retaliatory-air-strikes', { transitive: false }).map((c) => c.event.id)).toEqual(['tower-22-drone-attack']);
  });

  it('an event that merely came before is not a cause: the arsenal boast did not cause the strikes on Israel', () => {
    expect(causes('kh-missile-strikes-on-israel')).toEqual([]);
    expect(causes('kh-missile-strikes-on-israel', { types: 'follows' }).map((c) => c.event.id)).toEqual(['kh-arsenal-boast-2024-01']);
  });

  it('never returns an event reached through a sequence-only or part-of link, for any bundled event', () => {
    expect(CAUSAL_LINK_TYPES).not.toContain('follows');
    for (const event of dataset.events) {
      for (const c of causes(event.id)) expect(CAUSAL_LINK_TYPES).toContain(c.link.type);
    }
  });
});
