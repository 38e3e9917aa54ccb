import { describe, expect, it } from 'vitest';
import { getEntity } from '../../src/bundled/getEntity.js';
import { dataset } from '../../src/bundled/dataset.js';
import { ArgumentTypeError } from '../../src/errors/ArgumentTypeError.js';
import { UnknownIdError } from '../../src/errors/UnknownIdError.js';

describe('getEntity', () => {
  it('returns the bundled record', () => {
    const iraq = getEntity('iraq');
    expect(iraq).toBe(dataset.entities.find((e) => e.id === 'iraq'));
    expect(iraq.kind).toBe('state');
  });

  it('throws an UnknownIdError naming the nearest ids for a wrong id from JS', () => {
    expect(() => getEntity('kataib-hezbolah' as never)).toThrow(UnknownIdError);
    expect(() => getEntity('kataib-hezbolah' as never)).toThrow(/getEntity: id: unknown entity id 'kataib-hezbolah'; did you mean 'kataib-hezbollah'/);
  });

  it('gives a typed error that shows a non-string id', () => {
    expect(() => getEntity(42 as never)).toThrow(ArgumentTypeError);
    expect(() => getEntity(42 as never)).toThrow(TypeError);
    expect(() => getEntity(42 as never)).toThrow(/getEntity: id: expected an entity id \(a string\), got 42$/);
    expect(() => getEntity(null as never)).toThrow(/got null$/);
    expect(() => getEntity(undefined as never)).toThrow(/got undefined$/);
    expect(() => getEntity(Symbol('x') as never)).toThrow(/got a symbol \(x\)$/);
  });

  it('suggests only close matches, by id, name or alias, with case folded', () => {
    const suggestions = (id: string) => {
      try {
        getEntity(id as never);
      } catch (e) {
        return (e as UnknownIdError).suggestions;
      }
      return null;
    };
    expect(suggestions('KH')).toEqual(['kataib-hezbollah']);
    expect(suggestions('Kataib-Hezbollah')).toEqual(['kataib-hezbollah']);
    expect(suggestions('Kataib-Hezbollah')).not.toContain('baghdad');
    expect(suggestions('zzzzzzzz')).toEqual([]);
    expect(suggestions('irak')).toEqual(expect.arrayContaining(['iraq', 'iran']));
  });

  it('quotes a short prefix of a long id, at once', () => {
    const huge = 'k'.repeat(1_000_000);
    let message = '';
    try {
      getEntity(huge as never);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message.length).toBeLessThan(200);
    expect(message).toContain('(1000000 characters)');
  });
});
