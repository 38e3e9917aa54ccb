/**
 * Query benchmark, side by side: the library (`createIndex`) against what a user would write or
 * pick instead, on the same generated data (./generate.ts) and the same arguments:
 *
 * - **hand index**: a ~30-line hand-written index (./handIndex.ts);
 * - **scan**: one pass over the events, dates parsed and events sorted once (./scan.ts);
 * - **DuckDB**: in-process, indexed tables, prepared statements (./duck.ts); load time apart.
 *
 * The question is the library's default call (`byActor(a)`, `between(from, to)`, `query({ actor,
 * from, to })`, `path(a, b)`): only the events that happened, at their known spans; every peer
 * answers that same question (./peerRows.ts; DuckDB in its SQL).
 *
 * Every answer of every system is compared id by id with the library's before timing (paths by
 * length); a difference aborts the run. Each timed sample is one argument run `reps` times in a
 * row (reps chosen so a sample lasts ≥ 50 µs), rounds over all arguments until the time budget
 * is spent, after a warm-up round: medians and p95 are over those per-call samples.
 *
 *   npm run bench                         # 10^3, 10^4, 10^5, 10^6 events
 *   npm run bench -- 100000               # chosen sizes (or BENCH_SIZES=1e5,1e6)
 *   BENCH_BUDGET_MS=300 npm run bench     # time per system and query (default 400; ×2 at 10^6)
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { createIndex } from '../src/query/createIndex.js';
import type { DatasetRecord } from '../src/schema/types.js';
import { duckPeer } from './duck.js';
import { generate } from './generate.js';
import { dayOf, handIndex } from './handIndex.js';
import { scanPeer } from './scan.js';

type Sys = 'library' | 'hand index' | 'scan' | 'DuckDB';
const SYSTEMS: readonly Sys[] = ['library', 'hand index', 'scan', 'DuckDB'];
const BUDGET = Number(process.env['BENCH_BUDGET_MS'] ?? 400);

const fmt = (t: number) => (t >= 100 ? `${t.toFixed(0)} ms` : t >= 1 ? `${t.toFixed(2)} ms` : t >= 0.001 ? `${(t * 1000).toFixed(2)} µs` : `${(t * 1e6).toFixed(0)} ns`);
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
let sink = 0;
const size = (x: unknown) => (x === null ? 0 : typeof x === 'number' ? x : (x as { length: number }).length);

interface Stat {
  readonly median: number;
  readonly p95: number;
  readonly samples: number;
}

/** Per-call samples of `run` over `args` (sync or async), after one warm-up round. */
async function measure<A>(args: readonly A[], run: (a: A) => unknown, budget: number): Promise<Stat> {
  const call = async (a: A) => {
    const r = run(a);
    sink += size(r instanceof Promise ? await r : r);
  };
  const isAsync = run(args[0]!) instanceof Promise;
  const t0 = performance.now();
  for (const a of args) await call(a); // warm-up
  const perCall = (performance.now() - t0) / args.length;
  const reps = Math.max(1, Math.min(10_000, Math.ceil(0.05 / perCall)));
  const samples: number[] = [];
  const start = performance.now();
  do {
    for (const a of args) {
      const s = performance.now();
      if (isAsync) for (let i = 0; i < reps; i++) sink += size(await (run(a) as Promise<unknown>));
      else for (let i = 0; i < reps; i++) sink += size(run(a));
      samples.push((performance.now() - s) / reps);
    }
  } while (performance.now() - start < budget);
  return { median: quantile(samples, 0.5), p95: quantile(samples, 0.95), samples: samples.length };
}

interface Row {
  readonly query: string;
  readonly results: number;
  readonly stats: Partial<Record<Sys, Stat>>;
}

