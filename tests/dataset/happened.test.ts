import { describe, expect, it } from 'vitest';
import { happened } from '../../src/dataset/happened.js';
import { events } from '../../src/bundled/records.js';
import { EVENT_TYPES, MODALITIES } from '../../src/vocab/events.js';

describe('happened', () => {
  it('is true for every actual event, and for threats that were made', () => {
    for (const type of EVENT_TYPES) expect(happened({ type, modality: 'actual' })).toBe(true);
    expect(happened({ type: 'threat', modality: 'threatened' })).toBe(true);
    expect(happened({ type: 'threat', modality: 'conditional' })).toBe(true);
  });

  it('is false for what was expected, claimed, or only threatened', () => {
    for (const type of EVENT_TYPES) {
      expect(happened({ type, modality: 'expected' })).toBe(false);
      expect(happened({ type, modality: 'claimed' })).toBe(false);
      if (type !== 'threat') for (const m of ['threatened', 'conditional'] as const) expect(happened({ type, modality: m }), `${type} ${m}`).toBe(false);
    }
    expect(MODALITIES).toHaveLength(5);
  });

  it('leaves out exactly the report\'s two expected events and its claimed attacks', () => {
    expect(events.filter((e) => !happened(e)).map((e) => e.id).sort()).toEqual(['claimed-attacks-for-hamas', 'expected-further-attacks', 'feared-spread-of-war']);
  });
});
