import { describe, expect, it } from 'vitest';
import { consequences } from '../../src/query/consequences.js';
import { dataset } from '../../src/bundled/dataset.js';
import { CAUSAL_LINK_TYPES } from '../../src/vocab/events.js';

describe('consequences (bundled data)', () => {
  it('the Tower 22 attack led to the US retaliatory air strikes', () => {
    expect(consequences('tower-22-drone-attack').map((c) => c.event.id)).toEqual(['us-retaliatory-air-strikes']);
  });

  it('the withdrawal talks led to the current lull in attacks', () => {
    expect(consequences('us-iraq-withdrawal-talks').map((c) => `${c.link.type} ${c.event.id}`)).toEqual(['caused-by attack-lull-2024']);
  });

  it('what merely came after an event is not a consequence by default, but stays queryable', () => {
    // Everything after the outbreak of the Israel-Gaza war is linked to it by `follows` only.
    expect(consequences('israel-gaza-war-outbreak')).toEqual([]);
    const after = consequences('israel-gaza-war-outbreak', { types: 'follows' });
    expect(after.filter((c) => c.depth === 1).map((c) => c.event.id)).toEqual(
      expect.arrayContaining(['islamic-resistance-formation', 'attack-wave-on-us-forces']),
    );
    expect(after.every((c) => c.link.type === 'follows')).toBe(true);
  });

  it('never reaches an event through a sequence-only link', () => {
    for (const event of dataset.events) {
      for (const c of consequences(event.id)) expect(CAUSAL_LINK_TYPES).toContain(c.link.type);
    }
  });
});
