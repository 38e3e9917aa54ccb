import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { diffDatasets } from '../../src/diff/diffDatasets.js';
import { fieldBump } from '../../src/diff/fieldBump.js';
import { formatDataChanges } from '../../src/diff/formatDataChanges.js';
import type { DiffableDataset } from '../../src/diff/types.js';
import { ArgumentRangeError } from '../../src/errors/ArgumentRangeError.js';
import { ArgumentTypeError } from '../../src/errors/ArgumentTypeError.js';

const thrown = (f: () => unknown): Error => {
  try {
    f();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
};
const copy = () => structuredClone(dataset) as unknown as Record<string, Record<string, unknown>[]> & { schemaVersion: string };
const GETTER = new Error('GETTER');
const getter = (o: object, key: string) => Object.defineProperty(o, key, { get: () => { throw GETTER; }, enumerable: true, configurable: true });
const throwingProxy = <T extends object>(target: T): T => new Proxy(target, { get: () => { throw GETTER; }, ownKeys: () => { throw GETTER; }, getOwnPropertyDescriptor: () => { throw GETTER; }, has: () => { throw GETTER; } });

describe('fieldBump: checked arguments', () => {
  it('an unknown kind is an error, inherited names included (no prototype lookup)', () => {
    for (const kind of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'foo', 'entity', '']) {
      const e = thrown(() => fieldBump(kind as never, ['description']));
      expect(e).toBeInstanceOf(ArgumentRangeError);
      expect(e.message).toMatch(/^fieldBump: kind: '.*' is not a record kind; accepted: one of 'sources', 'entities', 'events', 'relationships', 'eventLinks'/);
    }
    for (const kind of [5, null, undefined, Symbol('k'), {}, ['entities']]) {
      const e = thrown(() => fieldBump(kind as never, ['description']));
      expect(e).toBeInstanceOf(ArgumentTypeError);
      expect(e.message.startsWith('fieldBump: kind: expected a record kind')).toBe(true);
    }
  });

  it('a path must be an array of keys and indexes; a string is an error, not split', () => {
    const string = thrown(() => fieldBump('entities', 'description' as never));
    expect(string).toBeInstanceOf(ArgumentTypeError);
    expect(string.message).toContain(`got a string (write ["description"] for a top-level field)`);
    for (const [path, says] of [
      [5, 'got a number'],
      [null, 'got null'],
      [undefined, 'got undefined'],
      [{}, 'got an object'],
      [[], 'got an array of 0'],
      [Array.from({ length: 65 }, () => 'a'), 'got an array of 65'],
      [['a', null], 'element 1 is null'],
      [['a', -1], 'element 1 is -1'],
      [['a', 1.5], 'element 1 is 1.5'],
      [[Symbol('s')], 'element 0 is a symbol'],
      [[undefined], 'element 0 is undefined'],
    ] as const) {
      const e = thrown(() => fieldBump('entities', path as never));
      expect(e, String(says)).toBeInstanceOf(ArgumentTypeError);
      expect(e.message.startsWith('fieldBump: path: expected a field path')).toBe(true);
      expect(e.message).toContain(says);
    }
  });

  it('a path whose elements cannot be read: an ArgumentTypeError naming the element, the original as cause', () => {
    const e = thrown(() => fieldBump('entities', getter(['a', 'b'], '1') as never));
    expect(e).toBeInstanceOf(ArgumentTypeError);
    expect(e.message).toMatch(/^fieldBump: path: reading element 1 of the path threw \(Error: GETTER\)/);
    expect(e.cause).toBe(GETTER);
    expect(thrown(() => fieldBump('entities', throwingProxy(['a']) as never)).cause).toBe(GETTER);
  });

  it('valid input gives the same answers as before', () => {
    expect(fieldBump('entities', ['description'])).toBe('patch');
    expect(fieldBump('entities', ['kind'])).toBe('major');
    expect(fieldBump('events', ['participants', 0, 'note'])).toBe('patch');
    expect(fieldBump('events', [0])).toBe('minor');
  });
});

describe('formatDataChanges: checked arguments', () => {
  const good = diffDatasets(dataset, dataset);

  it('a value that is not a diff names the part that is wrong', () => {
    for (const [diff, says] of [
      [42, 'diff must be an object, a result of diffDatasets, got 42'],
      [null, 'got null'],
      [{}, 'diff.schemaVersion must be null or { old, new }, got undefined'],
      [{ ...good, added: 'x' }, 'diff.added must be an array, got a string'],
      [{ ...good, added: [{ kind: 'constructor', id: 'x' }] }, 'diff.added[0].kind must be a record kind'],
      [{ ...good, changed: [{ kind: 'events', id: 'x', changes: [{ path: 'date' }] }] }, 'diff.changed[0].changes[0].path: expected a field path'],
      [{ ...good, counts: { ...good.counts, events: { ...good.counts.events, added: -1 } } }, 'diff.counts.events.added must be a count (an integer ≥ 0), got -1'],
      [{ ...good, bump: 'huge' }, 'diff.bump must be one of none, patch, minor, major, got a string'],
      [Object.create(good), 'diff.schemaVersion must be null or { old, new }, got undefined'],
    ] as const) {
      const e = thrown(() => formatDataChanges(diff as never));
      expect(e, says).toBeInstanceOf(ArgumentTypeError);
      expect(e.message.startsWith('formatDataChanges:')).toBe(true);
      expect(e.message).toContain(says);
    }
  });

  it('a diff whose parts cannot be read: the error names where, the original as cause', () => {
    const e = thrown(() => formatDataChanges(getter({ ...good }, 'added') as never));
    expect(e).toBeInstanceOf(ArgumentTypeError);
    expect(e.message).toMatch(/^formatDataChanges: diff: reading diff\.added threw \(Error: GETTER\)/);
    expect(e.cause).toBe(GETTER);
    expect(thrown(() => formatDataChanges(throwingProxy({ ...good }) as never)).cause).toBe(GETTER);
  });

  it('the heading must be one line of text', () => {
    const sym = thrown(() => formatDataChanges(good, Symbol() as never));
    expect(sym).toBeInstanceOf(ArgumentTypeError);
    expect(sym.message).toBe('formatDataChanges: heading: expected a heading line (a string), got a symbol');
    expect(thrown(() => formatDataChanges(good, 5 as never))).toBeInstanceOf(ArgumentTypeError);
    expect(thrown(() => formatDataChanges(good, '## a\n## b'))).toBeInstanceOf(ArgumentRangeError);
    expect(formatDataChanges(good, '## Data')).toBe('## Data\n\nNo data changes.\n');
  });
});

