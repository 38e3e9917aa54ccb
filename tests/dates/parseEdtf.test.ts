import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../../src/dates/parseEdtf.js';
import { DateFormatError } from '../../src/errors/DateFormatError.js';

describe('parseEdtf', () => {
  it('parses a day', () => {
    const d = parseEdtf('2024-06-09');
    expect(d).toMatchObject({ kind: 'date', precision: 'day', earliest: '2024-06-09', latest: '2024-06-09' });
    expect(d.earliestDay).toBe(Date.UTC(2024, 5, 9) / 86_400_000);
    expect(d.latestDay).toBe(d.earliestDay);
    expect(d.approximate).toBe(false);
    expect(d.uncertain).toBe(false);
  });

  it('parses a month, including February of a leap year', () => {
    expect(parseEdtf('2024-01')).toMatchObject({ precision: 'month', earliest: '2024-01-01', latest: '2024-01-31' });
    expect(parseEdtf('2024-02').latest).toBe('2024-02-29');
    expect(parseEdtf('2023-02').latest).toBe('2023-02-28');
    expect(parseEdtf('1900-02').latest).toBe('1900-02-28');
  });

  it('parses a year, a decade and a century', () => {
    expect(parseEdtf('2020')).toMatchObject({ precision: 'year', earliest: '2020-01-01', latest: '2020-12-31' });
    expect(parseEdtf('199X')).toMatchObject({ precision: 'decade', earliest: '1990-01-01', latest: '1999-12-31' });
    expect(parseEdtf('19XX')).toMatchObject({ precision: 'century', earliest: '1900-01-01', latest: '1999-12-31' });
  });

  it('reads the approximate and uncertain qualifiers', () => {
    expect(parseEdtf('2024-01~')).toMatchObject({ approximate: true, uncertain: false });
    expect(parseEdtf('2024?')).toMatchObject({ approximate: false, uncertain: true });
    expect(parseEdtf('2024-04-01%')).toMatchObject({ approximate: true, uncertain: true });
  });

  it('parses bounded intervals with the coarsest precision', () => {
    const d = parseEdtf('1990~/1993~');
    expect(d).toMatchObject({ kind: 'interval', earliest: '1990-01-01', latest: '1993-12-31', precision: 'year', approximate: true });
    expect(parseEdtf('2023-10-07/2024-06').precision).toBe('month');
  });

  it('keeps open and unknown ends unbounded', () => {
    const open = parseEdtf('2013/..');
    expect(open).toMatchObject({ start: expect.objectContaining({ precision: 'year' }), end: 'open', earliest: '2013-01-01', latest: null });
    expect(open.latestDay).toBe(Number.POSITIVE_INFINITY);
    const unknownStart = parseEdtf('/2024-06-09');
    expect(unknownStart).toMatchObject({ start: 'unknown', earliest: null, latest: '2024-06-09' });
    expect(unknownStart.earliestDay).toBe(Number.NEGATIVE_INFINITY);
    expect(parseEdtf('../2020')).toMatchObject({ start: 'open', precision: 'year' });
    expect(parseEdtf('/..')).toMatchObject({ start: 'unknown', end: 'open', precision: null });
  });

  it.each([
    ['June 2024', 'is not an accepted date'],
    ['2024-13', 'month 13'],
    ['2023-02-29', 'has 28 days'],
    ['2024-6-9', 'is not an accepted date'],
    ['199X-01', 'month inside a decade'],
    ['2024/2023', 'ends before it starts'],
    ['/', 'neither start nor end'],
    ['2020/2021/2022', "more than one '/'"],
    ['', 'is not an accepted date'],
  ])('rejects %j with a message naming the problem and the accepted forms', (input, problem) => {
    expect(() => parseEdtf(input)).toThrow(DateFormatError);
    expect(() => parseEdtf(input)).toThrow(problem);
    expect(() => parseEdtf(input)).toThrow(/accepted: EDTF dates/);
  });

  it('rejects a non-string with a DateFormatError, not a TypeError', () => {
    expect(() => parseEdtf(20240609 as unknown as string)).toThrow(DateFormatError);
    expect(() => parseEdtf(null as unknown as string)).toThrow(/got null/);
  });

  it('handles years below 100 on the real calendar', () => {
    expect(parseEdtf('0004-02').latest).toBe('0004-02-29');
    expect(parseEdtf('0100-02').latest).toBe('0100-02-28');
  });
});
