import { describe, expectTypeOf, it } from 'vitest';
import type { BundledDataset, EntityId, EventId } from '../../src/bundled/dataset.js';
import { between } from '../../src/query/between.js';
import { byPlace, type PlaceId } from '../../src/query/byPlace.js';
import type { PlaceIdOf } from '../../src/query/types.js';
import type { DatasetRecord } from '../../src/schema/types.js';
import { byActor } from '../../src/query/byActor.js';
import { causes } from '../../src/query/causes.js';
import { findEntity } from '../../src/query/findEntity.js';
import { membersOf } from '../../src/query/membersOf.js';
import { path } from '../../src/query/path.js';
import { query } from '../../src/query/query.js';
import { relationsOf } from '../../src/query/relationsOf.js';
import { timeline } from '../../src/query/timeline.js';

type BundledEventRecord = BundledDataset['events'][number];

describe('bundled helpers types', () => {
  it('take the bundled literal ids and keep literal types in results', () => {
    expectTypeOf(byActor).parameter(0).toEqualTypeOf<EntityId>();
    expectTypeOf(causes).parameter(0).toEqualTypeOf<EventId>();
    expectTypeOf(byActor('kataib-hezbollah')).toEqualTypeOf<readonly BundledEventRecord[]>();
    expectTypeOf(between('2024', null)[0]!.id).toEqualTypeOf<EventId>();
    expectTypeOf(timeline()[0]!.id).toEqualTypeOf<EventId>();
    expectTypeOf(findEntity('x')[0]!.entity.id).toEqualTypeOf<EntityId>();
    expectTypeOf(membersOf('iraq')[0]!.entity.id).toEqualTypeOf<EntityId>();
    expectTypeOf(relationsOf('iraq')[0]!.other.id).toEqualTypeOf<EntityId>();
    expectTypeOf(path('iraq', 'kataib-hezbollah')!.entities[0]!.id).toEqualTypeOf<EntityId>();
  });

  it('reject wrong ids and option names', () => {
    // @ts-expect-error — a typo in an entity id
    byActor('kataib-hezbolah');
    // @ts-expect-error — a typo in an option name
    byActor('kataib-hezbollah', { includeMember: true });
    // @ts-expect-error — an entity id where an event id is expected
    causes('iraq');
    // @ts-expect-error — a wrong actor in a composite query
    query({ actor: 'irak' });
    // @ts-expect-error — results are read-only
    timeline().pop();
  });

  it('type byPlace and the place filter by place and state ids only, derived from the data', () => {
    expectTypeOf(byPlace).parameter(0).toEqualTypeOf<PlaceId>();
    expectTypeOf<'baghdad'>().toExtend<PlaceId>();
    expectTypeOf<'iraq'>().toExtend<PlaceId>();
    expectTypeOf<'kataib-hezbollah'>().not.toExtend<PlaceId>();
    expectTypeOf<PlaceId>().toExtend<EntityId>();
    // every bundled entity of kind place or state, and nothing else
    type Derived = Extract<BundledDataset['entities'][number], { kind: 'place' | 'state' }>['id'];
    expectTypeOf<PlaceId>().toEqualTypeOf<Derived>();
    // any dataset of the package's shape: any string id may be a place
    expectTypeOf<PlaceIdOf<DatasetRecord>>().toEqualTypeOf<string>();
    // @ts-expect-error — an armed group is not a place
    byPlace('kataib-hezbollah');
    // @ts-expect-error — nor in the place filter
    query({ place: 'hamas' });
    // the modality filter takes 'any'
    expectTypeOf(timeline({ modality: 'any' })).toEqualTypeOf<readonly BundledEventRecord[]>();
  });
});
