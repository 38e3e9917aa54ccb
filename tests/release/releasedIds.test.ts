import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rawDataset } from '../../data/index.js';
import { checkReleasedIds, collectIds, pendingBump, type IdSets } from '../../scripts/releasedIds.js';

const root = join(import.meta.dirname, '..', '..');
const snapshot = JSON.parse(readFileSync(join(root, 'tests', 'release', 'released-ids.json'), 'utf8')) as { version: string; ids: IdSets };
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };

describe('released ids', () => {
  it('are all still present, or a pending major changeset says why; new ids come with a minor one', () => {
    const bump = pendingBump(join(root, '.changeset'), pkg.name);
    const { problems } = checkReleasedIds(snapshot.ids, collectIds(rawDataset), bump);
    expect(problems).toEqual([]);
  });

  it('snapshot the version in package.json', () => {
    expect(snapshot.version).toBe(pkg.version);
  });
});

describe('the release guard itself', () => {
  const base: IdSets = { sources: ['s'], entities: ['a', 'b'], events: ['e'], relationships: [], eventLinks: [] };

  it('flags a removed or renamed id unless a major bump is pending', () => {
    const renamed = { ...base, entities: ['a', 'b2'] };
    const minor = checkReleasedIds(base, renamed, 'minor');
    expect(minor.removed).toEqual(['entities:b']);
    expect(minor.added).toEqual(['entities:b2']);
    expect(minor.problems).toHaveLength(1);
    expect(minor.problems[0]).toMatch(/removed or renamed without a pending major changeset: entities:b/);
    expect(checkReleasedIds(base, renamed, 'major').problems).toEqual([]);
  });

  it('flags new ids unless a minor or major bump is pending', () => {
    const grown = { ...base, events: ['e', 'f'] };
    expect(checkReleasedIds(base, grown, 'patch').problems[0]).toMatch(/new ids without a pending minor.*events:f/);
    expect(checkReleasedIds(base, grown, 'minor').problems).toEqual([]);
    expect(checkReleasedIds(base, base, 'none').problems).toEqual([]);
  });

  it('reads the largest pending bump for the package from changeset files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'changesets-'));
    expect(pendingBump(dir, 'iraq-militias')).toBe('none');
    writeFileSync(join(dir, 'README.md'), "---\n'iraq-militias': major\n---\nnot a changeset\n");
    writeFileSync(join(dir, 'a.md'), "---\n'iraq-militias': patch\n---\n\nFix a date.\n");
    expect(pendingBump(dir, 'iraq-militias')).toBe('patch');
    writeFileSync(join(dir, 'b.md'), '---\n"other-package": major\n"iraq-militias": minor\n---\n\nNew records.\n');
    expect(pendingBump(dir, 'iraq-militias')).toBe('minor');
  });

  it('collects ids per kind, sorted', () => {
    const ids = collectIds({ sources: [{ id: 'z' }], entities: [{ id: 'b' }, { id: 'a' }], events: [], relationships: [], eventLinks: [] });
    expect(ids.entities).toEqual(['a', 'b']);
    expect(ids.sources).toEqual(['z']);
  });
});
