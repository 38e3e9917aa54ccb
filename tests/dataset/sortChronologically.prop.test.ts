import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortChronologically } from '../../src/dataset/sortChronologically.js';
import { createIndex } from '../../src/query/createIndex.js';
import { events } from '../../src/bundled/records.js';
import { timeline } from '../../src/query/timeline.js';
import { datasetArb } from '../query/arbitraries.js';

describe('sortChronologically: the one order, for exports', () => {
  it('is the order of timeline() on the bundled data', () => {
    expect(sortChronologically(events).map((e) => e.id)).toEqual(timeline({ modality: 'any' }).map((e) => e.id));
  });

  it('is the order of an index’s timeline on any dataset (unknown and open ends included)', () => {
    fc.assert(
      fc.property(datasetArb, (d) => {
        const ids = sortChronologically(d.events).map((e) => e.id);
        expect(ids).toEqual(createIndex(d).timeline({ modality: 'any' }).map((e) => e.id));
      }),
      { numRuns: 300 },
    );
  });
});
