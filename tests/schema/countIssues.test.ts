import { describe, expect, it } from 'vitest';
import { countIssues } from '../../src/schema/countIssues.js';
import { DatasetError } from '../../src/schema/DatasetError.js';

describe('countIssues', () => {
  it('counts one problem per issue', () => {
    expect(countIssues([])).toBe(0);
    expect(countIssues([{ path: ['events', 0], message: 'a' }, { path: ['events', 1], message: 'b' }])).toBe(2);
  });

  it('counts the summary of a list cut short as the problems it stands for, not as one more', () => {
    expect(countIssues([{ path: ['events', 0], message: 'a' }, { path: [], message: '… and 7 more', unlisted: 7 }])).toBe(8);
  });

  it("gives DatasetError's headline and its '… and N more' line the whole count", () => {
    const listed = Array.from({ length: 60 }, (_, i) => ({ path: ['events', i], message: 'bad' }));
    const error = new DatasetError([...listed, { path: [], message: '… and 1,000 more', unlisted: 1000 }]);
    expect(error.message.split('\n')[0]).toBe('invalid dataset: 1060 problems');
    expect(error.message).toContain('  … and 1010 more');
  });
});