describe('diffDatasets: hostile input', () => {
  it('a throwing getter in a record: an ArgumentTypeError naming the kind, id and field, the original as cause', () => {
    const next = copy();
    const id = next['events']![0]!['id'] as string;
    getter(next['events']![0]!, 'summary');
    const e = thrown(() => diffDatasets(dataset, next as never));
    expect(e).toBeInstanceOf(ArgumentTypeError);
    expect(e.message).toMatch(new RegExp(`^diffDatasets: dataset: reading events "${id}" at summary threw \\(Error: GETTER\\)`));
    expect(e.cause).toBe(GETTER);
  });

  it('a throwing getter for a record, a kind, the version or the renames: named too', () => {
    const at = (f: () => unknown) => {
      const e = thrown(f);
      expect(e).toBeInstanceOf(ArgumentTypeError);
      expect(e.cause).toBe(GETTER);
      return e.message;
    };
    const a = copy();
    getter(a['entities']!, '2');
    expect(at(() => diffDatasets(a as never, dataset))).toContain("reading the old dataset's entities[2] threw");
    expect(at(() => diffDatasets(dataset, getter(copy(), 'events') as never))).toContain("reading the new dataset's 'events' threw");
    expect(at(() => diffDatasets(getter(copy(), 'schemaVersion') as never, dataset))).toContain("reading the old dataset's schemaVersion threw");
    expect(at(() => diffDatasets(dataset, dataset, getter({}, 'renames') as never))).toContain('reading options.renames threw');
    expect(at(() => diffDatasets(dataset, dataset, { renames: getter({}, 'x') } as never))).toContain('reading options.renames["x"] threw');
    expect(at(() => diffDatasets(dataset, dataset, { renames: throwingProxy({}) } as never))).toContain('reading options.renames threw');
    expect(at(() => diffDatasets(throwingProxy(copy()) as never, dataset))).toContain('diffDatasets: oldDataset: reading');
  });

  it('two renames onto one new id are an error', () => {
    const [r0, r1] = dataset.relationships;
    const next = copy();
    next['relationships'] = next['relationships']!.filter((r) => r['id'] !== r0!.id && r['id'] !== r1!.id).concat([{ ...structuredClone(r0!), id: 'z' }]);
    const e = thrown(() => diffDatasets(dataset, next as never, { renames: { [r0!.id]: 'z', [r1!.id]: 'z' } }));
    expect(e).toBeInstanceOf(ArgumentRangeError);
    expect(e.message).toMatch(/^diffDatasets: options\.renames gives the new id "z" to both ".+" and ".+"; accepted: each new id taken by one old id$/);
    // one rename onto z is fine
    expect(diffDatasets(dataset, next as never, { renames: { [r0!.id]: 'z' } }).renamed).toHaveLength(1);
  });

  it('messages use the right article ("got undefined", "got an object"), errors are the branded classes', () => {
    const noVersion = thrown(() => diffDatasets({ ...copy(), schemaVersion: undefined } as never, dataset));
    expect(noVersion).toBeInstanceOf(ArgumentTypeError);
    expect(noVersion.message).toMatch(/schemaVersion must be a string such as "1\.0\.0"; got undefined$/);
    expect(thrown(() => diffDatasets(dataset, { ...copy(), schemaVersion: {} } as never)).message).toMatch(/got an object$/);
    expect(thrown(() => diffDatasets(dataset, { ...copy(), events: [{}] } as never)).message).toMatch(/got an id that is undefined$/);
    expect(thrown(() => diffDatasets(dataset, { ...copy(), events: [{ id: 'a' }, { id: 'a' }] } as never))).toBeInstanceOf(ArgumentRangeError);
    expect(thrown(() => diffDatasets(dataset, dataset, { renames: { nobody: 'x' } }))).toBeInstanceOf(ArgumentRangeError);
  });

  it('an inherited id or kind list is not read (own properties only)', () => {
    const next = copy();
    next['events'] = [Object.create({ id: 'from-the-prototype' })];
    expect(thrown(() => diffDatasets(dataset, next as never)).message).toMatch(/events\[0\] must be a record with a string id; got an id that is undefined/);
    const inherited = Object.assign(Object.create({ events: [] }), { ...copy() });
    delete inherited.events;
    expect(thrown(() => diffDatasets(inherited as DiffableDataset, dataset)).message).toMatch(/the old dataset's 'events' must be an array of records; got undefined/);
  });
});
