import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, execFile, projectRoot, requireEnvironment } from './support/project.js';
import { concreteSubpaths, packAndInstall, specifierFor, writeFiles, type InstalledProject } from './support/tarball.js';
import { TS_FLAVOURS, tsConsumerFiles } from './support/tsConsumer.js';

// Issues 2 and 5: the packed tarball, installed with npm into a fresh project, works for every kind
// of consumer — ESM, CJS, TypeScript (node16 ESM and CJS, bundler) and a browser page. One
// pack + install is shared by every test in this file.
const fixtures = path.join(projectRoot, 'tests/packaging/fixtures/consumers');
const tsc = path.join(projectRoot, 'node_modules/typescript/bin/tsc');

interface Report {
  dataset: { entities: number; events: number; relationships: number; eventLinks: number };
  subpaths: Record<string, { keys?: string[]; json?: string; name?: string; length?: number; size?: number; validated?: unknown }>;
}

let project: InstalledProject;
let specifiers: string[];

beforeAll(async () => {
  project = await packAndInstall();
  specifiers = concreteSubpaths(project.pkg, project.pkgDir).map((s) => specifierFor(project.pkg.name, s));
  cpSync(fixtures, project.dir, { recursive: true });
}, 240_000);

afterAll(() => {
  if (project) rmSync(project.work, { recursive: true, force: true });
});

async function runConsumer(folder: string): Promise<Report> {
  const { stdout } = await execFile(process.execPath, [path.join(project.dir, folder, 'index.js'), JSON.stringify(specifiers)], {
    cwd: path.join(project.dir, folder),
  });
  return JSON.parse(stdout) as Report;
}

