import { describe, expectTypeOf, it } from 'vitest';
import { createIndex } from '../../src/query/createIndex.js';
import type { ChainEntry, EntityMatch, MembershipEntry, PathResult, QueryIndex, RelationView } from '../../src/query/types.js';
import type { DatasetRecord } from '../../src/schema/types.js';
import { miniDataset } from '../fixtures/miniDataset.js';

const ix = createIndex(miniDataset);
type Mini = typeof miniDataset;
type MiniEvent = Mini['events'][number];

describe('createIndex types', () => {
  it('types helpers by the dataset’s literal ids', () => {
    expectTypeOf(ix).toEqualTypeOf<QueryIndex<Mini>>();
    expectTypeOf(ix.byActor).parameter(0).toEqualTypeOf<'land' | 'town' | 'group-a' | 'umbrella'>();
    expectTypeOf(ix.causes).parameter(0).toEqualTypeOf<'attack-one' | 'threat-one'>();
  });

  it('keeps literal types in results, read-only', () => {
    const events = ix.byActor('group-a');
    expectTypeOf(events).toEqualTypeOf<readonly MiniEvent[]>();
    expectTypeOf(events[0]!.id).toEqualTypeOf<'attack-one' | 'threat-one'>();
    expectTypeOf(ix.between('2024', null)[0]!.type).toEqualTypeOf<'drone-strike' | 'threat'>();
    expectTypeOf(ix.findEntity('x')[0]!.entity.id).toEqualTypeOf<'land' | 'town' | 'group-a' | 'umbrella'>();
    expectTypeOf(ix.findEntity('x')).toEqualTypeOf<readonly EntityMatch<Mini>[]>();
    expectTypeOf(ix.relationsOf('land')).toEqualTypeOf<readonly RelationView<Mini>[]>();
    expectTypeOf(ix.relationsOf('land')[0]!.relationship.id).toEqualTypeOf<'group-a-member-of-umbrella'>();
    expectTypeOf(ix.path('land', 'town')).toEqualTypeOf<PathResult<Mini> | null>();
    expectTypeOf(ix.membersOf('umbrella')).toEqualTypeOf<readonly MembershipEntry<Mini>[]>();
    expectTypeOf(ix.causes('threat-one')).toEqualTypeOf<readonly ChainEntry<Mini>[]>();
    expectTypeOf(ix.causes('threat-one')[0]!.link.id).toEqualTypeOf<'threat-follows-attack'>();
    // @ts-expect-error — results are read-only
    ix.byActor('group-a').push(miniDataset.events[0]);
  });

  it('types byPlace and the place filter by the dataset’s places and states, and chains with via', () => {
    expectTypeOf(ix.byPlace).parameter(0).toEqualTypeOf<'land' | 'town'>();
    // @ts-expect-error — a group is not a place
    ix.byPlace('group-a');
    // @ts-expect-error — nor in the place filter
    ix.query({ place: 'umbrella' });
    expectTypeOf(ix.causes('threat-one')[0]!.via[0]!.id).toEqualTypeOf<'threat-follows-attack'>();
  });

  it('rejects a wrong id at compile time', () => {
    // @ts-expect-error — not an entity of this dataset
    ix.byActor('group-b');
    // @ts-expect-error — an event id is not an entity id
    ix.byActor('attack-one');
    // @ts-expect-error — an entity id is not an event id
    ix.causes('land');
    // @ts-expect-error — a wrong place id in a filter
    ix.query({ place: 'city' });
    // @ts-expect-error — a wrong second entity of a path
    ix.path('land', 'nowhere');
  });

  it('rejects a wrong option name or value at compile time', () => {
    // @ts-expect-error — the option is `roles`
    ix.byActor('group-a', { role: 'perpetrator' });
    // @ts-expect-error — not a role
    ix.byActor('group-a', { roles: ['shooter'] });
    // @ts-expect-error — not an event type
    ix.byType('bombing');
    // @ts-expect-error — `mode` is 'overlap' or 'within'
    ix.between('2024', '2025', { mode: 'inside' });
    // @ts-expect-error — `between` takes the window as arguments, not options
    ix.between('2024', '2025', { from: '2023' });
    // @ts-expect-error — `direction` is 'outgoing' | 'incoming' | 'both'
    ix.relationsOf('land', { direction: 'in' });
    // @ts-expect-error — not a predicate or an inverse
    ix.relationsOf('land', { predicate: 'likes' });
    // @ts-expect-error — causes takes link `types`
    ix.causes('threat-one', { type: 'follows' });
    ix.relationsOf('land', { predicate: ['backs', 'member-of'], direction: 'incoming', asOf: new Date() });
    ix.query({ actor: 'group-a', roles: 'perpetrator', includeMembers: true, from: '2024', to: null, type: ['drone-strike'], place: 'land', modality: 'actual' });
  });

  it('infers literal ids from a dataset passed inline (const type parameter), as in the JSDoc example', () => {
    const mine = createIndex({
      schemaVersion: '1.0.0',
      sources: [],
      relationships: [],
      eventLinks: [],
      entities: [{ id: 'x', kind: 'group', name: 'X', aliases: [], description: 'A group.', evidence: [{ source: 's', paragraphs: [1] }], certainty: 'stated' }],
      events: [
        { id: 'e1', type: 'statement', modality: 'actual', date: '2024-05', participants: [{ entity: 'x', role: 'speaker' }], summary: 'X spoke.', attributedTo: null, evidence: [{ source: 's', paragraphs: [1] }], certainty: 'stated' },
      ],
    });
    expectTypeOf(mine.byActor('x')[0]!.id).toEqualTypeOf<'e1'>();
    // @ts-expect-error — 'y' is not an entity id of this dataset
    mine.byActor('y');
  });

  it('falls back to plain strings for a dataset that is not a literal', () => {
    const loose = createIndex({} as DatasetRecord);
    expectTypeOf(loose.byActor).parameter(0).toEqualTypeOf<string>();
    loose.byActor('anything');
  });
});
