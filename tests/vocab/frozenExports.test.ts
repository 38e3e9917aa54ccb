import { describe, expect, it } from 'vitest';
import * as main from '../../src/index.js';
import * as exporter from '../../src/export/index.js';
import * as schema from '../../src/schema/index.js';

/** Paths (from the export) of every object reachable from `value` that is not frozen. */
function unfrozenPaths(value: unknown, path: string, seen = new Set<unknown>()): string[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const out = Object.isFrozen(value) ? [] : [path];
  for (const key of Reflect.ownKeys(value)) {
    out.push(...unfrozenPaths((value as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`, seen));
  }
  return out;
}

/** zod schemas are objects with lazily filled internals; they are the one kind of object export left unfrozen. */
const isZodSchema = (value: unknown): boolean => typeof value === 'object' && value !== null && '_zod' in value;

const entries = { 'iraq-militias': main, 'iraq-militias/schema': schema, 'iraq-militias/export': exporter } as const;

describe('every exported object is deeply frozen', () => {
  for (const [entry, module] of Object.entries(entries)) {
    const objects = Object.entries(module).filter(([, v]) => typeof v === 'object' && v !== null && !isZodSchema(v));
    it(`${entry} exports objects at all (the check has something to check)`, () => {
      expect(objects.length).toBeGreaterThan(entry === 'iraq-militias/schema' ? -1 : 3);
    });
    for (const [name, value] of objects) {
      it(`${entry}: ${name}`, () => {
        expect(unfrozenPaths(value, name)).toEqual([]);
      });
    }
  }

  it('plain-JS mutations throw instead of changing what helpers answer', () => {
    expect(() => (main.EVENT_TYPES as unknown as string[]).sort()).toThrow(TypeError);
    expect(() => (main.ROLES as unknown as string[]).reverse()).toThrow(TypeError);
    expect(() => {
      (main.PREDICATE_INFO['backed-by'] as { inverse: string }).inverse = 'sponsors';
    }).toThrow(TypeError);
    expect(() => {
      (main.PREDICATE_INFO['member-of'].subjectKinds as unknown as string[]).push('place');
    }).toThrow(TypeError);
    expect(main.PREDICATE_INFO['backed-by'].inverse).toBe('backs');
    expect(main.EVENT_TYPES[0]).toBe('attack');
    expect(main.byType('drone-strike').length).toBeGreaterThan(0);
  });
});
