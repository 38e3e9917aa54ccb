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

  it('shows non-string ids as they are and leaves out an empty hint', () => {
    expect(new UnknownIdError('event', 42, []).message).toBe('unknown event id 42');
    expect(new UnknownIdError('event', null, []).message).toBe('unknown event id null');
  });

  it('quotes at most a short prefix of a long id', () => {
    const e = new UnknownIdError('entity', 'x'.repeat(1_000_000), []);
    expect(e.message.length).toBeLessThan(120);
    expect(e.message).toMatch(/^unknown entity id 'x{48}…' \(1000000 characters\)$/);
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
