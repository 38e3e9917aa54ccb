import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { checkChoice } from '../../src/export/checkChoice.js';
import { csvTable } from '../../src/export/csvTable.js';
import { mainActors } from '../../src/export/mainActors.js';
import { resolveDataset } from '../../src/export/resolveDataset.js';
import { resolveLocation } from '../../src/export/resolveLocation.js';
import { toCSV } from '../../src/export/toCSV.js';
import { toJSONSchema } from '../../src/export/toJSONSchema.js';
import { toNDJSON } from '../../src/export/toNDJSON.js';
import type { EventRecord } from '../../src/schema/types.js';
import { copyMini, miniDataset } from '../fixtures/miniDataset.js';

const event = (participants: EventRecord['participants']): EventRecord => ({ ...miniDataset.events[0], participants });

describe('mainActors', () => {
  it('takes the first perpetrator as actor1 and the first target as actor2, whatever the order', () => {
    const { actor1, actor2 } = mainActors(event([{ entity: 'land', role: 'target' }, { entity: 'group-a', role: 'perpetrator' }]));
    expect([actor1?.entity, actor2?.entity]).toEqual(['group-a', 'land']);
  });

  it('falls back by role rank, and never gives one entity as both', () => {
    expect(mainActors(event([{ entity: 'a', role: 'medium' }, { entity: 'b', role: 'speaker' }, { entity: 'c', role: 'addressee' }]))).toMatchObject({
      actor1: { entity: 'b' },
      actor2: { entity: 'c' },
    });
    expect(mainActors(event([{ entity: 'a', role: 'negotiating-party' }, { entity: 'b', role: 'negotiating-party' }]))).toMatchObject({
      actor1: { entity: 'a' },
      actor2: { entity: 'b' },
    });
    expect(mainActors(event([{ entity: 'a', role: 'perpetrator' }, { entity: 'a', role: 'victim' }]))).toMatchObject({ actor1: { entity: 'a' }, actor2: null });
    expect(mainActors(event([{ entity: 'a', role: 'medium' }]))).toEqual({ actor1: null, actor2: null });
  });

  it('gives every bundled event with a perpetrator that perpetrator as actor1', () => {
    for (const e of dataset.events) {
      const first = e.participants.find((p) => p.role === 'perpetrator');
      if (first !== undefined) expect(mainActors(e).actor1?.entity, e.id).toBe(first.entity);
    }
  });
});

describe('resolveLocation', () => {
  const byId = new Map(miniDataset.entities.map((e) => [e.id, e] as const));
  it('finds the state and the point through the within chain', () => {
    const r = resolveLocation('town', byId);
    expect([r.place?.id, r.country?.id, r.located?.id]).toEqual(['town', 'land', 'town']);
  });
  it('gives nulls for no location or an unknown id', () => {
    expect(resolveLocation(undefined, byId)).toEqual({ place: null, country: null, located: null });
    expect(resolveLocation('nowhere', byId)).toEqual({ place: null, country: null, located: null });
  });
  it('stops at a dangling within', () => {
    const data = copyMini();
    data.entities[1].within = 'missing';
    const map = new Map(data.entities.map((e: { id: string }) => [e.id, e]));
    expect(resolveLocation('town', map as never).country).toBeNull();
  });
});

describe('resolveDataset and checkChoice', () => {
  it('names the one missing array', () => {
    const { eventLinks: _, ...rest } = miniDataset;
    expect(() => resolveDataset(rest as never, 'toDOT')).toThrow(/toDOT: options.dataset is missing the array eventLinks;/);
    expect(() => resolveDataset(42 as never, 'toDOT')).toThrow(/got number/);
    // a given dataset is read once into a checked copy: equal records, not the caller's objects
    const copy = resolveDataset(miniDataset, 'x');
    expect(copy).not.toBe(miniDataset);
    expect(copy.events).toEqual(miniDataset.events);
    expect(copy.entities).toEqual(miniDataset.entities);
    // passing a checked copy back costs nothing: it is taken as it is
    expect(resolveDataset(copy, 'x')).toBe(copy);
  });
  it('names non-string values', () => {
    expect(() => checkChoice('f: kind', 3, ['a'])).toThrow("f: kind must be one of 'a'; got number");
    expect(() => checkChoice('f: kind', null, ['a'])).toThrow("f: kind must be one of 'a'; got null");
  });
  it('quotes only a short prefix of a huge string (toCSV, toNDJSON, toJSONSchema)', () => {
    const huge = 't'.repeat(1e6);
    for (const f of [() => toCSV(huge as never), () => toNDJSON(huge as never), () => toJSONSchema(huge as never)]) {
      let message = '';
      try {
        f();
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/must be one of .*; got 't{48}…' \(1000000 characters\)$/);
      expect(message.length).toBeLessThan(400);
    }
  });
});

describe('csvTable', () => {
  it('leaves evidence cells empty for a record without evidence (invalid data, no crash)', () => {
    const data = copyMini();
    data.eventLinks[0].evidence = [];
    const { header, rows } = csvTable('event-links', data, data.events);
    const row = Object.fromEntries(header.map((h, i) => [h, rows[0]![i]]));
    expect(row).toMatchObject({ source_id: null, first_paragraph: null, paragraph_count: 0 });
  });
});
