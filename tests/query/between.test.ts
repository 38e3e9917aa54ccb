import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { parseEdtf } from '../../src/dates/parseEdtf.js';
import { DateFormatError } from '../../src/errors/DateFormatError.js';
import { between } from '../../src/query/between.js';

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
const APRIL: readonly [number, number] = [parseEdtf('2024-04').earliestDay, parseEdtf('2024-04').latestDay];

describe('between (bundled data)', () => {
  it('the events of April 2024: the Israeli strike on the Iranian embassy (April 1) and Iran’s attack (April 13)', () => {
    expect(ids(between('2024-04', '2024-04', { mode: 'within' }))).toEqual(['israeli-strike-on-iranian-embassy', 'iran-attack-on-israel-2024-04-13']);
  });

  it('in overlap mode, adds exactly the events whose interval reaches into April (e.g. still-running campaigns)', () => {
    const got = between('2024-04', '2024-04');
    const expected = dataset.events.filter((e) => {
      const d = parseEdtf(e.date);
      return d.earliestDay <= APRIL[1] && d.latestDay >= APRIL[0];
    });
    expect(new Set(ids(got))).toEqual(new Set(ids(expected)));
    expect(ids(got)).toContain('attack-wave-on-us-forces');
    expect(ids(got)).not.toContain('tower-22-drone-attack');
  });

  it('accepts Dates and open ends, and keeps chronological order', () => {
    expect(ids(between(new Date('2024-04-13T18:00:00Z'), new Date('2024-04-13T18:00:00Z'), { mode: 'within' }))).toEqual(['iran-attack-on-israel-2024-04-13']);
    const since = between('2024-06-09', null, { mode: 'within' });
    expect(ids(since)).toEqual(expect.arrayContaining(['kss-warning-2024-06-09', 'militia-threats-2024-06-09', 'expected-further-attacks']));
    const days = since.map((e) => parseEdtf(e.date).earliestDay);
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  it('throws for unparseable or reversed windows', () => {
    expect(() => between('April 2024', null)).toThrow(DateFormatError);
    expect(() => between('2024-05', '2024-04')).toThrow(/between: from \(2024-05\) is after to \(2024-04\)/);
  });
});
