import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, rootPackageJson } from './support/project.js';
import { packAndInstall, type InstalledProject } from './support/tarball.js';

// The zod peer range starts where the package works: with the lowest zod it allows, the packed
// tarball validates the bundled data and generates exactly the JSON Schema it ships. (zod
// 4.0–4.3 write "id" inside $defs, which ajv refuses; 4.4 differs from the shipped file.) CI
// runs this with the floor as well as the suite with the latest zod.
const range = (rootPackageJson() as { peerDependencies?: Record<string, string> }).peerDependencies?.['zod'] ?? '';
const floor = /^\^(\d+\.\d+\.\d+)$/.exec(range)?.[1];

let project: InstalledProject;

beforeAll(async () => {
  if (floor === undefined) throw new Error(`the zod peer range should be ^x.y.z, got '${range}'`);
  project = await packAndInstall({ zod: floor });
}, 240_000);

afterAll(() => {
  if (project) rmSync(project.work, { recursive: true, force: true });
});

describe('the zod peer range floor', () => {
  it('is 4.5.0 or later', () => {
    expect(range).toMatch(/^\^4\.(?:[5-9]|\d{2,})\.\d+$/);
  });

  it('with zod at the floor, the tarball parses the bundled data and writes the shipped JSON Schema', async () => {
    const script = `
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { dataset } = await import('iraq-militias');
const { parseDataset, safeParseDataset } = await import('iraq-militias/schema');
const { toJSONSchema } = await import('iraq-militias/export');
const cjs = require('iraq-militias/export');
const shipped = readFileSync(require.resolve('iraq-militias/dataset.schema.json'), 'utf8');
const copy = JSON.parse(JSON.stringify(dataset));
const bad = safeParseDataset({ ...copy, events: [{ ...copy.events[0], type: 'nope' }] });
console.log(JSON.stringify({
  zod: JSON.parse(readFileSync(require.resolve('zod/package.json'), 'utf8')).version,
  events: parseDataset(copy).events.length,
  expected: dataset.events.length,
  badPaths: bad.success ? [] : bad.issues.map((i) => i.path.join('.')),
  esmSchemaEqual: JSON.stringify(toJSONSchema(), null, 2) + '\\n' === shipped,
  cjsSchemaEqual: JSON.stringify(cjs.toJSONSchema(), null, 2) + '\\n' === shipped,
}));`;
    const { stdout } = await execFile(process.execPath, ['--input-type=module', '-e', script], { cwd: project.dir });
    const result = JSON.parse(stdout) as Record<string, unknown>;
    expect(result).toEqual({
      zod: floor,
      events: result['expected'],
      expected: expect.any(Number),
      badPaths: expect.arrayContaining(['events.0.type']),
      esmSchemaEqual: true,
      cjsSchemaEqual: true,
    });
    expect(readFileSync(path.join(project.pkgDir, 'package.json'), 'utf8')).toContain(`"zod": "${range}"`);
  });
});
