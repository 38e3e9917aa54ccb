import { describe, expectTypeOf, it } from 'vitest';
import type { BundledDataset, EntityId, EventId } from '../../src/bundled/dataset.js';
import { between } from '../../src/query/between.js';
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
});
