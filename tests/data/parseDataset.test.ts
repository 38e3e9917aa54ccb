import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { parseDataset } from '../../src/schema/parseDataset.js';
import { safeParseDataset } from '../../src/schema/safeParseDataset.js';

describe('the bundled data against the schema', () => {
  it('passes parseDataset, unchanged', () => {
    const result = safeParseDataset(dataset);
    // On failure, list every issue (path and message) rather than the first.
    expect(result.success ? [] : result.issues).toEqual([]);
    expect(parseDataset(dataset)).toEqual(dataset);
  });
});
