import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { COMMANDS } from '../../src/cli/commandSpecs.js';
import { dataset } from '../../src/bundled/dataset.js';
import { createIndex } from '../../src/query/createIndex.js';
import { toCSV } from '../../src/export/toCSV.js';
import { toJSONSchema } from '../../src/export/toJSONSchema.js';
import { toMermaid } from '../../src/export/toMermaid.js';
import { toDOT } from '../../src/export/toDOT.js';
import { toNDJSON } from '../../src/export/toNDJSON.js';
import { miniDataset } from '../fixtures/miniDataset.js';
import { run, widest } from './runCliHarness.js';

const index = createIndex(dataset);
const dir = mkdtempSync(join(tmpdir(), 'iraq-militias-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Usage errors: exit 2, nothing on stdout, exactly one line on stderr, no stack trace. */
function expectUsageError(r: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).toMatch(/^iraq-militias: /);
  expect(r.stderr).toMatch(pattern);
}

describe('runCli: help and version', () => {
  it('prints the version from package.json', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
  });

  it('prints the overview for no arguments, --help, -h and help', async () => {
    for (const argv of [[], ['--help'], ['-h'], ['help']]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      for (const name of Object.keys(COMMANDS)) expect(r.stdout).toContain(`  ${name} `);
      expect(widest(r.stdout)).toBeLessThanOrEqual(80);
    }
  });

  it.each(Object.keys(COMMANDS))('prints help for %s, every option named, within 80 columns', async (name) => {
    for (const argv of [[name, '--help'], [name, '-h'], ['help', name]]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      expect(r.stdout.startsWith(`Usage: iraq-militias ${name}`)).toBe(true);
      for (const option of Object.keys(COMMANDS[name as keyof typeof COMMANDS].options)) expect(r.stdout).toContain(`--${option}`);
      expect(widest(r.stdout)).toBeLessThanOrEqual(80);
    }
  });

  it('colours only on a TTY without NO_COLOR', async () => {
    expect((await run(['--help'], { isTTY: true })).stdout).toContain('\u001b[1m');
    expect((await run(['--help'], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await run(['--help'], { isTTY: false })).stdout).not.toContain('\u001b[');
    expect((await run(['--help'], { isTTY: true, env: { NO_COLOR: '' } })).stdout).toContain('\u001b[1m');
    expect((await run(['timeline'], { isTTY: true, env: { NO_COLOR: 'yes' } })).stdout).not.toContain('\u001b[');
  });
});

describe('runCli: timeline and events', () => {
  it('prints the whole timeline in chronological order, within 80 columns', async () => {
    const r = await run(['timeline']);
    expect(r.code).toBe(0);
    const ids = index.timeline().map((e) => e.id);
    const positions = ids.map((id) => r.stdout.indexOf(`  ${id}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(widest(r.stdout)).toBeLessThanOrEqual(80);
    expect(r.stdout.startsWith(`${dataset.sources[0].title}\n`)).toBe(true);
  });

  it('lists events as a table with their ids, within 80 columns', async () => {
    const r = await run(['events']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^DATE\s+ID\s+WHAT/);
    expect(lines.slice(1, -1).map((l) => l.split(/\s{2,}/)[1])).toEqual(index.timeline().map((e) => e.id));
    expect(lines.at(-1)).toBe(`${index.timeline().length} events`); // what happened, as the library counts by default
    expect(widest(r.stdout)).toBeLessThanOrEqual(80);
  });

  it('filters like query() and prints json, ndjson and csv of the same events', async () => {
    const args = ['--actor', 'kataib-hezbollah', '--from', '2020', '--to', '2024-06'];
    const expected = index.query({ actor: 'kataib-hezbollah', from: '2020', to: '2024-06' });
    expect(expected.length).toBeGreaterThan(0);
    const json = await run(['events', ...args, '--format', 'json']);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect((await run(['events', ...args, '--format', 'ndjson'])).stdout).toBe(toNDJSON('events', { events: expected }));
    expect((await run(['events', ...args, '--format', 'csv'])).stdout).toBe(toCSV('events', { events: expected }));
    expect((await run(['timeline', ...args, '--format', 'csv'])).stdout).toBe(toCSV('events', { events: expected }));
  });

  it('takes repeated --type, --place with places inside it, --include-members and names for ids', async () => {
    const types = JSON.parse((await run(['events', '--type', 'drone-strike', '--type', 'air-strike', '--format', 'json'])).stdout) as { id: string }[];
    expect(types.map((e) => e.id)).toEqual(index.query({ type: ['drone-strike', 'air-strike'] }).map((e) => e.id));
    const place = JSON.parse((await run(['events', '--place', 'iraq', '--format', 'json'])).stdout) as { id: string }[];
    expect(place.map((e) => e.id)).toEqual(index.query({ place: 'iraq' }).map((e) => e.id));
    const members = JSON.parse((await run(['events', '--actor', 'islamic-resistance-in-iraq', '--include-members', '--format', 'json'])).stdout) as { id: string }[];
    expect(members.map((e) => e.id)).toEqual(index.query({ actor: 'islamic-resistance-in-iraq', includeMembers: true }).map((e) => e.id));
    const byName = JSON.parse((await run(['events', '--actor', 'Kataib Hezbollah', '--format', 'json'])).stdout) as { id: string }[];
    expect(byName.map((e) => e.id)).toEqual(index.query({ actor: 'kataib-hezbollah' }).map((e) => e.id));
  });

  it('rejects an unknown actor, a bad date, a reversed window, an unknown type and a lone --include-members', async () => {
    expectUsageError(await run(['events', '--actor', 'kataib-hezbolah']), /unknown entity 'kataib-hezbolah'; did you mean 'kataib-hezbollah'/);
    expectUsageError(await run(['events', '--from', 'June 2024']), /--from: 'June 2024' is not a date.*accepted: EDTF dates such as 2024/);
    expectUsageError(await run(['timeline', '--to', '2024-13']), /--to: '2024-13'/);
    expectUsageError(await run(['events', '--from', '2024', '--to', '2020']), /is after/);
    expectUsageError(await run(['events', '--type', 'bombing']), /--type 'bombing' is not accepted; use one of: attack, drone-strike/);
    expectUsageError(await run(['events', '--include-members']), /--include-members needs --actor/);
    expectUsageError(await run(['events', '--format', 'xml']), /--format 'xml' is not accepted; use one of: table, json, ndjson, csv/);
  });
});

describe('runCli: entity, relations, path', () => {
  it('shows an entity by id, name or alias, within 80 columns', async () => {
    const e = dataset.entities.find((x) => x.id === 'kataib-hezbollah')!;
    for (const arg of ['kataib-hezbollah', 'Kataib Hezbollah', e.aliases[0]!]) {
      const r = await run(['entity', arg]);
      expect(r.code).toBe(0);
      expect(r.stdout.startsWith(`${e.name} (kataib-hezbollah)\n`)).toBe(true);
      expect(r.stdout).toContain(`events        ${index.byActor('kataib-hezbollah').length}`);
      for (const rel of index.relationsOf('kataib-hezbollah')) expect(r.stdout).toMatch(new RegExp(`\\n${rel.predicate} +${rel.other.id}  `));
      expect(widest(r.stdout)).toBeLessThanOrEqual(80);
    }
  });

  it('prints every entity, and an entity as JSON', async () => {
    for (const e of dataset.entities) {
      const r = await run(['entity', e.id]);
      expect(r.code, e.id).toBe(0);
      expect(widest(r.stdout), e.id).toBeLessThanOrEqual(80);
    }
    const json = JSON.parse((await run(['entity', 'iraq', '--format', 'json'])).stdout);
    expect(json.entity.id).toBe('iraq');
    expect(json.events).toEqual(index.byActor('iraq').map((e) => e.id));
  });

  it('lists relations, both directions, optionally as of a date', async () => {
    const r = await run(['relations', 'iran']);
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split('\n').slice(2);
    expect(rows.map((l) => l.split(/\s{2,}/).slice(0, 2))).toEqual(index.relationsOf('iran').map((v) => [v.predicate, v.other.id]));
    const asOf = JSON.parse((await run(['relations', 'kataib-sayyid-al-shuhada', '--as-of', '1995', '--format', 'json'])).stdout) as { relationship: { id: string } }[];
    expect(asOf.map((v) => v.relationship.id)).toEqual(index.relationsOf('kataib-sayyid-al-shuhada', { asOf: '1995' }).map((v) => v.relationship.id));
    expect(widest(r.stdout)).toBeLessThanOrEqual(80);
  });

  it('finds a path, reports none with exit 1', async () => {
    const found = index.path('kataib-sayyid-al-shuhada', 'iran')!;
    const r = await run(['path', 'kataib-sayyid-al-shuhada', 'iran']);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(found.steps.length + 1);
    for (const s of found.steps) expect(r.stdout).toContain(`--${s.predicate}--> ${s.to.name} (${s.to.id})`);
    const json = JSON.parse((await run(['path', 'kataib-sayyid-al-shuhada', 'iran', '--format', 'json'])).stdout) as { to: string }[];
    expect(json.at(-1)!.to).toBe('iran');
    const none = await run(['path', 'group-a', 'land'], { dataset: miniDataset });
    expect(none).toEqual({ code: 1, stdout: 'No chain of relationships links Group A (group-a) and Land (land).\n', stderr: '' });
    expect((await run(['path', 'group-a', 'land', '--format', 'json'], { dataset: miniDataset })).stdout).toBe('null\n');
  });

  it('rejects unknown ids, missing and extra arguments, bad --as-of', async () => {
    expectUsageError(await run(['entity', 'zzzzqqq']), /entity: unknown entity 'zzzzqqq'.*Accepted: an entity id or its exact name or alias/);
    expectUsageError(await run(['relations', 'irann']), /unknown entity 'irann'; did you mean 'iran'/);
    expectUsageError(await run(['relations', 'iran', '--as-of', 'yesterday']), /--as-of: 'yesterday'/);
    expectUsageError(await run(['path', 'iran']), /path: missing 1 argument\(s\); usage: iraq-militias path <a> <b>/);
    expectUsageError(await run(['entity']), /entity: missing an argument; usage: iraq-militias entity/);
    expectUsageError(await run(['relations', 'iran', 'iraq']), /unexpected argument 'iraq'/);
    expectUsageError(await run(['path', 'iran', 'nowhere-land']), /unknown entity 'nowhere-land'/);
  });
});

describe('runCli: graph and export', () => {
  it('prints the graph in each format, the same as the export functions', async () => {
    expect((await run(['graph'])).stdout).toBe(toMermaid());
    expect((await run(['graph', '--format', 'dot', '--predicate', 'member-of'])).stdout).toBe(toDOT({ predicates: ['member-of'] }));
    expect((await run(['graph', '--format', 'mermaid', '--events'])).stdout).toBe(toMermaid({ events: true }));
    const g = JSON.parse((await run(['graph', '--format', 'graphology'])).stdout);
    expect(g.edges).toHaveLength(dataset.relationships.length);
    expectUsageError(await run(['graph', '--predicate', 'likes']), /--predicate 'likes' is not a predicate; use one of: member-of/);
    expectUsageError(await run(['graph', '--format', 'png']), /--format 'png' is not accepted; use one of: mermaid, dot, graphology/);
  });

  it('exports every format to stdout', async () => {
    expect((await run(['export', '--format', 'csv'])).stdout).toBe(toCSV('events'));
    expect((await run(['export', '--format', 'csv', '--table', 'participants'])).stdout).toBe(toCSV('participants'));
    expect((await run(['export', '--format', 'ndjson', '--table', 'entities'])).stdout).toBe(toNDJSON('entities'));
    expect(JSON.parse((await run(['export', '--format', 'json'])).stdout)).toEqual(JSON.parse(JSON.stringify(dataset)));
    expect(JSON.parse((await run(['export', '--format', 'geojson'])).stdout).type).toBe('FeatureCollection');
    expect(JSON.parse((await run(['export', '--format', 'jsonld'])).stdout)['@graph'].length).toBeGreaterThan(0);
    expect(JSON.parse((await run(['export', '--format', 'jsonschema'])).stdout)).toEqual(toJSONSchema());
    expect((await run(['export', '--format', 'mermaid'])).stdout).toBe(toMermaid());
    expect((await run(['export', '--format', 'dot'])).stdout).toBe(toDOT());
    expect(JSON.parse((await run(['export', '--format', 'graphology'])).stdout).options.multi).toBe(true);
  });

  it('writes --out relative to the working directory', async () => {
    const r = await run(['export', '--format', 'csv', '--table', 'entities', '--out', 'entities.csv'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wrote entities\.csv \(csv, \d+ bytes\)\n$/);
    expect(readFileSync(join(dir, 'entities.csv'), 'utf8')).toBe(toCSV('entities'));
  });

  it('rejects a missing format, a table that does not fit, and an unwritable --out', async () => {
    expectUsageError(await run(['export']), /export: --format is required; use one of: csv, ndjson, json/);
    expectUsageError(await run(['export', '--format', 'geojson', '--table', 'events']), /--table applies to --format csv or ndjson only/);
    expectUsageError(await run(['export', '--format', 'ndjson', '--table', 'aliases']), /--table 'aliases' has no NDJSON form/);
    expectUsageError(await run(['export', '--format', 'csv', '--out', join(dir, 'no', 'such', 'dir.csv')]), /cannot write --out .*\(ENOENT\)/);
    expectUsageError(await run(['export', '--format']), /option '--format' needs a value/);
  });
});

describe('runCli: usage errors', () => {
  it('names an unknown command or option and what is accepted', async () => {
    expectUsageError(await run(['evnts']), /unknown command 'evnts'; commands: timeline, events, entity, relations, path, graph, export/);
    expectUsageError(await run(['--verbose']), /unknown option '--verbose'/);
    expectUsageError(await run(['events', '--foo']), /events: unknown option '--foo'; accepted options: --actor ID\|NAME/);
    expectUsageError(await run(['timeline', '--include-members=yes']), /option '--include-members' takes no value/);
    expectUsageError(await run(['help', 'nope']), /help: unknown command 'nope'/);
  });
});
