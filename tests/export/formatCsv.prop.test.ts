import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv } from '../../src/export/formatCsv.js';
import { parseCsvReference } from './parseCsvReference.js';

const cell = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', '"', '\r', '\n', '\r\n', 'x', '؟', '=', '+', '-', '@', '\t', '1') , maxLength: 12 });

/** The OWASP rule, written plainly: text starting with = + - @ tab or CR gets a leading quote, unless it is just a number. */
const neutralised = (text: string): string => (/^[=+\-@\t\r]/.test(text) && !/^[+-]\d+$/.test(text) ? `'${text}` : text);

describe('formatCsv (property)', () => {
  it('reads back, cell for cell, with a plain RFC 4180 reader', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }).chain((width) =>
        fc.tuple(fc.array(cell, { minLength: width, maxLength: width }), fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 })),
      ), ([header, rows]) => {
        // A single empty cell in a one-column row is an empty line; RFC 4180 readers cannot tell it from no row.
        fc.pre(header.length > 1 || [header, ...rows].every((r) => r[0] !== ''));
        expect(parseCsvReference(formatCsv(header, rows, { formulas: 'raw' }))).toEqual([header, ...rows]);
        expect(parseCsvReference(formatCsv(header, rows))).toEqual([header, ...rows].map((r) => r.map(neutralised)));
      }),
    );
  });
});
