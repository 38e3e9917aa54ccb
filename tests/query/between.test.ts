import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { knownSpan } from '../../src/dates/knownSpan.js';
import { parseEdtf } from '../../src/dates/parseEdtf.js';
import { happened } from '../../src/dataset/happened.js';
import { ArgumentRangeError } from '../../src/errors/ArgumentRangeError.js';
import { DateFormatError } from '../../src/errors/DateFormatError.js';
import { between } from '../../src/query/between.js';

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
const APRIL: readonly [number, number] = [parseEdtf('2024-04').earliestDay, parseEdtf('2024-04').latestDay];

describe('between (bundled data)', () => {
  it('the events of April 2024: the Israeli strike on the Iranian embassy (April 1) and Iran’s attack (April 13)', () => {
    expect(ids(between('2024-04', '2024-04', { mode: 'within' }))).toEqual(['israeli-strike-on-iranian-embassy', 'iran-attack-on-israel-2024-04-13']);
  });

  it('in overlap mode, adds exactly the events whose known span reaches into April (e.g. still-running campaigns)', () => {
    const got = between('2024-04', '2024-04');
    const expected = dataset.events.filter((e) => {
      const k = knownSpan(parseEdtf(e.date));
      return happened(e) && k.first <= APRIL[1] && k.last >= APRIL[0];
    });
    expect(new Set(ids(got))).toEqual(new Set(ids(expected)));
    expect(ids(got)).toContain('attack-wave-on-us-forces');
    expect(ids(got)).not.toContain('tower-22-drone-attack');
  });

  it('an unknown start is not "since any time": nobody asking about the year 1000 gets the 2024 talks', () => {
    // '/2024-06-09': begun at an unknown time, known by the report's date
    expect(ids(between('1000', '1000'))).toEqual([]);
    expect(ids(between('1000', '1000', { modality: 'any' }))).toEqual([]);
    expect(ids(between('2023', '2023'))).not.toContain('us-iraq-withdrawal-talks');
    // it is matched where its known part is: its end, 2024-06-09
    expect(ids(between('2024-06-09', '2024-06-09'))).toContain('us-iraq-withdrawal-talks');
    // '/2020' (clashes before 2020) is known in 2020, not in 1990
    expect(ids(between('2020', '2020'))).toContain('pmf-coalition-clashes-before-2020');
    expect(ids(between('1990', '1999'))).toEqual(['kss-formation']);
    // within: an unknown start lies wholly inside a window only when the window has no start
    expect(ids(between('2024-06', '2024-06', { mode: 'within' }))).not.toContain('us-iraq-withdrawal-talks');
    expect(ids(between(null, '2024-06-09', { mode: 'within' }))).toContain('us-iraq-withdrawal-talks');
  });

  it('accepts Dates and open ends, and keeps chronological order', () => {
    expect(ids(between(new Date('2024-04-13T18:00:00Z'), new Date('2024-04-13T18:00:00Z'), { mode: 'within' }))).toEqual(['iran-attack-on-israel-2024-04-13']);
    const since = between('2024-06-09', null, { mode: 'within', modality: 'any' });
    expect(ids(since)).toEqual(expect.arrayContaining(['kss-warning-2024-06-09', 'militia-threats-2024-06-09', 'expected-further-attacks']));
    const days = since.map((e) => knownSpan(parseEdtf(e.date)).first);
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  it('counts only what happened unless asked: the expected attacks are not attacks', () => {
    expect(ids(between('2024-06-09', null))).not.toContain('expected-further-attacks');
    expect(ids(between('2024-06-09', null, { modality: 'expected' }))).toEqual(['expected-further-attacks', 'feared-spread-of-war']);
  });

  it('throws for unparseable or reversed windows', () => {
    expect(() => between('April 2024', null)).toThrow(DateFormatError);
    expect(() => between('2024-05', '2024-04')).toThrow(ArgumentRangeError);
    expect(() => between('2024-05', '2024-04')).toThrow(/between: from \(2024-05\) is after to \(2024-04\)/);
  });
});
