import { describe, expect, it } from 'vitest';
import { createIndex } from '../../src/query/createIndex.js';
import type { DatasetRecord } from '../../src/schema/types.js';
import { miniDataset } from '../fixtures/miniDataset.js';

type Mutable = { -readonly [K in keyof DatasetRecord]: unknown[] } & Record<string, unknown>;
const ids = (xs: readonly { readonly id: string }[]) => xs.map((x) => x.id);

describe('an index never goes stale silently', () => {
  it('freezes the parts of the dataset its answers depend on, so a later change throws', () => {
    const data = structuredClone(miniDataset) as unknown as Mutable;
    const ix = createIndex(data as unknown as DatasetRecord);
    const before = { all: ids(ix.timeline({ modality: 'any' })), land: ids(ix.byPlace('land', { modality: 'any' })), found: ix.findEntity('land').length };
    const event = data.events[0] as Record<string, unknown> & { participants: unknown[] };
    const entity = data.entities[0] as Record<string, unknown> & { aliases: unknown[] };
    const attempts: Array<() => unknown> = [
      () => data.events.push({ ...event, id: 'new-event' }),
      () => data.events.pop(),
      () => data.events.sort(),
      () => (event['date'] = '1990'),
      () => (event['location'] = 'land'),
      () => delete event['location'],
      () => event.participants.push({ entity: 'land', role: 'target' }),
      () => ((event.participants[0] as Record<string, unknown>)['entity'] = 'land'),
      () => entity.aliases.push('Somewhere'),
      () => (entity['within'] = 'town'),
      () => ((data.relationships[0] as Record<string, unknown>)['valid'] = '1000'),
      () => ((data.eventLinks[0] as Record<string, unknown>)['type'] = 'part-of'),
      () => (data['events'] = []),
    ];
    for (const attempt of attempts) expect(attempt).toThrow(TypeError);
    expect({ all: ids(ix.timeline({ modality: 'any' })), land: ids(ix.byPlace('land', { modality: 'any' })), found: ix.findEntity('land').length }).toEqual(before);
    expect(ix.dataset).toBe(data);
  });

  it('a copy stays editable, and a new index over it sees the change', () => {
    const data = structuredClone(miniDataset) as unknown as Mutable;
    const copy = structuredClone(data);
    createIndex(data as unknown as DatasetRecord);
    copy.events.pop();
    expect(createIndex(copy as unknown as DatasetRecord).timeline({ modality: 'any' })).toHaveLength(miniDataset.events.length - 1);
  });
});
