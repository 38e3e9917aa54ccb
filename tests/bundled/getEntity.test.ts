import { describe, expect, it } from 'vitest';
import { getEntity } from '../../src/bundled/getEntity.js';
import { dataset } from '../../src/bundled/dataset.js';
import { UnknownIdError } from '../../src/errors/UnknownIdError.js';

describe('getEntity', () => {
  it('returns the bundled record', () => {
    const iraq = getEntity('iraq');
    expect(iraq).toBe(dataset.entities.find((e) => e.id === 'iraq'));
    expect(iraq.kind).toBe('state');
  });

  it('throws an UnknownIdError naming the nearest ids for a wrong id from JS', () => {
    expect(() => getEntity('kataib-hezbolah' as never)).toThrow(UnknownIdError);
    expect(() => getEntity('kataib-hezbolah' as never)).toThrow(/getEntity: unknown entity id 'kataib-hezbolah'; did you mean 'kataib-hezbollah'/);
    expect(() => getEntity(undefined as never)).toThrow(/unknown entity id an undefined value/);
  });
});
