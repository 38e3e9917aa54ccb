import { describe, expect, it } from 'vitest';
import * as entry from '../../src/export/index.js';

describe('iraq-militias/export: field formats', () => {
  it('exports the six functions and the two column lists', () => {
    for (const name of ['toACLED', 'toACLEDRows', 'toUCDPGED', 'toUCDPGEDRows', 'toPLOVER', 'toPLOVERRecords']) {
      expect(typeof (entry as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(entry.ACLED_COLUMNS).toHaveLength(31);
    expect(entry.UCDP_GED_COLUMNS).toHaveLength(49);
  });
});
