import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { diffDatasets } from '../../src/diff/diffDatasets.js';
import { createIndex } from '../../src/query/createIndex.js';
import { miniDataset } from '../fixtures/miniDataset.js';
import { run } from './runCliHarness.js';

// Issue 11: your own data on the command line — validate, diff, and --data on every query command.
const dir = mkdtempSync(join(tmpdir(), 'iraq-militias-userdata-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cwd = { cwd: dir };
const write = (name: string, value: unknown): string => {
  writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
  return name;
};
const clone = (): any => JSON.parse(JSON.stringify(dataset));

/** The bundled data with one entity removed (and the relationship naming it), one date changed, one description reworded. */
function edited(): any {
  const d = clone();
  d.entities = d.entities.filter((e: { id: string }) => e.id !== 'saddam-hussein');
  d.relationships = d.relationships.filter((r: { subject: string }) => r.subject !== 'saddam-hussein');
  d.events.find((e: { id: string }) => e.id === 'tower-22-drone-attack').date = '2024-01-28';
  d.entities.find((e: { id: string }) => e.id === 'kataib-hezbollah').description = 'Reworded for the test.';
  return d;
}

const bundled = write('bundled.json', dataset);
const mine = write('mine.json', miniDataset);
const next = write('next.json', edited());
const bad = (() => {
  const d = clone();
  d.events[0].date = 'yesterday';
  d.events[1].casualties = { killed: { low: 'three' } };
  d.entities[2].kind = 'planet';
  return write('bad.json', d);
})();

describe('validate <file.json>', () => {
  it('a valid dataset: one line with its counts, exit 0', async () => {
    const r = await run(['validate', mine], cwd);
    expect(r).toEqual({
      code: 0,
      stdout: `mine.json: a valid dataset (schema ${miniDataset.schemaVersion}): ${miniDataset.sources.length} sources, ${miniDataset.entities.length} entities, ${miniDataset.events.length} events, ${miniDataset.relationships.length} relationships, ${miniDataset.eventLinks.length} event links\n`,
      stderr: '',
    });
  });

  it('lists every problem with the file, its path and the record, then a count; exit 1', async () => {
    const r = await run(['validate', bad], cwd);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^\d+ problems in bad\.json$/);
    const problems = lines.slice(0, -1);
    expect(problems.length).toBeGreaterThanOrEqual(3);
    for (const line of problems) expect(line).toMatch(/^bad\.json: \S+ \((entity|event|relationship|event link|source) '[a-z0-9-]+'\): ./);
    expect(r.stdout).toContain(`bad.json: events[0].date (event '${dataset.events[0].id}'): 'yesterday'`);
    expect(r.stdout).toContain(`bad.json: entities[2].kind (entity '${dataset.entities[2].id}'):`);
    expect(r.stdout).toContain(`bad.json: events[1].casualties.killed`);
  });

  it('a file with more problems than are listed: the count line and --data give the whole total', async () => {
    // 10,050 copies of one event naming an entity that does not exist: a duplicate id and a dangling participant each.
    const d = JSON.parse(JSON.stringify(miniDataset));
    const event = { ...d.events[0], id: 'copy', participants: [{ entity: 'nobody', role: 'perpetrator' }] };
    d.events = new Array(10_050).fill(event);
    d.eventLinks = [];
    const many = write('many.json', d);
    const r = await run(['validate', many], cwd);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(10_000 + 2); // the listed problems, the summary, the count
    expect(lines.at(-1)).toBe(`${10_049 + 10_050} problems in many.json`);
    const json = JSON.parse((await run(['validate', many, '--format', 'json'], cwd)).stdout) as { problems: number; issues: { unlisted?: number }[] };
    expect(json.problems).toBe(10_049 + 10_050);
    expect(json.issues.at(-1)!.unlisted).toBe(10_049 + 10_050 - 10_000);
    const q = await run(['timeline', '--data', many], cwd);
    expect(q.code).toBe(1);
    expect(q.stderr).toContain(`is not a valid dataset: ${10_049 + 10_050} problems (the first 20 below`);
  });

  it('--format json: { file, valid, problems, issues } with paths as arrays', async () => {
    const r = await run(['validate', bad, '--format', 'json'], cwd);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { file: string; valid: boolean; problems: number; issues: { path: (string | number)[]; message: string; record: unknown }[] };
    expect(out.file).toBe('bad.json');
    expect(out.valid).toBe(false);
    expect(out.problems).toBe(out.issues.length);
    expect(out.issues).toContainEqual(expect.objectContaining({ path: ['events', 0, 'date'], record: { kind: 'events', id: dataset.events[0]!.id } }));
    const ok = await run(['validate', mine, '--format', 'json'], cwd);
    expect(JSON.parse(ok.stdout)).toEqual({ file: 'mine.json', valid: true, problems: 0, issues: [] });
  });

  it('a file that is not JSON is a problem (exit 1); a missing file, a directory or no file is a usage error (exit 2)', async () => {
    const broken = write('broken.json', '{"schemaVersion": ');
    const r = await run(['validate', broken], cwd);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^broken\.json: not JSON: /);
    expect(await run(['validate', 'nope.json'], cwd)).toMatchObject({ code: 2, stderr: "iraq-militias: validate: cannot read 'nope.json' (ENOENT); give the path of a JSON dataset file\n" });
    expect(await run(['validate', '.'], cwd)).toMatchObject({ code: 2, stderr: "iraq-militias: validate: cannot read '.' (not a regular file); give the path of a JSON dataset file\n" });
    expect(await run(['timeline', '--data', '/dev/zero'], cwd)).toMatchObject({ code: 2, stderr: "iraq-militias: --data: cannot read '/dev/zero' (not a regular file); give the path of a JSON dataset file\n" });
    expect((await run(['validate'], cwd)).code).toBe(2);
    expect((await run(['validate', 'a.json', 'b.json'], cwd)).code).toBe(2);
  });

  it('reads a file with a byte-order mark', async () => {
    const bom = write('bom.json', `\ufeff${JSON.stringify(miniDataset)}`);
    expect((await run(['validate', bom], cwd)).code).toBe(0);
  });
});

