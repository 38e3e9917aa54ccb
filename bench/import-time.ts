/**
 * Import time of the built package: how long `node` takes to start and load each entry, against a
 * bare `node -e ''`, over N interleaved runs (medians). Uses the built dist/ through the package's
 * own name (Node resolves a package's self-reference through its "exports").
 *
 * Each entry has a budget (extra milliseconds over bare node, median): the script marks each case
 * within or over it, and exits non-zero when one is over with `--check`. Run by hand, never in CI
 * (timings on a shared machine are not a test).
 *
 * Usage: npm run bench:import [-- --runs 30] [-- --check]   (builds dist/ first if it is missing)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const name = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string }).name;
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 20;

if (!existsSync(path.join(root, 'dist/index.js'))) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });

/**
 * What to time: a label, the node arguments, and the budget in ms over bare node (none for
 * references). Budgets are the medians measured on the 2-core reference machine (bench/RESULTS.md)
 * plus about 15 %; zod alone costs about 40 ms there.
 */
const cases: readonly (readonly [string, readonly string[], number | null])[] = [
  ["bare node -e ''", ['-e', ''], null],
  [`import('${name}')`, ['--input-type=module', '-e', `await import('${name}')`], 17],
  [`require('${name}')`, ['-e', `require('${name}')`], 13],
  [`import('${name}/schema') (loads zod)`, ['--input-type=module', '-e', `await import('${name}/schema')`], 55],
  [`require('${name}/schema') (loads zod)`, ['-e', `require('${name}/schema')`], 50],
  [`import('${name}/export') (loads zod)`, ['--input-type=module', '-e', `await import('${name}/export')`], 62],
  [`import('${name}') then createIndex(dataset) (builds the bundled index)`, ['--input-type=module', '-e', `const m = await import('${name}'); m.createIndex(m.dataset)`], 19.5],
  // For reference: zod alone, and date-fns's root entry (which loads every one of its functions).
  ["import('zod') (reference)", ['--input-type=module', '-e', "await import('zod')"], null],
  ["import('date-fns') (reference)", ['--input-type=module', '-e', "await import('date-fns')"], null],
];

function timeOnce(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${String(result.stderr)}`);
  return ms;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// One warm-up of each (file-system cache), then interleaved runs so drift hits every case alike.
for (const [, args] of cases) timeOnce(args);
const check = process.argv.includes('--check');
const samples = cases.map(() => [] as number[]);
for (let i = 0; i < runs; i++) cases.forEach(([, args], c) => samples[c]!.push(timeOnce(args)));

const bare = median(samples[0]!);
console.log(`node ${process.version}, ${runs} runs each, medians (ms)`);
const width = Math.max(...cases.map(([label]) => label.length));
let over = 0;
cases.forEach(([label, , budget], c) => {
  const m = median(samples[c]!);
  const extra = c === 0 ? '' : `  (+${(m - bare).toFixed(1)} ms over bare node`;
  const verdict = budget === null ? (c === 0 ? '' : ')') : m - bare <= budget ? `; budget +${budget} ms: within)` : `; budget +${budget} ms: OVER)`;
  if (budget !== null && m - bare > budget) over++;
  console.log(`${label.padEnd(width)}  ${m.toFixed(1).padStart(7)}${extra}${verdict}`);
});
if (check && over > 0) process.exit(1);
