import { describe, expect, it } from 'vitest';
import { causes } from '../../src/query/causes.js';
import { dataset } from '../../src/bundled/dataset.js';
import { CAUSAL_LINK_TYPES } from '../../src/vocab/events.js';
import { consequences } from '../../src/query/consequences.js';
import { membershipsOf } from '../../src/query/membershipsOf.js';

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

describe('chain helpers share one result shape', () => {
  it('causes and consequences give each event with its depth and the whole via chain, as membershipsOf does', () => {
    for (const c of causes('iran-attack-on-israel-2024-04-13')) {
      expect(c.via).toHaveLength(c.depth);
      expect(c.via.at(-1)).toBe(c.link);
      expect(c.via[0]!.from).toBe('iran-attack-on-israel-2024-04-13');
      expect(c.link.to).toBe(c.event.id);
      // each link starts where the one before it ended
      c.via.forEach((l, i) => i > 0 && expect(l.from).toBe(c.via[i - 1]!.to));
      expect(Object.isFrozen(c) && Object.isFrozen(c.via)).toBe(true);
    }
    const deep = causes('iran-attack-on-israel-2024-04-13', { types: ['retaliation-for', 'follows'] }).find((c) => c.depth === 2);
    expect(deep?.via.map((l) => l.to)).toEqual(['israeli-strike-on-iranian-embassy', deep?.event.id]);
    for (const c of consequences('tower-22-drone-attack')) {
      expect(c.via).toHaveLength(c.depth);
      expect(c.via[0]!.to).toBe('tower-22-drone-attack');
    }
    for (const m of membershipsOf('kataib-sayyid-al-shuhada')) expect(m.via).toHaveLength(m.depth);
    expect(Object.keys(causes('iran-attack-on-israel-2024-04-13')[0]!).sort()).toEqual(['depth', 'event', 'link', 'via']);
    expect(Object.keys(membershipsOf('kataib-sayyid-al-shuhada')[0]!).sort()).toEqual(['depth', 'entity', 'via']);
  });
});