describe('diff <old.json> <new.json>', () => {
  it('names the entity removed, the date changed and the description reworded, and needs a major release', async () => {
    const r = await run(['diff', bundled, next], cwd);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('  removed  entities/saddam-hussein\n');
    expect(r.stdout).toContain('  removed  relationships/saddam-hussein-leader-of-saddam-hussein-regime\n');
    expect(r.stdout).toContain('  changed  events/tower-22-drone-attack\n      date: "2024-01-21~/2024-01-31" → "2024-01-28"  (minor)\n');
    expect(r.stdout).toMatch(/ {2}changed {2}entities\/kataib-hezbollah\n {6}description: "An Iraqi.* → "Reworded for the test\."  \(patch\)\n/);
    expect(r.stdout).toContain('2 removed, 0 renamed, 0 added, 2 changed: needs a major release\n');
    expect(r.stdout).toMatch(/\n {2}major: 2 records removed: entities\/saddam-hussein, relationships\/saddam-hussein-leader-of-saddam-hussein-regime\n/);
  });

  it('--format json is the diffDatasets result, with the file names', async () => {
    const r = await run(['diff', bundled, next, '--format', 'json'], cwd);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify({ old: 'bundled.json', new: 'next.json', ...diffDatasets(dataset, edited()) })));
  });

  it('no change: says no release is needed', async () => {
    const r = await run(['diff', bundled, bundled], cwd);
    expect(r).toEqual({ code: 0, stdout: 'bundled.json → bundled.json\nNo changes: no release needed.\n', stderr: '' });
  });

  it('--rename OLD=NEW compares a renamed record instead of removing and adding it', async () => {
    const d = clone();
    d.eventLinks[0].id = 'renamed-link';
    const renamed = write('renamed.json', d);
    const plain = await run(['diff', bundled, renamed], cwd);
    expect(plain.stdout).toContain(`  removed  eventLinks/${dataset.eventLinks[0].id}\n`);
    const r = await run(['diff', bundled, renamed, '--rename', `${dataset.eventLinks[0].id}=renamed-link`], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`  renamed  eventLinks/${dataset.eventLinks[0].id} → renamed-link\n`);
    expect(r.stdout).toContain('0 removed, 1 renamed, 0 added, 0 changed: needs a major release\n');
  });

  it('rejects a malformed or unmatched --rename (exit 2), and an invalid file (exit 1, naming the file and record)', async () => {
    expect((await run(['diff', bundled, next, '--rename', 'a'], cwd)).stderr).toMatch(/--rename 'a' is not OLD=NEW/);
    expect((await run(['diff', bundled, next, '--rename', 'a=b', '--rename', 'a=c'], cwd)).stderr).toMatch(/--rename 'a' is given twice/);
    const unmatched = await run(['diff', bundled, next, '--rename', 'nobody=someone'], cwd);
    expect(unmatched.code).toBe(2);
    expect(unmatched.stderr).toMatch(/^iraq-militias: diff: --rename: "nobody" match no record/);
    const invalid = await run(['diff', bundled, bad], cwd);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toBe('');
    expect(invalid.stderr).toMatch(/^iraq-militias: diff: \d+ problems; both files must be valid datasets/);
    expect(invalid.stderr).toContain(`bad.json: events[0].date (event '${dataset.events[0].id}')`);
  });

  it('a long text edited at its end or in its first letter: the change is on screen, quotes balanced', async () => {
    const d = clone();
    const event = d.events.find((e: { summary: string }) => e.summary.length > 60);
    const entity = d.entities.find((e: { description?: string }) => (e.description ?? '').length > 60);
    event.summary = `${event.summary.slice(0, -1)}#`;
    entity.description = `#${entity.description.slice(1)}`;
    const r = await run(['diff', bundled, write('ends.json', d)], cwd);
    const summary = r.stdout.split('\n').find((l) => l.startsWith('      summary: '))!;
    expect(summary).toMatch(/^ {6}summary: "….*" → "….*#"  \(patch\)$/);
    const description = r.stdout.split('\n').find((l) => l.startsWith('      description: '))!;
    expect(description).toMatch(/^ {6}description: ".*…" → "#.*…"  \(patch\)$/);
    const [before, after] = description.split(' → ');
    expect(before!.replace(/^ +description: /, '')).not.toBe(after!.replace(/ {2}\(patch\)$/, ''));
  });
});

