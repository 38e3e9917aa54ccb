import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { parseEdtf } from '../../src/dates/parseEdtf.js';

/** A plain reference: the last day of a month by asking the JS Date for day 0 of the next month. */
function referenceLastDay(year: number, month: number): number {
  const d = new Date(Date.UTC(2000, month, 0));
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

describe('parseEdtf properties', () => {
  it('a month covers exactly its calendar days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const d = parseEdtf(`${pad(y, 4)}-${pad(m, 2)}`);
        expect(d.latest).toBe(`${pad(y, 4)}-${pad(m, 2)}-${pad(referenceLastDay(y, m), 2)}`);
        expect(d.latestDay - d.earliestDay + 1).toBe(referenceLastDay(y, m));
      }),
    );
  });

  it('a day round-trips and its day number matches Date.UTC', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const d = parseEdtf(iso);
        expect(d.earliest).toBe(iso);
        expect(d.earliestDay).toBe(Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000));
      }),
    );
  });

  it('an interval of two valid points is accepted exactly when it does not end before it starts', () => {
    const point = fc
      .tuple(fc.integer({ min: 1900, max: 2100 }), fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }))
      .map(([y, m]) => (m === undefined ? `${y}` : `${y}-${pad(m, 2)}`));
    fc.assert(
      fc.property(point, point, (a, b) => {
        const pa = parseEdtf(a);
        const pb = parseEdtf(b);
        const ok = pb.latest! >= pa.earliest!;
        if (ok) {
          const i = parseEdtf(`${a}/${b}`);
          expect(i.earliest).toBe(pa.earliest);
          expect(i.latest).toBe(pb.latest);
        } else {
          expect(() => parseEdtf(`${a}/${b}`)).toThrow(/ends before it starts/);
        }
      }),
    );
  });

  it("a month's last day agrees with date-fns's getDaysInMonth, every year 0000–9999", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const d = new Date(2000, month - 1, 1);
        d.setFullYear(year);
        expect(Number(parseEdtf(`${pad(year, 4)}-${pad(month, 2)}`).latest!.slice(8))).toBe(getDaysInMonth(d));
      }),
      { numRuns: 2000 },
    );
  });
});
