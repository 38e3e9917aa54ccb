import { describe, expect, it } from 'vitest';
import { causes } from '../../src/query/causes.js';
import { consequences } from '../../src/query/consequences.js';
import { membershipsOf } from '../../src/query/membershipsOf.js';

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
    const deep = causes('iran-attack-on-israel-2024-04-13').find((c) => c.depth === 2);
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
