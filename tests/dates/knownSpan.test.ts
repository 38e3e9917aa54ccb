import { describe, expect, it } from 'vitest';
import { knownSpan } from '../../src/dates/knownSpan.js';
import { parseEdtf } from '../../src/dates/parseEdtf.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const span = (edtf: string) => knownSpan(parseEdtf(edtf));

describe('knownSpan', () => {
  it('is the parsed interval when both ends are known or open', () => {
    expect(span('2024-01')).toEqual({ first: day('2024-01-01'), last: day('2024-01-31'), startUnknown: false, endUnknown: false });
    expect(span('2013/..')).toEqual({ first: day('2013-01-01'), last: Infinity, startUnknown: false, endUnknown: false });
    expect(span('../2020')).toEqual({ first: -Infinity, last: day('2020-12-31'), startUnknown: false, endUnknown: false });
  });

  it('places an unknown start at its end’s span, and an unknown end at its start’s', () => {
    expect(span('/2024-06-09')).toEqual({ first: day('2024-06-09'), last: day('2024-06-09'), startUnknown: true, endUnknown: false });
    expect(span('/2020')).toEqual({ first: day('2020-01-01'), last: day('2020-12-31'), startUnknown: true, endUnknown: false });
    expect(span('199X/')).toEqual({ first: day('1990-01-01'), last: day('1999-12-31'), startUnknown: false, endUnknown: true });
    // nothing known at all beyond an open end
    expect(span('/..')).toEqual({ first: -Infinity, last: Infinity, startUnknown: true, endUnknown: false });
  });
});
