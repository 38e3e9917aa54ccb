import { describe, expect, it } from 'vitest';
import { consequences } from '../../src/query/consequences.js';

describe('consequences (bundled data)', () => {
  it('the Tower 22 attack led to the US retaliatory air strikes', () => {
    expect(consequences('tower-22-drone-attack').map((c) => c.event.id)).toEqual(['us-retaliatory-air-strikes']);
  });

  it('the outbreak of the Israel-Gaza war led, transitively, to Iran’s April attack', () => {
    const got = consequences('israel-gaza-war-outbreak');
    expect(got.filter((c) => c.depth === 1).map((c) => c.event.id)).toEqual(expect.arrayContaining(['islamic-resistance-formation', 'attack-wave-on-us-forces']));
    expect(got.find((c) => c.event.id === 'iran-attack-on-israel-2024-04-13')?.depth).toBe(2);
  });
});
