import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { parseEdtf } from '../../src/dates/parseEdtf.js';
import { timeline } from '../../src/query/timeline.js';

describe('timeline (bundled data)', () => {
  it('lists every event once, by earliest day, then latest day, then id', () => {
    const got = timeline();
    expect(got).toHaveLength(dataset.events.length);
    const key = (e: (typeof got)[number]) => [parseEdtf(e.date).earliestDay, parseEdtf(e.date).latestDay, e.id] as const;
    for (let i = 1; i < got.length; i++) {
      const [a0, a1, ai] = key(got[i - 1]!);
      const [b0, b1, bi] = key(got[i]!);
      expect(a0 < b0 || (a0 === b0 && (a1 < b1 || (a1 === b1 && ai < bi)))).toBe(true);
    }
    expect(Object.isFrozen(got)).toBe(true);
  });

  it('filters like query: the actual events of 2024', () => {
    const got = timeline({ modality: 'actual', from: '2024', to: '2024', mode: 'within' });
    expect(got.map((e) => e.id)).toEqual(expect.arrayContaining(['tower-22-drone-attack', 'israeli-strike-on-iranian-embassy', 'iran-attack-on-israel-2024-04-13']));
    expect(got.every((e) => e.modality === 'actual')).toBe(true);
  });
});
