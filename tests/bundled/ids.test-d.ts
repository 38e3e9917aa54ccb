import { describe, expectTypeOf, it } from 'vitest';
import { getEntity } from '../../src/bundled/getEntity.js';
import { getEvent } from '../../src/bundled/getEvent.js';
import type { EntityId, EventId } from '../../src/bundled/dataset.js';
import { dataset } from '../../src/bundled/dataset.js';

describe('id types', () => {
  it('are literal unions, not string', () => {
    expectTypeOf<EntityId>().not.toEqualTypeOf<string>();
    expectTypeOf<'iraq'>().toExtend<EntityId>();
    expectTypeOf<'kataib-hezbollah'>().toExtend<EntityId>();
    expectTypeOf<'not-an-entity'>().not.toExtend<EntityId>();
    expectTypeOf<EventId>().not.toEqualTypeOf<string>();
    expectTypeOf<'tower-22-drone-attack'>().toExtend<EventId>();
  });

  it('make a wrong id a compile error', () => {
    // @ts-expect-error — a typo in an entity id does not compile
    getEntity('kataib-hezbolah');
    // @ts-expect-error — an event id is not an entity id
    getEntity('tower-22-drone-attack');
    // @ts-expect-error — a typo in an event id does not compile
    getEvent('tower-22-drone-atack');
  });

  it('return the exact record type of the id', () => {
    const iraq = getEntity('iraq');
    expectTypeOf(iraq.id).toEqualTypeOf<'iraq'>();
    expectTypeOf(iraq.kind).toEqualTypeOf<'state'>();
    expectTypeOf(iraq.iso.alpha3).toEqualTypeOf<'IRQ'>();
    expectTypeOf(getEvent('tower-22-drone-attack').id).toEqualTypeOf<'tower-22-drone-attack'>();
  });

  it('keep the bundled data readonly', () => {
    expectTypeOf(dataset.entities).toExtend<readonly unknown[]>();
    // @ts-expect-error — the bundled arrays are readonly
    dataset.entities.push(dataset.entities[0]);
  });
});
