import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownCode } from '../../src/text/markdownCode.js';

/** What a CommonMark code span shows (its fence stripped, one padding space each side stripped when both are there). */
function shown(span: string): string {
  const fence = /^`+/.exec(span)![0];
  expect(span.endsWith(fence)).toBe(true);
  const inner = span.slice(fence.length, span.length - fence.length);
  // the fence is longer than every backtick run inside
  for (const run of inner.match(/`+/g) ?? []) expect(run.length).not.toBe(fence.length);
  return inner.length >= 2 && inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== '' ? inner.slice(1, -1) : inner;
}

describe('markdownCode', () => {
  it('wraps plain ids in single backticks', () => {
    expect(markdownCode('kataib-hezbollah')).toBe('`kataib-hezbollah`');
  });

  it('takes a longer fence around backticks, and pads a backtick at an edge', () => {
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('`a`')).toBe('`` `a` ``');
    expect(markdownCode('a``b`')).toBe('``` a``b` ```');
  });

  it('shows any text as it is, once line breaks and controls are escaped, on one line', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '`', ' ', '\n', '\r', '\u001b', '#', '|', '\u202e') }), (text) => {
        const span = markdownCode(text);
        expect(span).not.toMatch(/[\r\n\u001b\u202e]/);
        if (text.trim() !== '' && text !== '') expect(shown(span)).toBe(text.replace(/[\r\n\u001b\u202e]/g, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`));
      }),
    );
  });
});
