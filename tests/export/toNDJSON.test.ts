import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { RECORD_KIND_KEY, RECORD_KINDS, toNDJSON } from '../../src/export/toNDJSON.js';
import { miniDataset } from '../fixtures/miniDataset.js';

describe('toNDJSON', () => {
  it('writes one record per line, exactly as stored, each line ending in LF', () => {
    for (const kind of RECORD_KINDS) {
      const text = toNDJSON(kind, { dataset: miniDataset });
      const records: readonly unknown[] = miniDataset[RECORD_KIND_KEY[kind]];
      expect(text.endsWith('\n') || records.length === 0).toBe(true);
      expect(text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l))).toEqual(records);
    }
  });

  it('takes an event subset and defaults to the bundled data', () => {
    expect(toNDJSON('events', { dataset: miniDataset, events: [] })).toBe('');
    expect(toNDJSON('events').trimEnd().split('\n')).toHaveLength(dataset.events.length);
  });

  it('rejects an unknown kind', () => {
    expect(() => toNDJSON('eventLinks' as never)).toThrow(/toNDJSON: kind must be one of .*'event-links'.*got 'eventLinks'/);
  });
});
