import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { actorProfiles } from '../../src/export/actorProfiles.js';

const profile = actorProfiles(dataset);

describe('actorProfiles', () => {
  it('classes entities by kind and subtype', () => {
    expect(
      ['united-states', 'us-armed-forces', 'iraqi-government', 'popular-mobilisation-forces', 'kataib-hezbollah', 'isis', 'us-led-coalition', 'shafaq-news', 'sunni-mps', 'qassem-suleimani'].map(
        (id) => profile(id)?.actorClass,
      ),
    ).toEqual(['state', 'state-forces', 'government', 'paramilitary', 'militia', 'rebel', 'multinational', 'media', 'legislators', 'person']);
  });

  it('finds the home state up the part-of chain (PMF → Iraqi security forces → Iraq), or none', () => {
    expect(profile('us-armed-forces')?.homeState?.id).toBe('united-states');
    expect(profile('popular-mobilisation-forces')?.homeState?.id).toBe('iraq');
    expect(profile('iran')?.homeState?.id).toBe('iran');
    expect(profile('kataib-hezbollah')?.homeState).toBeNull();
    expect(profile('no-such-entity')).toBeNull();
  });

  it('survives a part-of cycle', () => {
    const cyclic = {
      ...dataset,
      relationships: [
        { ...dataset.relationships[0]!, id: 'a', subject: 'kataib-hezbollah', predicate: 'part-of' as const, object: 'islamic-resistance-in-iraq' },
        { ...dataset.relationships[0]!, id: 'b', subject: 'islamic-resistance-in-iraq', predicate: 'part-of' as const, object: 'kataib-hezbollah' },
      ],
    };
    expect(actorProfiles(cyclic)('kataib-hezbollah')?.homeState).toBeNull();
  });
});
