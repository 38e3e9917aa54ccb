import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { diffDatasets } from '../../src/diff/diffDatasets.js';
import type { DiffableDataset } from '../../src/diff/types.js';

/** A mutable deep copy of the bundled dataset. */
const copy = (): { -readonly [K in keyof typeof dataset]: any } => JSON.parse(JSON.stringify(dataset));

describe('diffDatasets', () => {
  it('finds nothing between a dataset and a copy of it', () => {
    const diff = diffDatasets(dataset, copy());
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([]);
    expect(diff.bump).toBe('none');
    expect(diff.reasons).toEqual([]);
    expect(diff.counts.events).toEqual({ added: 0, removed: 0, renamed: 0, changed: 0, unchanged: dataset.events.length });
  });

  it('reports exactly one entity removed, one date changed and one description reworded, and needs major', () => {
    const next = copy();
    next.entities = next.entities.filter((e: { id: string }) => e.id !== 'saddam-hussein');
    const tower = next.events.find((e: { id: string }) => e.id === 'tower-22-drone-attack');
    tower.date = '2024-01-28';
    const kh = next.entities.find((e: { id: string }) => e.id === 'kataib-hezbollah');
    kh.description = 'Reworded for the test.';
    const diff = diffDatasets(dataset, next);
    expect(diff.removed).toEqual([{ kind: 'entities', id: 'saddam-hussein' }]);
    expect(diff.added).toEqual([]);
    expect(diff.changed).toEqual([
      {
        kind: 'entities',
        id: 'kataib-hezbollah',
        bump: 'patch',
        changes: [{ path: ['description'], field: 'description', old: dataset.entities.find((e) => e.id === 'kataib-hezbollah')!.description, new: 'Reworded for the test.', bump: 'patch' }],
      },
      { kind: 'events', id: 'tower-22-drone-attack', bump: 'minor', changes: [{ path: ['date'], field: 'date', old: '2024-01-21~/2024-01-31', new: '2024-01-28', bump: 'minor' }] },
    ]);
    expect(diff.bump).toBe('major');
    expect(diff.reasons.map((r) => r.bump)).toEqual(['major', 'minor', 'patch']);
    expect(diff.reasons[0]!.reason).toMatch(/1 record removed: entities\/saddam-hussein/);
  });

  it('classifies each change by the semver rule: identity major, facts minor, wording patch', () => {
    const next = copy();
    next.relationships[0].predicate = 'allied-with';
    next.events[0].participants[0].role = 'victim';
    next.events[1].summary = 'Other words.';
    next.events[2].evidence[0].paragraphs = [1];
    const diff = diffDatasets(dataset, next);
    const bumps = Object.fromEntries(diff.changed.flatMap((c) => c.changes.map((f) => [`${c.kind}/${c.id}/${f.field}`, f.bump])));
    expect(bumps).toEqual({
      [`relationships/${dataset.relationships[0].id}/predicate`]: 'major',
      [`events/${dataset.events[0].id}/participants[0].role`]: 'minor',
      [`events/${dataset.events[1].id}/summary`]: 'patch',
      [`events/${dataset.events[2].id}/evidence[0].paragraphs[0]`]: 'patch',
    });
    expect(diff.bump).toBe('major');
  });

  it('reports a new record as minor, a field added or removed with only its present value', () => {
    const next = copy();
    next.events.push({ ...next.events[0], id: 'zz-new-event' });
    const e = next.events.find((x: { id: string }) => x.id === 'tower-22-drone-attack');
    delete e.dateText;
    e.extra = { a: 1 };
    const diff = diffDatasets(dataset, next);
    expect(diff.added).toEqual([{ kind: 'events', id: 'zz-new-event' }]);
    const fields = diff.changed[0]!.changes;
    expect(fields.map((f) => f.field)).toEqual(['dateText', 'extra']);
    expect(fields[0]).toEqual({ path: ['dateText'], field: 'dateText', old: 'late January', bump: 'patch' });
    expect('new' in fields[0]!).toBe(false);
    expect(fields[1]).toEqual({ path: ['extra'], field: 'extra', new: { a: 1 }, bump: 'minor' });
    expect(diff.bump).toBe('minor');
  });

  it('treats a rename as a removal plus an addition, unless the rename map names it; references that follow the rename are no change', () => {
    const next = copy();
    const rename = (id: string): string => (id === 'kataib-hezbollah' ? 'kataib-hizballah' : id);
    next.entities = next.entities.map((x: { id: string }) => ({ ...x, id: rename(x.id) }));
    next.events = next.events.map((x: { participants: { entity: string }[] }) => ({ ...x, participants: x.participants.map((p) => ({ ...p, entity: rename(p.entity) })) }));
    next.relationships = next.relationships.map((r: { subject: string; object: string }) => ({ ...r, subject: rename(r.subject), object: rename(r.object) }));
    const plain = diffDatasets(dataset, next);
    expect(plain.removed).toEqual([{ kind: 'entities', id: 'kataib-hezbollah' }]);
    expect(plain.added).toEqual([{ kind: 'entities', id: 'kataib-hizballah' }]);
    expect(plain.changed.length).toBeGreaterThan(1);
    const mapped = diffDatasets(dataset, next, { renames: { 'kataib-hezbollah': 'kataib-hizballah' } });
    expect(mapped.removed).toEqual([]);
    expect(mapped.added).toEqual([]);
    expect(mapped.renamed).toEqual([{ kind: 'entities', from: 'kataib-hezbollah', to: 'kataib-hizballah' }]);
    expect(mapped.changed).toEqual([{ kind: 'entities', id: 'kataib-hizballah', renamedFrom: 'kataib-hezbollah', changes: [], bump: 'major' }]);
    expect(mapped.counts.entities.renamed).toBe(1);
    expect(mapped.bump).toBe('major');
    expect(() => diffDatasets(dataset, next, { renames: { nobody: 'someone' } })).toThrow(/renames "nobody" match no record/);
  });

  it('reads a schemaVersion change by its own semver', () => {
    const [major, minor, patch] = dataset.schemaVersion.split('.').map(Number) as [number, number, number];
    expect(diffDatasets(dataset, { ...copy(), schemaVersion: `${major}.${minor + 1}.0` }).bump).toBe('minor');
    expect(diffDatasets(dataset, { ...copy(), schemaVersion: `${major}.${minor}.${patch + 1}` }).bump).toBe('patch');
    expect(diffDatasets(dataset, { ...copy(), schemaVersion: `${major + 1}.0.0` }).bump).toBe('major');
    expect(diffDatasets(dataset, { ...copy(), schemaVersion: '0.9.0' }).bump).toBe('major');
    expect(diffDatasets(dataset, { ...copy(), schemaVersion: '2.0.0' }).schemaVersion).toEqual({ old: dataset.schemaVersion, new: '2.0.0' });
  });

  it('returns a deep-frozen result in a fixed order, and never freezes its inputs', () => {
    const a = copy();
    const b = copy();
    b.events.reverse();
    b.entities.reverse();
    b.events[0].participants = [];
    b.entities[0].aliases = ['x'];
    const diff = diffDatasets(a, b);
    expect(diff.changed.map((c) => c.kind)).toEqual(['entities', 'events']);
    expect(Object.isFrozen(diff)).toBe(true);
    expect(Object.isFrozen(diff.changed)).toBe(true);
    expect(Object.isFrozen(diff.changed[0]!.changes[0]!.old)).toBe(true);
    expect(Object.isFrozen(b.entities[0].aliases)).toBe(false);
    expect(Object.isFrozen(a.entities)).toBe(false);
    // Same answer whatever the record order and key order of the inputs.
    const shuffled = copy();
    shuffled.events = shuffled.events.map((e: Record<string, unknown>) => Object.fromEntries(Object.entries(e).reverse()));
    shuffled.events.reverse();
    expect(diffDatasets(shuffled, b)).toEqual(diff);
  });

  it('rejects what is not a dataset with a TypeError naming the place, and duplicate ids with a RangeError', () => {
    expect(() => diffDatasets(null as unknown as DiffableDataset, dataset)).toThrow(/the old dataset must be a dataset object .*got null/);
    expect(() => diffDatasets(dataset, { ...copy(), events: 'x' } as never)).toThrow(/the new dataset's 'events' must be an array of records; got a string/);
    expect(() => diffDatasets(dataset, { ...copy(), events: [1] } as never)).toThrow(TypeError);
    expect(() => diffDatasets(dataset, { ...copy(), events: [{ id: 7 }] } as never)).toThrow(/events\[0\] must be a record with a string id; got an id that is a number/);
    expect(() => diffDatasets(dataset, { ...copy(), events: [{ id: 'a' }, { id: 'a' }] })).toThrow(/two events with the id "a"/);
    expect(() => diffDatasets(dataset, { ...copy(), schemaVersion: 1 } as unknown as DiffableDataset)).toThrow(/schemaVersion must be a string/);
    expect(() => diffDatasets(dataset, dataset, { renames: [] } as never)).toThrow(/renames must be an object/);
    expect(() => diffDatasets(dataset, dataset, 5 as never)).toThrow(/options must be an object/);
  });

  it('reads own properties only, and survives hostile nesting', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto['renames'] = { 'kataib-hezbollah': 'x' };
    try {
      expect(diffDatasets(dataset, copy()).bump).toBe('none');
    } finally {
      delete proto['renames'];
    }
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const a = copy();
    const b = copy();
    a.events[0].deep = [0];
    b.events[0].deep = [deep];
    expect(() => diffDatasets(a, b)).toThrow(/nested more than 32 levels/);
  });
});
