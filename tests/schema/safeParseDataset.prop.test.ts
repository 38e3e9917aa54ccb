import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseDataset } from '../../src/schema/safeParseDataset.js';
import { copyMini, miniDataset } from '../fixtures/miniDataset.js';

type Path = (string | number)[];

/** Every path into the fixture (objects and arrays included), computed plainly. */
function allPaths(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => allPaths((value as any)[k], [...prefix, k]))];
}

const paths = allPaths(miniDataset).filter((p) => p.length > 0);

function mutate(path: Path, replacement: unknown, remove: boolean): unknown {
  const copy = copyMini();
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path[path.length - 1]!;
  if (remove) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    parent[last] = replacement;
  }
  return copy;
}

function checkResult(input: unknown) {
  const result = safeParseDataset(input);
  if (result.success) {
    expect(Object.isFrozen(result.data)).toBe(true);
  } else {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(typeof issue.message).toBe('string');
      expect(Array.isArray(issue.path)).toBe(true);
    }
  }
  return result;
}

describe('safeParseDataset never throws', () => {
  it('on arbitrary JSON and JS values (6,000 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true })), (value) => {
        checkResult(value);
      }),
      { numRuns: 6000 },
    );
  });

  it('on a valid dataset with one field replaced or removed (6,000 runs)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.oneof(fc.jsonValue(), fc.string(), fc.integer()), fc.boolean(), (path, replacement, remove) => {
        checkResult(mutate(path, replacement, remove));
      }),
      { numRuns: 6000 },
    );
  });

  it('accepts the fixture itself, so mutations start from a valid dataset', () => {
    expect(safeParseDataset(copyMini()).success).toBe(true);
  });
});