describe.concurrent('the packed tarball, installed', () => {
  it('holds the main entry, every exports target and the declared files, but no sources or tests', async () => {
    const { stdout } = await execFile('tar', ['-tzf', project.tarball]);
    const files = stdout.split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
    expect(files).toContain('package.json');
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.cjs');
    expect(files.filter((f) => /^(src|tests|data|scripts|bench)\//.test(f))).toEqual([]);
    // Every file an exports condition or a bin points at is in the tarball; every pattern matches a file.
    const leaves = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(leaves) : []);
    const bins = typeof project.pkg.bin === 'string' ? [project.pkg.bin] : Object.values(project.pkg.bin ?? {});
    const targets = [...leaves(project.pkg.exports), ...bins].filter((t) => !t.includes('*')).map((t) => t.replace(/^\.\//, ''));
    expect(targets.filter((t) => !files.includes(t))).toEqual([]);
    for (const key of Object.keys(project.pkg.exports ?? {}).filter((k) => k.includes('*'))) {
      const [pre, post] = key.split('*') as [string, string];
      expect(specifiers.some((sp) => sp.startsWith(`${project.pkg.name}/${pre.slice(2)}`) && sp.endsWith(post)), `pattern ${key}`).toBe(true);
    }
    expect(specifiers[0]).toBe(project.pkg.name);
    for (const spec of specifiers) expect(spec.startsWith(project.pkg.name)).toBe(true);
  });

  it('an ESM project ("type": "module") imports the main entry and every subpath; a schema validates the bundled data', async () => {
    const report = await runConsumer('esm');
    expect(Object.keys(report.subpaths)).toEqual(specifiers);
    expect(report.dataset.entities).toBeGreaterThan(0);
    expect(report.dataset.events).toBeGreaterThan(0);
    for (const [spec, entry] of Object.entries(report.subpaths)) {
      if (entry.keys) expect(entry.keys.length, `${spec} exports nothing`).toBeGreaterThan(0);
      else expect(['object', 'array'], spec).toContain(entry.json);
    }
    expect(report.subpaths[`${project.pkg.name}/package.json`]?.name).toBe(project.pkg.name);
    const schema = report.subpaths[`${project.pkg.name}/schema`];
    expect(schema?.validated).toEqual(report.dataset);
    // Every JSON subpath holding a dataset validates and has the bundled data's counts.
    for (const entry of Object.values(report.subpaths)) {
      if (entry.json && entry.validated) expect(entry.validated).toEqual([report.dataset]);
    }
  });

  it('a CommonJS project requires the same entries and gets the same exports as the ESM one', async () => {
    const [cjs, esm] = await Promise.all([runConsumer('cjs'), runConsumer('esm')]);
    expect(cjs).toEqual(esm);
  });

  for (const flavour of TS_FLAVOURS) {
    it(`a TypeScript project (${flavour.moduleResolution}, "type": "${flavour.type}") typechecks against the tarball's types, with literal ids, and runs`, async () => {
      const dir = path.join(project.dir, flavour.name);
      const jsSubpaths = concreteSubpaths(project.pkg, project.pkgDir).filter((s) => s !== '.' && !s.endsWith('.json'));
      writeFiles(dir, tsConsumerFiles(flavour, project.pkg.name, jsSubpaths));
      const compiled = await execFile(process.execPath, [tsc, '-p', dir, '--listFiles'], { cwd: dir }).catch((error: { stdout?: string }) => {
        throw new Error(`tsc failed for ${flavour.name}:\n${error.stdout ?? String(error)}`);
      });
      const typeFiles = compiled.stdout.split('\n').filter((f) => f.includes(`/node_modules/${project.pkg.name}/`));
      expect(typeFiles).toContain(path.join(project.pkgDir, 'dist', flavour.expectTypesFrom));
      const { stdout } = await execFile(process.execPath, [path.join(dir, 'out/index.js')], { cwd: dir });
      const result = JSON.parse(stdout) as { alpha3: string; events: number; parsedEvents: number; subpathExports: number[] };
      expect(result.alpha3).toBe('IRQ');
      expect(result.parsedEvents).toBe(result.events);
      expect(result.events).toBeGreaterThan(0);
      expect(result.subpathExports).toHaveLength(jsSubpaths.length);
      for (const n of result.subpathExports) expect(n).toBeGreaterThan(0);
    });
  }

  it('errors thrown by one copy (CJS) are recognised by the other (ESM) through their Symbol.for brand', async () => {
    const script = `
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const esm = await import('iraq-militias');
const esmSchema = await import('iraq-militias/schema');
const cjs = require('iraq-militias');
const cjsSchema = require('iraq-militias/schema');
const caught = (f) => { try { f(); } catch (e) { return e; } return undefined; };
const cjsUnknown = caught(() => cjs.getEntity('nope'));
const esmUnknown = caught(() => esm.getEntity('nope'));
const cjsDate = caught(() => cjs.parseEdtf('June 2024'));
const cjsDataset = caught(() => cjsSchema.parseDataset({}));
console.log(JSON.stringify({
  twoCopies: esm.UnknownIdError !== cjs.UnknownIdError && esmSchema.DatasetError !== cjsSchema.DatasetError,
  unknownInstanceof: cjsUnknown instanceof esm.UnknownIdError,
  unknownIs: esm.UnknownIdError.is(cjsUnknown),
  backwards: esmUnknown instanceof cjs.UnknownIdError && cjs.UnknownIdError.is(esmUnknown),
  date: cjsDate instanceof esm.DateFormatError && esm.DateFormatError.is(cjsDate),
  dataset: cjsDataset instanceof esmSchema.DatasetError && esmSchema.DatasetError.is(cjsDataset),
  notCrossed: cjsUnknown instanceof esm.DateFormatError || esm.DatasetError !== undefined,
}));`;
    const { stdout } = await execFile(process.execPath, ['--input-type=module', '-e', script], { cwd: project.dir });
    expect(JSON.parse(stdout)).toEqual({
      twoCopies: true,
      unknownInstanceof: true,
      unknownIs: true,
      backwards: true,
      date: true,
      dataset: true,
      notCrossed: false,
    });
  });

  it('without zod installed (an optional peer), the main entry loads; a subpath that needs zod fails only for want of it', async () => {
    expect(existsSync(path.join(project.withoutZod, 'node_modules/zod'))).toBe(false);
    const jsSpecifiers = specifiers.filter((s) => !s.endsWith('.json'));
    const script = `const out = {};
for (const spec of ${JSON.stringify(jsSpecifiers)}) {
  try { out[spec] = Object.keys(await import(spec)).length; } catch (e) { out[spec] = String(e.message); }
}
console.log(JSON.stringify(out));`;
    const { stdout } = await execFile(process.execPath, ['--input-type=module', '-e', script], { cwd: project.withoutZod });
    const loaded = JSON.parse(stdout) as Record<string, number | string>;
    expect(loaded[project.pkg.name]).toBeGreaterThan(0);
    for (const [spec, result] of Object.entries(loaded)) {
      if (typeof result === 'string') expect(result, spec).toMatch(/Cannot find (package|module) 'zod'/);
    }
    const needZod = Object.keys(loaded).filter((s) => typeof loaded[s] === 'string');
    console.info(`subpaths that need zod installed: ${needZod.join(', ') || 'none'}`);
  });

  it('every bin runs from node_modules/.bin and prints its help', async () => {
    const bins = typeof project.pkg.bin === 'string' ? { [project.pkg.name]: project.pkg.bin } : (project.pkg.bin ?? {});
    for (const name of Object.keys(bins)) {
      const bin = path.join(project.dir, 'node_modules/.bin', name);
      expect(existsSync(bin), `node_modules/.bin/${name}`).toBe(true);
      const { stdout } = await execFile(bin, ['--help'], { cwd: project.dir });
      expect(stdout.length, `${name} --help printed nothing`).toBeGreaterThan(0);
    }
  });
});

describe('the CLI from the installed tarball, on your own data (issue 11)', () => {
  const cli = (cwd: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } => {
    const r = spawnSync('npx', ['--no-install', 'iraq-militias', ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  let a: Record<string, any>;
  beforeAll(() => {
    a = JSON.parse(readFileSync(path.join(project.pkgDir, 'dist/data/dataset.json'), 'utf8'));
    const b = JSON.parse(JSON.stringify(a));
    b.entities = b.entities.filter((e: { id: string }) => e.id !== 'saddam-hussein');
    b.relationships = b.relationships.filter((r: { subject: string }) => r.subject !== 'saddam-hussein');
    b.events.find((e: { id: string }) => e.id === 'tower-22-drone-attack').date = '2024-01-28';
    const bad = JSON.parse(JSON.stringify(a));
    bad.events[0].date = 'last spring';
    bad.entities[1].kind = 'planet';
    const mine = JSON.parse(JSON.stringify(a));
    mine.events = mine.events.slice(0, 3).map((e: Record<string, unknown>, i: number) => ({ ...e, summary: `Event number ${i} of my own dataset.` }));
    mine.eventLinks = mine.eventLinks.filter((l: { from: string; to: string }) => mine.events.some((e: { id: string }) => e.id === l.from) && mine.events.some((e: { id: string }) => e.id === l.to));
    writeFiles(project.dir, { 'a.json': a, 'b.json': b, 'bad.json': bad, 'mine.json': mine });
    writeFiles(project.withoutZod, { 'mine.json': mine });
  });

  it('validate bad.json lists every problem with its path and record, exit 1', () => {
    const r = cli(project.dir, 'validate', 'bad.json');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`bad.json: events[0].date (event '${a.events[0].id}'): 'last spring'`);
    expect(r.stdout).toContain(`bad.json: entities[1].kind (entity '${a.entities[1].id}')`);
    expect(r.stdout).toMatch(/\n\d+ problems in bad\.json\n$/);
    expect(cli(project.dir, 'validate', 'a.json').code).toBe(0);
  });

  it('diff a.json b.json names the changes and the bump', () => {
    const r = cli(project.dir, 'diff', 'a.json', 'b.json');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  removed  entities/saddam-hussein\n');
    expect(r.stdout).toContain('      date: "2024-01-21~/2024-01-31" → "2024-01-28"  (minor)\n');
    expect(r.stdout).toContain('needs a major release\n');
    expect(JSON.parse(cli(project.dir, 'diff', 'a.json', 'b.json', '--format', 'json').stdout).bump).toBe('major');
  });

  it('timeline --data mine.json prints that dataset\'s timeline', () => {
    const r = cli(project.dir, 'timeline', '--data', 'mine.json');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(' · 3 events\n');
    for (let i = 0; i < 3; i++) expect(r.stdout).toContain(`Event number ${i} of my own dataset.`);
    expect(r.stdout).not.toContain('tower-22-drone-attack');
  });

  it('without zod, validating says to install it (exit 2, one line); the bundled timeline still works', () => {
    const r = cli(project.withoutZod, 'timeline', '--data', 'mine.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('iraq-militias: --data: validating a dataset needs zod, an optional peer dependency; install it: npm install zod\n');
    expect(cli(project.withoutZod, 'timeline').code).toBe(0);
  });
});

describe('a browser page bundled from the tarball', () => {
  if (!requireEnvironment(existsSync(CHROMIUM), 'the browser consumer test', `${CHROMIUM} is missing (apt-get install chromium)`)) return;
  let server: Server | undefined;
  afterAll(() => server?.close());

  it('bundles without zod and renders one timeline row per bundled event, in the order Node computes, without errors', async () => {
    const dir = path.join(project.dir, 'browser');
    const bundled = await build({
      metafile: true,
      absWorkingDir: dir,
      entryPoints: ['main.js'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      outfile: path.join(dir, 'bundle.js'),
      logLevel: 'silent',
    });
    const inputs = Object.keys(bundled.metafile.inputs);
    expect(inputs.some((f) => f.includes(`node_modules/${project.pkg.name}/dist/`))).toBe(true);
    expect(inputs.filter((f) => f.includes('node_modules/zod/'))).toEqual([]);
    const expected = await execFile(
      process.execPath,
      ['--input-type=module', '-e', `import * as pkg from '${project.pkg.name}'; import { timelineRows } from './timelineRows.js'; console.log(JSON.stringify({ ids: timelineRows(pkg).map((r) => r.id), events: pkg.events.map((e) => e.id) }));`],
      { cwd: dir },
    );
    const node = JSON.parse(expected.stdout) as { ids: string[]; events: string[] };

    server = createServer((req, res) => {
      const name = req.url === '/' ? 'index.html' : path.basename(req.url ?? '');
      const file = path.join(dir, name);
      if (!['index.html', 'bundle.js'].includes(name) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': name.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8' });
      res.end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
      const rendered = await page.$$eval('#timeline tr', (rows) => rows.map((r) => (r as HTMLElement).dataset.id ?? ''));
      expect(errors).toEqual([]);
      expect(rendered).toHaveLength(node.events.length);
      expect(rendered).toEqual(node.ids);
      expect([...rendered].sort()).toEqual([...node.events].sort());
      mkdirSync(path.join(projectRoot, '.tmp'), { recursive: true });
      await page.screenshot({ path: path.join(projectRoot, '.tmp/timeline.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
