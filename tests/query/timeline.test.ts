import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { happened } from '../../src/dataset/happened.js';
import { knownSpan } from '../../src/dates/knownSpan.js';
import { parseEdtf } from '../../src/dates/parseEdtf.js';
import { timeline } from '../../src/query/timeline.js';

describe('timeline (bundled data)', () => {
  it('with every modality, lists every event once, by the first known day, then the last, then id', () => {
    const got = timeline({ modality: 'any' });
    expect(got).toHaveLength(dataset.events.length);
    const key = (e: (typeof got)[number]) => {
      const k = knownSpan(parseEdtf(e.date));
      return [k.first, k.last, e.id] as const;
    };
    for (let i = 1; i < got.length; i++) {
      const [a0, a1, ai] = key(got[i - 1]!);
      const [b0, b1, bi] = key(got[i]!);
      expect(a0 < b0 || (a0 === b0 && (a1 < b1 || (a1 === b1 && ai < bi)))).toBe(true);
    }
    expect(Object.isFrozen(got)).toBe(true);
  });

  it('by default, what happened: actual events and the threats made, not what was only expected', () => {
    const got = timeline();
    expect(got.map((e) => e.id)).toEqual(timeline({ modality: 'any' }).filter(happened).map((e) => e.id));
    expect(got.map((e) => e.id)).not.toContain('expected-further-attacks');
    expect(got.map((e) => e.id)).toEqual(expect.arrayContaining(['militia-threats-2024-06-09', 'nujaba-conditional-threat']));
  });

  it('does not put events with an unknown start before 1990: they sit at their known end', () => {
    const order = timeline().map((e) => e.id);
    // the early 1990s come first; the talks (known by 2024-06-09) come with the report's date
    expect(order[0]).toBe('kss-formation');
    expect(order.indexOf('us-iraq-withdrawal-talks')).toBeGreaterThan(order.indexOf('iran-attack-on-israel-2024-04-13'));
    // clashes before 2020 ('/2020') sort within 2020, after what is known to be earlier
    expect(order.indexOf('pmf-coalition-clashes-before-2020')).toBeGreaterThan(order.indexOf('pmf-formation-2014'));
  });

  it('filters like query: the actual events of 2024', () => {
    const got = timeline({ modality: 'actual', from: '2024', to: '2024', mode: 'within' });
    expect(got.map((e) => e.id)).toEqual(expect.arrayContaining(['tower-22-drone-attack', 'israeli-strike-on-iranian-embassy', 'iran-attack-on-israel-2024-04-13']));
    expect(got.every((e) => e.modality === 'actual')).toBe(true);
  });
});
