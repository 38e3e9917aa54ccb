import { afterEach, describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { safeParseDataset } from '../../src/schema/safeParseDataset.js';
import { copyMini } from '../fixtures/miniDataset.js';

// A polluted prototype lends nothing to the cross-record checks: valid data stays valid, and
// bad data gets issues, never a bare TypeError from inside.

const planted: [object, PropertyKey][] = [];
function plant(target: object, key: PropertyKey, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  planted.push([target, key]);
}
afterEach(() => {
  for (const [target, key] of planted.splice(0)) delete (target as Record<PropertyKey, unknown>)[key];
});

describe.each([
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
] as const)('with %s[0] planted', (_name, proto) => {
  it('accepts the bundled dataset', () => {
    const copy = structuredClone(dataset);
    plant(proto, 0, 'x');
    const result = safeParseDataset(copy);
    expect(result.issues).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('accepts a small valid dataset', () => {
    const copy = copyMini();
    plant(proto, 0, 'x');
    expect(safeParseDataset(copy).success).toBe(true);
  });

  it('still reports a membership cycle and a dangling reference, at their paths', () => {
    const copy = structuredClone(dataset) as any;
    copy.events[0].participants[0].entity = 'no-such-entity';
    plant(proto, 0, 'x');
    const result = safeParseDataset(copy);
    expect(result.success).toBe(false);
    expect(result.issues.map((i) => i.path)).toContainEqual(['events', 0, 'participants', 0, 'entity']);
  });
});
