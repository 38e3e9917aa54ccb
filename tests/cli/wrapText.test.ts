import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/cli/wrapText.js';

describe('wrapText', () => {
  it('wraps at spaces', () => {
    expect(wrapText('a bb ccc', 4)).toEqual(['a bb', 'ccc']);
  });

  it('cuts a word longer than the line, finishing the current line first', () => {
    expect(wrapText('ab cdefghij k', 4)).toEqual(['ab', 'cdef', 'ghij', 'k']);
    expect(wrapText('abcdefgh', 4)).toEqual(['abcd', 'efgh']);
  });

  it('gives no lines for blank text', () => {
    expect(wrapText('   ', 10)).toEqual([]);
  });
});
