import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { getEvent } from '../../src/bundled/getEvent.js';
import { UnknownIdError } from '../../src/errors/UnknownIdError.js';

describe('getEvent', () => {
  it('returns every bundled event by its id', () => {
    for (const event of dataset.events) expect(getEvent(event.id)).toBe(event);
  });

  it('throws an UnknownIdError naming the nearest ids for a wrong id from JS', () => {
    const first = dataset.events[0]!.id;
    const typo = `${first}x`;
    expect(() => getEvent(typo as never)).toThrow(UnknownIdError);
    expect(() => getEvent(typo as never)).toThrow(new RegExp(`did you mean '${first}'`));
  });
});
