import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { toCSV } from '../../src/export/toCSV.js';
import { toMermaid } from '../../src/export/toMermaid.js';
import { createIndex } from '../../src/query/createIndex.js';
import { ensureBuilt, ROOT } from './ensureBuilt.js';

// The CLI as users get it: the package's `bin`, built, run as a child process.
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string>; scripts: Record<string, string> };
const bin = join(ROOT, pkg.bin['iraq-militias']!);
const index = createIndex(dataset);
const dir = mkdtempSync(join(tmpdir(), 'iraq-militias-bin-'));

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => ensureBuilt());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bin.ts (in-process)', () => {
  it('runs the CLI on process.argv and sets the exit code', async () => {
    const argv = process.argv;
    const exitCode = process.exitCode;
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      process.argv = [argv[0]!, 'iraq-militias', '--version'];
      await import('../../src/cli/bin.js');
      await vi.waitFor(() => expect(spy).toHaveBeenCalledWith(`${pkg.version}\n`));
      expect(process.exitCode).toBe(0);
    } finally {
      spy.mockRestore();
      process.argv = argv;
      process.exitCode = exitCode;
    }
  });
});

describe('the built CLI (child process)', () => {
  it('is the package bin: an executable ESM file with a node shebang', () => {
    expect(pkg.bin['iraq-militias']).toBe('./dist/cli.js');
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(bin).mode & 0o111).not.toBe(0);
  });

  it('never loads zod statically (only `export --format jsonschema` imports it, on demand)', () => {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/^import[^;]*from\s*["']zod["']/m);
      for (const m of code.matchAll(/^import[^;]*?from\s*["'](\.\/[^"']+)["']/gm)) visit(join(dirname(file), m[1]!));
    };
    visit(bin);
    expect(seen.size).toBeGreaterThan(1);
  });

  it('prints --version and --help, exit 0', () => {
    expect(cli('--version')).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const help = cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: iraq-militias <command>/);
    expect(cli('events', '--help').stdout).toMatch(/^Usage: iraq-militias events/);
  });

  it('prints the timeline (what `npm start` runs after the build), no colour on a pipe', () => {
    expect(pkg.scripts['start']).toMatch(/npm run build.*&& node dist\/cli\.js timeline$/);
    const r = cli('timeline');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('\u001b[');
    for (const e of index.timeline()) expect(r.stdout).toContain(`  ${e.id}\n`);
  });

  it('runs every command with exit 0', () => {
    const events = cli('events', '--actor', 'kataib-hezbollah', '--format', 'csv');
    expect(events).toEqual({ code: 0, stdout: toCSV('events', { events: index.byActor('kataib-hezbollah') }), stderr: '' });
    const entity = cli('entity', 'Kataib Hezbollah');
    expect(entity.code).toBe(0);
    expect(entity.stdout).toMatch(/^Kataib Hezbollah \(kataib-hezbollah\)\n/);
    const relations = cli('relations', 'iran', '--as-of', '2024');
    expect(relations.code).toBe(0);
    expect(relations.stdout.trimEnd().split('\n').slice(2)).toHaveLength(index.relationsOf('iran', { asOf: '2024' }).length);
    const path = cli('path', 'kataib-sayyid-al-shuhada', 'iran');
    expect(path.code).toBe(0);
    expect(path.stdout.trimEnd().split('\n')).toHaveLength(index.path('kataib-sayyid-al-shuhada', 'iran')!.steps.length + 1);
    expect(cli('graph', '--format', 'mermaid')).toEqual({ code: 0, stdout: toMermaid(), stderr: '' });
    expect(cli('graph', '--format', 'dot').stdout).toMatch(/^digraph "iraq-militias" \{/);
  });

  it('exports to a file, the JSON Schema included', () => {
    const r = cli('export', '--format', 'jsonschema', '--out', 'schema.json');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wrote schema\.json \(jsonschema, \d+ bytes\)\n$/);
    expect(JSON.parse(readFileSync(join(dir, 'schema.json'), 'utf8'))).toEqual(JSON.parse(readFileSync(join(ROOT, 'dist/dataset.schema.json'), 'utf8')));
    expect(cli('export', '--format', 'csv', '--table', 'events').stdout).toBe(toCSV('events'));
  });

  it('exits quietly when the reader closes the pipe early (| head)', async () => {
    const child = spawn(process.execPath, [bin, 'export', '--format', 'jsonld'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it.each([['timeline'], ['export', '--format', 'jsonld'], ['--help']])('%j > /dev/full: one line on stderr, exit 74, no stack trace', (...args) => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [bin, ...args], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(r.stderr).toBe('iraq-militias: cannot write to standard output (ENOSPC)\n');
      expect(r.status).toBe(74);
    } finally {
      closeSync(full);
    }
  });

  it.each([
    [['evnts'], /unknown command 'evnts'/],
    [['events', '--colour'], /unknown option '--colour'/],
    [['events', '--actor', 'kataib-hezbolah'], /unknown entity 'kataib-hezbolah'; did you mean 'kataib-hezbollah'/],
    [['events', '--from', '2024-02-30'], /--from: '2024-02-30' is not a date/],
    [['relations', 'nobody'], /unknown entity 'nobody'/],
    [['graph', '--format', 'svg'], /--format 'svg' is not accepted/],
    [['export'], /--format is required/],
  ])('usage error %j: exit 2, one line on stderr, no stack trace', (args, pattern) => {
    const r = cli(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});
