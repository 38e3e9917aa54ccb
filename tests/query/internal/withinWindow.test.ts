import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../bench/generate.js';
import { buildIndexData } from '../../../src/query/internal/buildIndexData.js';
import { withinWindow } from '../../../src/query/internal/withinWindow.js';
import { knownSpan as spanOf } from '../../../src/dates/knownSpan.js';
import { parseEdtf } from '../../../src/dates/parseEdtf.js';
import { happened } from '../../../src/dataset/happened.js';
import type { EventRecord } from '../../../src/schema/types.js';

const knownSpan = (date: string) => spanOf(parseEdtf(date));

// Every date form of the generator (days, months, years, decades, open and unknown ends).
// The generator writes unknown starts (`/YYYY-MM-DD`); an unknown end (`YYYY-MM-DD/`) is added by hand.
const generated = generate(3000, 5).dataset;
const actual = generated.events.find((e) => e.modality === 'actual')!;
const d = { ...generated, events: [...generated.events, { ...actual, id: 'zz-unknown-end', date: '2001-03-04/' }] };
const ix = buildIndexData(d);
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

/** The naive reference: every event, its known span, the `within` rule for unknown ends, sorted. */
function naive(w0: number, w1: number, happenedOnly: boolean): string[] {
  const unknownOk = (w0 === -Infinity ? 1 : 0) | (w1 === Infinity ? 2 : 0);
  return ix.sorted
    .filter((e: EventRecord) => {
      if (happenedOnly && !happened(e)) return false;
      const s = knownSpan(e.date);
      const unknown = (s.startUnknown ? 1 : 0) | (s.endUnknown ? 2 : 0);
      return s.first >= w0 && s.last <= w1 && (unknown & ~unknownOk) === 0;
    })
    .map((e) => e.id);
}

describe('withinWindow', () => {
  it('equals the naive filter over every event, for closed and open-sided windows, with and without the default', () => {
    const day = fc.integer({ min: 7000, max: 20000 }); // 1989 .. 2024, in days since 1970
    fc.assert(
      fc.property(fc.option(day, { nil: -Infinity }), fc.option(day, { nil: Infinity }), fc.boolean(), (a, b, happenedOnly) => {
        const [w0, w1] = a <= b ? [a, b] : [b, a];
        expect(ids(withinWindow(ix, w0, w1, happenedOnly))).toEqual(naive(w0, w1, happenedOnly));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps an unknown start only in a window open at the start, and an unknown end only in one open at the end', () => {
    const unknownStart = ix.sorted.find((e) => knownSpan(e.date).startUnknown && happened(e));
    const unknownEnd = ix.sorted.find((e) => knownSpan(e.date).endUnknown && happened(e));
    expect(unknownStart).toBeDefined();
    expect(unknownEnd).toBeDefined();
    const s = knownSpan(unknownStart!.date);
    expect(ids(withinWindow(ix, s.first - 1, s.last + 1, true))).not.toContain(unknownStart!.id);
    expect(ids(withinWindow(ix, -Infinity, s.last + 1, true))).toContain(unknownStart!.id);
    const e = knownSpan(unknownEnd!.date);
    expect(ids(withinWindow(ix, e.first - 1, e.last + 1, true))).not.toContain(unknownEnd!.id);
    expect(ids(withinWindow(ix, e.first - 1, Infinity, true))).toContain(unknownEnd!.id);
  });

  it('returns a fresh array each time, never the index\'s own', () => {
    const a = withinWindow(ix, -Infinity, Infinity, true);
    expect(a).not.toBe(ix.happenedSorted);
    expect(a).toEqual(ix.happenedSorted);
    expect(withinWindow(ix, 1, 0, false)).toEqual([]);
  });
});
