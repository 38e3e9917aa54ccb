import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { truncate } from '../../src/cli/truncate.js';
import { wrapText } from '../../src/cli/wrapText.js';

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'é', '’', '-'), minLength: 1, maxLength: 15 });

describe('wrapText (property)', () => {
  it('keeps every line within the width and every character, in order', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), fc.integer({ min: 1, max: 30 }), (words, width) => {
        const lines = wrapText(words.join(' '), width);
        for (const line of lines) expect([...line].length).toBeLessThanOrEqual(width);
        expect(lines.join('').replaceAll(' ', '')).toBe(words.join(''));
      }),
    );
  });

  it('breaks only between words when every word fits', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), (words) => {
        expect(wrapText(words.join('  '), 15).join(' ')).toBe(words.join(' '));
      }),
    );
  });
});

describe('truncate (property)', () => {
  it('fits the width, and keeps text that already fits', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 20 }), (text, width) => {
        const out = truncate(text, width);
        expect([...out].length).toBeLessThanOrEqual(Math.max(width, 1));
        if ([...text].length <= width) expect(out).toBe(text);
        else expect(out.endsWith('…')).toBe(true);
      }),
    );
  });
});
