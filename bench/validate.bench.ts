/**
 * Validation benchmark: `safeParseDataset` on datasets with many dangling references, to show
 * that validation stays linear in the size of the dataset however many references are broken
 * (each distinct unknown id gets its "closest" hint once, from a bounded set of candidates).
 *
 *   npm run bench:validate                  # 10^4 and 10^5 entities, as many references
 *   npm run bench:validate -- 100000        # chosen sizes
 *   npm run bench:validate -- --dist 100000 # the built package (dist/, after `npm run build`)
 *
 * For each size n: n valid organisations and n events, each naming one participant; the
 * participants are all valid (the baseline), all dangling with n distinct ids, or all dangling
 * with 100 distinct ids repeated; then the valid dataset with one invalid field in every event
 * (a misspelt type, an unknown key, an impossible date): what reporting bad records costs. Past
 * 10,000 problems the rest are counted, not listed (the issues column shows the listed ones and
 * the one that counts the rest). Prints the median wall time and the median CPU time (user +
 * system: less sensitive to other jobs on a shared machine) over 5 runs, after one warm-up run.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { safeParseDataset as fromSource } from '../src/schema/safeParseDataset.js';
import { danglingDataset } from './danglingDataset.js';

const RUNS = 5;
const args = process.argv.slice(2);
const sizes = args.map(Number).filter((n) => n > 0);
// The source runs through tsx (its name-keeping wrappers cost a little); --dist measures what users load.
const safeParseDataset: typeof fromSource = args.includes('--dist')
  ? ((await import(new URL('../dist/schema.js', import.meta.url).href)) as { safeParseDataset: typeof fromSource }).safeParseDataset
  : fromSource;
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (t: number): string => `${t.toFixed(0)} ms`;

function measure(input: unknown): { wall: number; cpu: number; issues: number } {
  const walls: number[] = [];
  const cpus: number[] = [];
  let issues = 0;
  for (let run = 0; run <= RUNS; run++) {
    const c = cpu();
    const w = performance.now();
    const result = safeParseDataset(input);
    const wall = performance.now() - w;
    const used = cpu() - c;
    issues = result.success ? 0 : result.issues.length;
    if (run > 0) {
      walls.push(wall);
      cpus.push(used);
    }
  }
  return { wall: median(walls), cpu: median(cpus), issues };
}

console.log(`${args.includes('--dist') ? 'dist/schema.js' : 'src (tsx)'}; Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load average ${os.loadavg()[0]!.toFixed(1)}`);
console.log('| entities | references | kind | issues | median wall | median CPU |');
console.log('| ---: | ---: | --- | ---: | ---: | ---: |');
for (const n of sizes.length > 0 ? sizes : [10_000, 100_000]) {
  const valid = danglingDataset(n, n) as { entities: { id: string }[]; events: { participants: { entity: string }[] }[] };
  valid.events.forEach((e, i) => (e.participants[0]!.entity = valid.entities[i]!.id));
  const withEvents = (change: (e: Record<string, unknown>) => void) => {
    const copy = { ...valid, events: valid.events.map((e) => ({ ...e })) };
    copy.events.forEach((e) => change(e as unknown as Record<string, unknown>));
    return copy;
  };
  const cases = [
    ['all valid', valid],
    [`dangling, ${n} distinct ids`, danglingDataset(n, n)],
    ['dangling, 100 distinct ids', danglingDataset(n, n, 100)],
    ['every event: a misspelt type', withEvents((e) => (e['type'] = 'atack'))],
    ['every event: an unknown key', withEvents((e) => (e['colour'] = 'red'))],
    ['every event: an impossible date', withEvents((e) => (e['date'] = '2024-13-45'))],
  ] as const;
  for (const [kind, input] of cases) {
    const m = measure(input);
    console.log(`| ${n} | ${n} | ${kind} | ${m.issues} | ${ms(m.wall)} | ${ms(m.cpu)} |`);
  }
}
console.log(`load average at the end ${os.loadavg()[0]!.toFixed(1)}`);
