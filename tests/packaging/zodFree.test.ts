import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importGraph, isZod, specifiersIn } from './support/importGraph.js';
import { distDir, ensureBuilt, execFile, projectRoot } from './support/project.js';

// The main entry must not load zod (DESIGN: data-only consumers do not pay for validation);
// `iraq-militias/schema` does. Checked on the built files, statically and at runtime.
const traceHook = pathToFileURL(path.join(projectRoot, 'tests/packaging/fixtures/trace-loads.mjs')).href;
let work: string;

beforeAll(() => {
  ensureBuilt();
  work = mkdtempSync(path.join(tmpdir(), 'iraq-militias-zod-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The module URLs an ESM import of `file` resolves, recorded by the trace hook in a child process. */
async function esmLoads(file: string): Promise<string[]> {
  const out = path.join(work, `${path.basename(file)}.trace`);
  const { stdout } = await execFile(
    process.execPath,
    ['--import', traceHook, '--input-type=module', '-e', `const m = await import(${JSON.stringify(pathToFileURL(file).href)}); console.log(Object.keys(m).length);`],
    { env: { ...process.env, TRACE_LOADS_OUT: out } },
  );
  expect(Number(stdout.trim())).toBeGreaterThan(0);
  return readFileSync(out, 'utf8').split('\n').filter(Boolean);
}

/** The files in `require.cache` after a CJS require of `file`, in a child process. */
async function cjsLoads(file: string): Promise<string[]> {
  const { stdout } = await execFile(process.execPath, [
    '-e',
    `const m = require(${JSON.stringify(file)}); if (Object.keys(m).length === 0) process.exit(3); console.log(JSON.stringify(Object.keys(require.cache)));`,
  ]);
  return JSON.parse(stdout) as string[];
}

const zodFile = (f: string): boolean => /[/\\]node_modules[/\\]zod[/\\]/.test(decodeURIComponent(f));

describe('the built main entry does not import zod', () => {
  it('the import-graph reader sees every kind of specifier', () => {
    const code = `import{a as b}from"./x.js";export*from'./y.js';import './z.js';const c=import("zod");const d=require('zod/v4');`;
    expect(specifiersIn(code).sort()).toEqual(['./x.js', './y.js', './z.js', 'zod', 'zod/v4']);
  });

  for (const entry of ['index.js', 'index.cjs', 'diff.js', 'diff.cjs']) {
    it(`dist/${entry} and every chunk it imports name no zod specifier`, () => {
      const graph = importGraph(path.join(distDir, entry));
      expect(graph.files.length).toBeGreaterThan(0);
      expect(graph.bare.filter(isZod)).toEqual([]);
    });
  }

  for (const entry of ['schema.js', 'schema.cjs']) {
    it(`(control) dist/${entry} does import zod, so the check can see it`, () => {
      expect(importGraph(path.join(distDir, entry)).bare.filter(isZod)).not.toEqual([]);
    });
  }

  it('importing dist/index.js in Node loads no zod module; importing dist/schema.js does', async () => {
    const [main, schema] = await Promise.all([esmLoads(path.join(distDir, 'index.js')), esmLoads(path.join(distDir, 'schema.js'))]);
    expect(main.some((u) => u.endsWith('/dist/index.js'))).toBe(true);
    expect(main.filter(zodFile)).toEqual([]);
    expect(schema.filter(zodFile).length).toBeGreaterThan(0);
  });

  it('requiring dist/index.cjs in Node loads no zod module; requiring dist/schema.cjs does', async () => {
    const [main, schema] = await Promise.all([cjsLoads(path.join(distDir, 'index.cjs')), cjsLoads(path.join(distDir, 'schema.cjs'))]);
    expect(main).toContain(path.join(distDir, 'index.cjs'));
    expect(main.filter(zodFile)).toEqual([]);
    expect(schema.filter(zodFile).length).toBeGreaterThan(0);
  });
});
