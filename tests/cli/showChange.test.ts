import { describe, expect, it } from 'vitest';
import { showChange } from '../../src/cli/showChange.js';

const SUMMARY = 'Iraqi militias with Iranian backing warned of new attacks on US troops in the country.';

describe('showChange', () => {
  it('shows values that fit whole', () => {
    expect(showChange('2024-01-21', '2024-01-28', 34)).toEqual(['"2024-01-21"', '"2024-01-28"']);
    expect(showChange(undefined, ['a'], 34)).toEqual(['(none)', '["a"]']);
    expect(showChange(3, null, 34)).toEqual(['3', 'null']);
  });

  it('a long value edited at its end: both cut to a window around the change, quotes kept', () => {
    const [before, after] = showChange(SUMMARY, `${SUMMARY.slice(0, -1)}!`, 34);
    expect(before).not.toBe(after);
    expect(before).toMatch(/^"….*country\."$/);
    expect(after).toMatch(/^"….*country!"$/);
    expect([...before].length).toBeLessThanOrEqual(34);
  });

  it('a long value changed only in its first letter: the start shown, cut with … and closed', () => {
    const [before, after] = showChange(SUMMARY, `i${SUMMARY.slice(1)}`, 34);
    expect(before).toMatch(/^"Iraqi militias.*…"$/);
    expect(after).toMatch(/^"iraqi militias.*…"$/);
    expect([...after].length).toBeLessThanOrEqual(34);
  });

  it('a change in the middle: cut at both ends, the change inside', () => {
    const edited = SUMMARY.replace('warned', 'WARNED');
    const [before, after] = showChange(SUMMARY, edited, 34);
    expect(before).toMatch(/^"….*warned.*…"$/);
    expect(after).toMatch(/^"….*WARNED.*…"$/);
  });

  it('text appended to a long value shows the end of the old and the addition', () => {
    const [before, after] = showChange(SUMMARY, `${SUMMARY} More.`, 34);
    expect(before).toMatch(/country\."$/);
    expect(after).toMatch(/country\. More\."$/);
  });

  it('a long value added or removed is cut at its end, quotes balanced', () => {
    const [before, after] = showChange(undefined, SUMMARY, 34);
    expect(before).toBe('(none)');
    expect(after).toMatch(/^"Iraqi.*…"$/);
  });
});