async function benchSize(n: number) {
  const synthetic = generate(n, 2024);
  const d: DatasetRecord = synthetic.dataset;
  const load: Partial<Record<Sys, number>> = {};
  const timed = async <T>(sys: Sys, make: () => T | Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const x = await make();
    load[sys] = performance.now() - t0;
    return x;
  };
  const lib = await timed('library', () => createIndex(d));
  const hand = await timed('hand index', () => handIndex(d));
  const scan = await timed('scan', () => scanPeer(d));
  const duck = await timed('DuckDB', () => duckPeer(d));

  // Arguments, drawn the same way for every size and handed to every system.
  let seed = 7;
  const rand = () => ((seed = (Math.imul(seed, 48271) + 11) % 2147483647) & 0x7fffffff) / 2147483647;
  const count = 20;
  const actors = Array.from({ length: count }, () => d.events[Math.floor(rand() * d.events.length)]!.participants[0]!.entity);
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  const windows = (days: number) =>
    Array.from({ length: count }, () => {
      const from = dayOf('1990-01-01') + Math.floor(rand() * (35 * 365 - days));
      return [iso(from), iso(from + days - 1)] as const;
    });
  const day1 = windows(1);
  const day30 = windows(30);
  const year = windows(365);
  const decade = windows(3652);
  const pairs = actors.map((a, i) => [a, actors[(i + 1) % count]!] as const);
  const actorWindows = actors.map((a, i) => [a, day30[i]!] as const);

  type Q = { query: string; args: readonly unknown[]; run: Partial<Record<Sys, (a: never) => unknown>>; compare?: 'length' };
  const win = (within: boolean) => ({
    library: ([f, t]: readonly [string, string]) => lib.between(f, t, within ? { mode: 'within' } : undefined),
    'hand index': ([f, t]: readonly [string, string]) => hand.between(dayOf(f), dayOf(t), within),
    scan: ([f, t]: readonly [string, string]) => scan.between(dayOf(f), dayOf(t), within),
    DuckDB: ([f, t]: readonly [string, string]) => duck.between(dayOf(f), dayOf(t), within),
  });
  const queries: Q[] = [
    { query: 'byActor', args: actors, run: { library: (a: string) => lib.byActor(a), 'hand index': (a: string) => hand.byActor(a), scan: (a: string) => scan.byActor(a), DuckDB: (a: string) => duck.byActor(a) } },
    { query: 'between, 1 day (overlap)', args: day1, run: win(false) },
    { query: 'between, 30 days (overlap)', args: day30, run: win(false) },
    { query: 'between, 1 year (overlap)', args: year, run: win(false) },
    { query: 'between, 10 years (overlap)', args: decade, run: win(false) },
    { query: 'between, 1 day (within)', args: day1, run: win(true) },
    { query: 'between, 30 days (within)', args: day30, run: win(true) },
    {
      query: 'actor + 30-day window',
      args: actorWindows,
      run: {
        library: ([a, [f, t]]: readonly [string, readonly [string, string]]) => lib.query({ actor: a, from: f, to: t }),
        'hand index': ([a, [f, t]]: readonly [string, readonly [string, string]]) => hand.actorWindow(a, dayOf(f), dayOf(t)),
        scan: ([a, [f, t]]: readonly [string, readonly [string, string]]) => scan.actorWindow(a, dayOf(f), dayOf(t)),
        DuckDB: ([a, [f, t]]: readonly [string, readonly [string, string]]) => duck.actorWindow(a, dayOf(f), dayOf(t)),
      },
    },
    {
      query: 'path (two actors)',
      args: pairs,
      compare: 'length',
      run: {
        library: ([a, b]: readonly [string, string]) => lib.path(a, b)?.steps.length ?? null,
        'hand index': ([a, b]: readonly [string, string]) => hand.pathLength(a, b),
        DuckDB: ([a, b]: readonly [string, string]) => duck.pathLength(a, b),
      },
    },
  ];

  const rows: Row[] = [];
  for (const q of queries) {
    // Check every system's answer against the library's, argument by argument.
    const key = (x: unknown) => (q.compare === 'length' ? String(x) : (x as readonly ({ id: string } | string)[]).map((e) => (typeof e === 'string' ? e : e.id)).join(','));
    let results = 0;
    for (const a of q.args) {
      const want = key(q.run.library!(a as never));
      results += size(q.run.library!(a as never));
      for (const sys of SYSTEMS) {
        const f = q.run[sys];
        if (f === undefined) continue;
        const got = key(await f(a as never));
        if (got !== want) throw new Error(`${sys}, ${q.query}: answer differs from the library's for ${JSON.stringify(a)}`);
      }
    }
    const stats: Partial<Record<Sys, Stat>> = {};
    for (const sys of SYSTEMS) {
      const f = q.run[sys];
      if (f !== undefined) stats[sys] = await measure(q.args, f as (a: unknown) => unknown, n >= 1_000_000 ? 2 * BUDGET : BUDGET);
    }
    rows.push({ query: q.query, results: results / q.args.length, stats });
  }
  duck.close();
  return { rows, load, entities: d.entities.length };
}

const fromArgs = process.argv.slice(2).map(Number).filter((x) => x > 0);
const fromEnv = (process.env['BENCH_SIZES'] ?? '').split(',').map(Number).filter((x) => x > 0);
const sizes = fromArgs.length > 0 ? fromArgs : fromEnv.length > 0 ? fromEnv : [1e3, 1e4, 1e5, 1e6];
const cpu = os.cpus();
console.log('# iraq-militias query benchmark, side by side\n');
console.log(`${new Date().toISOString()} · Node ${process.version} · ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'} · ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM · load average at start ${os.loadavg().map((x) => x.toFixed(2)).join(' / ')}\n`);
const growth: Record<string, Record<number, number>> = {};
for (const n of sizes) {
  const { rows, load, entities } = await benchSize(n);
  console.log(`## ${n.toLocaleString('en')} events, ${entities.toLocaleString('en')} entities\n`);
  console.log(`Load / build: ${SYSTEMS.map((s) => `${s} ${fmt(load[s]!)}`).join(' · ')} · load average now ${os.loadavg()[0]!.toFixed(2)}\n`);
  console.log('| query | mean results (selectivity) | library median / p95 | hand index | scan | DuckDB | library ÷ hand | library ÷ scan | library ÷ DuckDB |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const lib = r.stats.library!;
    const cell = (s: Sys) => (r.stats[s] ? `${fmt(r.stats[s]!.median)} / ${fmt(r.stats[s]!.p95)}` : '—');
    const ratio = (s: Sys) => (r.stats[s] ? `${(lib.median / r.stats[s]!.median).toFixed(lib.median / r.stats[s]!.median < 0.1 ? 4 : 2)}×` : '—');
    const sel = r.query.startsWith('path') ? `${r.results.toFixed(1)} steps` : `${r.results.toFixed(1)} (${((r.results / n) * 100).toPrecision(2)} %)`;
    console.log(`| ${r.query} | ${sel} | ${cell('library')} | ${cell('hand index')} | ${cell('scan')} | ${cell('DuckDB')} | ${ratio('hand index')} | ${ratio('scan')} | ${ratio('DuckDB')} |`);
    (growth[r.query] ??= {})[n] = lib.median;
  }
  console.log('');
}
if (sizes.length > 1) {
  console.log('## Library median by size\n');
  console.log(`| query | ${sizes.map((n) => n.toLocaleString('en')).join(' | ')} |`);
  console.log(`| --- | ${sizes.map(() => '---:').join(' | ')} |`);
  for (const [q, byN] of Object.entries(growth)) console.log(`| ${q} | ${sizes.map((n) => fmt(byN[n]!)).join(' | ')} |`);
  console.log('');
}
console.log(`(checksum ${sink})`);
