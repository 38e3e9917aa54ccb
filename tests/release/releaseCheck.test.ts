import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rawDataset } from '../../data/index.js';
import { diffDatasets } from '../../src/diff/diffDatasets.js';
import { checkDataRelease, insertDataChanges, type ReleasedData } from '../../scripts/releaseData.js';
import { pendingBump } from '../../scripts/releasedIds.js';

// Issue 11: the data semver rule, enforced against the data as last released.
const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const released = JSON.parse(readFileSync(join(root, 'tests', 'release', 'released-data.json'), 'utf8')) as ReleasedData;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A .changeset folder holding one changeset with this bump. */
function changesets(bump: 'patch' | 'minor' | 'major'): string {
  const dir = mkdtempSync(join(tmpdir(), 'changesets-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'config.json'), '{}');
  writeFileSync(join(dir, 'README.md'), '# Changesets\n');
  writeFileSync(join(dir, 'a-change.md'), `---\n'iraq-militias': ${bump}\n---\n\nWhat changed.\n`);
  return dir;
}
const clone = (): any => JSON.parse(JSON.stringify(rawDataset));

describe('the released data snapshot', () => {
  it('is the data of the version in package.json', () => {
    expect(released.version).toBe(pkg.version);
  });

  it('the pending changesets bump at least what the data changes since then need', () => {
    const { problems } = checkDataRelease(released.dataset, rawDataset, pendingBump(join(root, '.changeset'), pkg.name));
    expect(problems).toEqual([]);
  });
});

describe('the release check', () => {
  const withoutEntity = (): any => {
    const d = clone();
    d.entities = d.entities.filter((e: { id: string }) => e.id !== 'saddam-hussein');
    d.relationships = d.relationships.filter((r: { subject: string }) => r.subject !== 'saddam-hussein');
    return d;
  };

  it('fails when a changeset bumps minor for a removed id, and passes with a major one', () => {
    const removed = withoutEntity();
    const minor = checkDataRelease(rawDataset, removed, pendingBump(changesets('minor'), 'iraq-militias'));
    expect(minor.required).toBe('major');
    expect(minor.problems).toHaveLength(1);
    expect(minor.problems[0]).toMatch(/need a major release, but the pending changesets bump minor/);
    expect(minor.problems[0]).toMatch(/entities\/saddam-hussein/);
    expect(checkDataRelease(rawDataset, removed, pendingBump(changesets('major'), 'iraq-militias')).problems).toEqual([]);
  });

  it('needs minor for a changed fact, patch for rewording, nothing for no change', () => {
    const dated = clone();
    dated.events[0].date = '2024-06-08';
    expect(checkDataRelease(rawDataset, dated, 'patch').problems[0]).toMatch(/need a minor release, but the pending changesets bump patch/);
    expect(checkDataRelease(rawDataset, dated, 'minor').problems).toEqual([]);
    const reworded = clone();
    reworded.events[0].summary = 'Other words entirely.';
    expect(checkDataRelease(rawDataset, reworded, 'none').problems[0]).toMatch(/need a patch release, but the pending changesets bump nothing/);
    expect(checkDataRelease(rawDataset, reworded, 'patch').problems).toEqual([]);
    expect(checkDataRelease(rawDataset, clone(), 'none')).toMatchObject({ required: 'none', problems: [] });
  });

  it('needs major when the schema no longer accepts the released data', () => {
    const old = clone();
    old.events[0].modality = 'rumoured';
    const check = checkDataRelease(old, rawDataset, 'minor');
    expect(check.required).toBe('major');
    expect(check.reasons[0]).toMatch(/^major: the schema no longer accepts the released data \(1 problem, first: events\[0\]\.modality: /);
    expect(check.problems).toHaveLength(1);
  });
});

describe('insertDataChanges (the CHANGELOG post-step of version-packages)', () => {
  const changelog = `# iraq-militias\n\n## 1.0.0\n\n### Major Changes\n\n- First stable release.\n\n## 0.1.0\n\n### Minor Changes\n\n- Earlier.\n`;
  const next = clone();
  next.events[0].date = '2024-06-08';

  it("adds the section at the end of the version's entry, before the previous one", () => {
    const out = insertDataChanges(changelog, '1.0.0', diffDatasets(rawDataset, next));
    expect(out).toContain(`- First stable release.\n\n### Data changes\n\n| records |`);
    expect(out).toContain(`**Changed**\n\n- events: \`${rawDataset.events[0].id}\` (date)\n\nLeast release these changes need: **minor**.\n\n## 0.1.0\n`);
    expect(out.match(/### Data changes/g)).toHaveLength(1);
  });

  it('replaces a section already there (running it twice changes nothing), and works on the last entry', () => {
    const once = insertDataChanges(changelog, '1.0.0', diffDatasets(rawDataset, next));
    expect(insertDataChanges(once, '1.0.0', diffDatasets(rawDataset, next))).toBe(once);
    const last = insertDataChanges(changelog, '0.1.0', diffDatasets(rawDataset, rawDataset));
    expect(last.endsWith('- Earlier.\n\n### Data changes\n\nNo data changes.\n')).toBe(true);
  });

  it('refuses a version the changelog has no entry for', () => {
    expect(() => insertDataChanges(changelog, '2.0.0', diffDatasets(rawDataset, next))).toThrow(/no '## 2\.0\.0' entry/);
  });
});
