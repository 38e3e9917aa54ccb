#!/usr/bin/env node
// Bundle sizes, minified and gzipped (esbuild + node:zlib), for the size budget discussion:
//  1. the main entry from source, with the bundled data and with the data replaced by an empty stub;
//  2. each JS subpath of package.json "exports", as built in dist/, with zod left out and counted;
//  3. the packed tarball (`npm pack --dry-run`): its size, and what kinds of files it holds.
// Usage: node scripts/pack-size.mjs           (run `npm run build` first for parts 2 and 3)
//        node scripts/pack-size.mjs --check   (part 3 only; fails over the tarball budget: in `npm test`)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/** Bundles `entry` (all its exports kept) and returns minified and gzipped byte counts. */
async function measure(entry, { external = [], plugins = [] } = {}) {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    external,
    plugins,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** Replaces each data file (data/entities.ts, data/events.ts …: the report's records) with an empty array. */
const emptyData = {
  name: 'empty-data',
  setup(b) {
    b.onResolve({ filter: /data\/(entities|events|relationships|eventLinks|sources)\.js$/ }, (args) => ({
      path: path.basename(args.path, '.js'),
      namespace: 'empty-data',
    }));
    b.onLoad({ filter: /.*/, namespace: 'empty-data' }, (args) => ({
      contents: `export const ${args.path} = [];`,
      loader: 'ts',
    }));
  },
};

const kB = (n) => `${(n / 1000).toFixed(2)} kB`;

/**
 * The tarball budget: what users run (ESM and CJS builds, the types once — each `.d.ts`
 * re-exports its `.d.cts` — the CLI), the data as JSON, README, CHANGELOG and LICENSE. No source
 * maps (they point at sources the package does not ship) and no CommonJS copy of the CLI (the
 * "bin" is ESM). Set at the measured size plus about 3 %: 321.5 kB after the fifth to eighth data reviews'
 * notes and records and two rounds of hardening every door against hostile input (bench/RESULTS.md).
 */
const PACK_BUDGET_BYTES = 330_000;
const FORBIDDEN = [/\.map$/, /^dist\/cli\.cjs$/, /^dist\/(?!(index|schema|export|diff)\.d\.ts$).*\.d\.ts$/];

function packReport() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const [pack] = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const kinds = {};
  for (const f of pack.files) {
    const kind = /\.d\.c?ts$/.test(f.path) ? 'declarations' : /\.json$/.test(f.path) ? 'JSON' : /\.(c?js)$/.test(f.path) ? 'JavaScript' : 'other';
    kinds[kind] = (kinds[kind] ?? 0) + f.size;
  }
  console.log(`tarball: ${kB(pack.size)} packed (budget ${kB(PACK_BUDGET_BYTES)}), ${kB(pack.unpackedSize)} unpacked, ${pack.entryCount} files`);
  for (const [kind, bytes] of Object.entries(kinds)) console.log(`  ${kind.padEnd(13)} ${kB(bytes).padStart(10)} unpacked`);
  const problems = [];
  if (pack.size > PACK_BUDGET_BYTES) problems.push(`the tarball is ${kB(pack.size)}, over its budget of ${kB(PACK_BUDGET_BYTES)}`);
  for (const f of pack.files) if (FORBIDDEN.some((re) => re.test(f.path))) problems.push(`${f.path} should not be packed`);
  return problems;
}

if (process.argv.includes('--check')) {
  if (!existsSync(path.join(root, 'dist/index.js'))) {
    console.error('pack-size: dist/ is not built; run `npm run build` first');
    process.exit(1);
  }
  const problems = packReport();
  for (const p of problems) console.error(`pack-size: ${p}`);
  process.exit(problems.length > 0 ? 1 : 0);
}

const rows = [];
const withData = await measure('src/index.ts', { external: ['zod'] });
const withoutData = await measure('src/index.ts', { external: ['zod'], plugins: [emptyData] });
rows.push(['main entry (src), with the data', withData]);
rows.push(['main entry (src), data stubbed empty', withoutData]);
rows.push(['  → the data itself', { min: withData.min - withoutData.min, gzip: withData.gzip - withoutData.gzip }]);

for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
  const file = typeof target === 'object' && target !== null ? target.import?.default ?? target.default : undefined;
  if (typeof file !== 'string' || !file.endsWith('.js')) continue;
  const abs = path.join(root, file);
  if (!existsSync(abs)) {
    rows.push([`${subpath} (${file}): not built`, { min: NaN, gzip: NaN }]);
    continue;
  }
  rows.push([`${subpath} (${file}), zod not counted`, await measure(abs, { external: ['zod'] })]);
  rows.push([`${subpath} (${file}), zod counted`, await measure(abs)]);
}

const width = Math.max(...rows.map(([label]) => label.length));
console.log(`${'bundle'.padEnd(width)}  ${'min'.padStart(10)}  ${'min+gzip'.padStart(10)}`);
for (const [label, { min, gzip }] of rows) console.log(`${label.padEnd(width)}  ${kB(min).padStart(10)}  ${kB(gzip).padStart(10)}`);
console.log('');
packReport();