describe('--data <file.json> on every query command', () => {
  const mini = createIndex(miniDataset);

  it('timeline and events run on that dataset', async () => {
    const r = await run(['events', '--data', mine], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').slice(1, -1).map((l) => l.split(/\s{2,}/)[1])).toEqual(mini.timeline().map((e) => e.id));
    const t = await run(['timeline', '--data', mine, '--format', 'json'], cwd);
    expect(JSON.parse(t.stdout)).toEqual(JSON.parse(JSON.stringify(mini.timeline())));
  });

  it('entity, relations, path, graph and export run on that dataset', async () => {
    const first = miniDataset.entities[0]!;
    expect((await run(['entity', first.id, '--data', mine], cwd)).stdout).toMatch(new RegExp(`^${first.name} \\(${first.id}\\)\\n`));
    expect((await run(['relations', first.id, '--data', mine, '--format', 'json'], cwd)).code).toBe(0);
    expect((await run(['entity', 'kataib-hezbollah', '--data', mine], cwd)).code).toBe(2);
    const rel = miniDataset.relationships[0]!;
    expect((await run(['path', rel.subject, rel.object, '--data', mine], cwd)).code).toBe(0);
    expect((await run(['graph', '--data', mine, '--format', 'dot'], cwd)).stdout).toContain(`"${rel.subject}" -> "${rel.object}"`);
    const exported = await run(['export', '--format', 'json', '--data', mine], cwd);
    expect(JSON.parse(exported.stdout)).toEqual(JSON.parse(JSON.stringify(miniDataset)));
  });

  it('an invalid file: every problem naming the file and the record on stderr, nothing on stdout, exit 1', async () => {
    const r = await run(['timeline', '--data', bad], cwd);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^iraq-militias: --data 'bad\.json' is not a valid dataset: \d+ problems$/);
    for (const line of lines.slice(1)) expect(line).toMatch(/^bad\.json: \S+ \(\w[\w ]* '[a-z0-9-]+'\): /);
  });

  it('an unreadable file is a usage error naming it', async () => {
    const r = await run(['events', '--data', 'missing.json'], cwd);
    expect(r).toEqual({ code: 2, stdout: '', stderr: "iraq-militias: --data: cannot read 'missing.json' (ENOENT); give the path of a JSON dataset file\n" });
  });
});
