import { describe, expect, it } from 'vitest';
import { DateFormatError } from '../../src/errors/DateFormatError.js';
import { UnknownIdError } from '../../src/errors/UnknownIdError.js';

describe('UnknownIdError', () => {
  it('names the argument, the id and the suggestions', () => {
    const e = new UnknownIdError('entity', 'irak', ['iraq', 'iran'], 'byActor');
    expect(e).toBeInstanceOf(RangeError);
    expect(e.name).toBe('UnknownIdError');
    expect(e.message).toBe("byActor: unknown entity id 'irak'; did you mean 'iraq', 'iran'?");
    expect(e.suggestions).toEqual(['iraq', 'iran']);
  });

  it('describes non-string ids by type and leaves out an empty hint', () => {
    expect(new UnknownIdError('event', 42, []).message).toBe('unknown event id a number value');
    expect(new UnknownIdError('event', null, []).message).toBe('unknown event id a null value');
  });
});

describe('DateFormatError', () => {
  it('is a RangeError that lists the accepted forms', () => {
    const e = new DateFormatError('x', "'x' is not an accepted date");
    expect(e).toBeInstanceOf(RangeError);
    expect(e.input).toBe('x');
    expect(e.message).toMatch(/^'x' is not an accepted date; accepted: EDTF dates 'YYYY'/);
  });
});
