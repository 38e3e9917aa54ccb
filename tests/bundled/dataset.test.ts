import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { entities, eventLinks, events, relationships, sources } from '../../src/bundled/records.js';
import { SCHEMA_VERSION } from '../../src/vocab/provenance.js';

function everyObject(value: unknown, seen: unknown[] = []): unknown[] {
  if (value === null || typeof value !== 'object') return seen;
  seen.push(value);
  for (const child of Object.values(value)) everyObject(child, seen);
  return seen;
}

describe('the bundled dataset', () => {
  it('carries the schema version and exposes each record kind', () => {
    expect(dataset.schemaVersion).toBe(SCHEMA_VERSION);
    expect(entities).toBe(dataset.entities);
    expect(events).toBe(dataset.events);
    expect(relationships).toBe(dataset.relationships);
    expect(eventLinks).toBe(dataset.eventLinks);
    expect(sources).toBe(dataset.sources);
  });

  it('is deep-frozen: every nested object and array is frozen', () => {
    const all = everyObject(dataset);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((o) => !Object.isFrozen(o))).toEqual([]);
  });

  it('throws on any attempt to mutate a record', () => {
    const entity = dataset.entities[0] as unknown as Record<string, unknown>;
    expect(() => {
      entity.name = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      (dataset.events as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (dataset.events[0]!.participants as unknown as unknown[]).splice(0, 1);
    }).toThrow(TypeError);
    expect(() => {
      delete (dataset.relationships[0] as unknown as Record<string, unknown>).predicate;
    }).toThrow(TypeError);
  });
});
