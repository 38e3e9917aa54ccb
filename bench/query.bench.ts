/**
 * Query benchmark: indexed helpers (`createIndex`) against naive scans, in the same run, on
 * seeded synthetic datasets of 10^4, 10^5 and 10^6 events (see ./generate.ts).
 *
 *   npm run bench                 # all three sizes
 *   npm run bench -- 10000 100000 # chosen sizes
 *
 * Prints, per size: the dataset's heap, the index's build time and heap, and per helper the mean
 * time of an indexed query, of the naive scan on the same queries, and their ratio. Heap figures
 * are `heapUsed + arrayBuffers` after a full GC (typed arrays live outside the JS heap). Every
 * measured naive answer is checked against the indexed one. Needs `--expose-gc` (the npm script
 * passes it) for the heap figures.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { createIndex } from '../src/query/createIndex.js';
import type { DatasetRecord, EventRecord } from '../src/schema/types.js';
import { generate } from './generate.js';
import {
  naiveActorWindow,
  naiveBetween,
  naiveByActor,
  naiveByActorWithMembers,
  naiveByPlace,
  naiveCauses,
  naiveFindEntity,
  naiveMembersOf,
  naivePathLength,
  naiveRelationsOf,
  naiveTypeWindow,
  windowOf,
} from './naive.js';

const gc = (globalThis as { gc?: () => void }).gc;
const heap = (): number => {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  // The index keeps typed arrays, whose backing stores live outside the JS heap: count them too.
  return m.heapUsed + m.arrayBuffers;
};
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const ms = (t: number) => (t >= 100 ? `${t.toFixed(0)} ms` : t >= 1 ? `${t.toFixed(2)} ms` : `${(t * 1000).toFixed(1)} µs`);

/** Mean time per call over `args`, repeating the list until `budget` ms have passed (at least once). */
function time<A>(args: readonly A[], run: (a: A) => unknown, budget: number): number {
  for (const a of args.slice(0, 3)) run(a); // warm up
  let calls = 0;
  const t0 = performance.now();
  let t = t0;
  do {
    for (const a of args) run(a);
    calls += args.length;
    t = performance.now();
  } while (t - t0 < budget);
  return (t - t0) / calls;
}

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id).join(',');

interface Row {
  readonly helper: string;
  readonly indexed: number;
  readonly naive: number;
  readonly results: number;
}

function benchSize(n: number): { rows: Row[]; buildMs: number; datasetHeap: number; indexHeap: number; fullIndexHeap: number; entities: number } {
  const before = heap();
  const synthetic = generate(n, 2024);
  const d: DatasetRecord = synthetic.dataset;
  const datasetHeap = heap() - before;

  const b0 = performance.now();
  const ix = createIndex(d);
  const buildMs = performance.now() - b0;
  const indexHeap = heap() - before - datasetHeap;

  // Query arguments, drawn the same way for every size.
  let seed = 7;
  const rand = () => ((seed = (Math.imul(seed, 48271) + 11) % 2147483647) & 0x7fffffff) / 2147483647;
  const pickEvent = () => d.events[Math.floor(rand() * d.events.length)]!;
  const actors = Array.from({ length: 40 }, () => pickEvent().participants[0]!.entity);
  const day = (y: number, doy: number) => new Date(Date.UTC(y, 0, 1 + doy));
  const windows30 = Array.from({ length: 40 }, () => {
    const from = day(1990 + Math.floor(rand() * 35), Math.floor(rand() * 330));
    const to = new Date(from.getTime() + 29 * 86_400_000);
    return [from.toISOString().slice(0, 10), to.toISOString().slice(0, 10)] as const;
  });
  const windowYear = windows30.map(([from]) => [from.slice(0, 4), from.slice(0, 4)] as const);
  const pairs = actors.map((a, i) => [a, windows30[i]!] as const);
  const typePairs = windowYear.map((w, i) => [d.events[i % d.events.length]!.type, w] as const);
  const cities = synthetic.regions.slice(-20);
  const linked = d.eventLinks.slice(0, 40).map((l) => l.from);
  const names = actors.map((a) => `Entity ${a.slice(4).replace(/^0+/, '')} `);

  const budget = n >= 1_000_000 ? 1500 : 600;
  const rows: Row[] = [];
  const measure = <A>(helper: string, args: readonly A[], indexed: (a: A) => { length: number } | null, naive: (a: A) => unknown, same: (a: A, got: unknown, want: unknown) => boolean) => {
    // The naive scans get fewer queries at 10^6 so the whole run stays within minutes.
    const naiveArgs = n >= 1_000_000 ? args.slice(0, 4) : n >= 100_000 ? args.slice(0, 10) : args;
    for (const a of naiveArgs) {
      if (!same(a, indexed(a), naive(a))) throw new Error(`${helper}: indexed and naive answers differ for ${JSON.stringify(a)}`);
    }
    const ti = time(args, indexed, budget);
    const tn = time(naiveArgs, naive, budget);
    const results = args.reduce((s, a) => s + (indexed(a)?.length ?? 0), 0) / args.length;
    rows.push({ helper, indexed: ti, naive: tn, results });
  };
  const sameEvents = (_: unknown, got: unknown, want: unknown) => ids(got as EventRecord[]) === ids(want as EventRecord[]);

  measure('byActor', actors, (a) => ix.byActor(a), (a) => naiveByActor(d, a), sameEvents);
  measure('byActor + includeMembers (umbrella)', synthetic.umbrellas.slice(0, 20), (a) => ix.byActor(a, { includeMembers: true }), (a) => naiveByActorWithMembers(d, a), sameEvents);
  measure('between, 30-day window', windows30, ([f, t]) => ix.between(f, t), ([f, t]) => naiveBetween(d, windowOf(f, t)), sameEvents);
  measure('between, 1-year window', windowYear, ([f, t]) => ix.between(f, t), ([f, t]) => naiveBetween(d, windowOf(f, t)), sameEvents);
  measure('query: actor + 30-day window', pairs, ([a, [f, t]]) => ix.query({ actor: a, from: f, to: t }), ([a, [f, t]]) => naiveActorWindow(d, a, windowOf(f, t)), sameEvents);
  measure('query: type + 1-year window', typePairs, ([ty, [f, t]]) => ix.query({ type: ty, from: f, to: t }), ([ty, [f, t]]) => naiveTypeWindow(d, ty, windowOf(f, t)), sameEvents);
  measure('byPlace (city, with sites within)', cities, (p) => ix.byPlace(p), (p) => naiveByPlace(d, p), sameEvents);
  measure('relationsOf', actors, (a) => ix.relationsOf(a), (a) => naiveRelationsOf(d, a), (_, got, want) => (got as { relationship: { id: string } }[]).map((v) => v.relationship.id).join() === ids(want as { id: string }[]));
  measure('membersOf (umbrella)', synthetic.umbrellas.slice(0, 20), (a) => ix.membersOf(a), (a) => naiveMembersOf(d, a), (_, got, want) => (got as { entity: { id: string } }[]).map((m) => m.entity.id).join() === (want as string[]).join());
  measure('path (two actors)', actors.map((a, i) => [a, actors[(i + 1) % actors.length]!] as const), ([a, b]) => ix.path(a, b)?.steps ?? null, ([a, b]) => naivePathLength(d, a, b), (_, got, want) => (got === null ? null : (got as unknown[]).length) === want);
  measure('findEntity', names, (t) => ix.findEntity(t), (t) => naiveFindEntity(d, t), (_, got, want) => new Set((got as { entity: { id: string } }[]).map((h) => h.entity.id)).size === (want as unknown[]).length);
  measure('causes', linked, (e) => ix.causes(e), (e) => naiveCauses(d, e), (_, got, want) => (got as { event: { id: string } }[]).map((c) => c.event.id).sort().join() === [...(want as string[])].sort().join());
  // The parts built on first use (event id map, event links, folded names) are there by now.
  const fullIndexHeap = heap() - before - datasetHeap;
  void ix;
  return { rows, buildMs, datasetHeap, indexHeap, fullIndexHeap, entities: d.entities.length };
}

const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
const run = sizes.length > 0 ? sizes : [10_000, 100_000, 1_000_000];
console.log(`# iraq-militias query benchmark`);
console.log(`${new Date().toISOString()} · Node ${process.version} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'} · ${mb(os.totalmem())} RAM${gc ? '' : ' · run with --expose-gc for heap figures'}\n`);
for (const n of run) {
  const { rows, buildMs, datasetHeap, indexHeap, fullIndexHeap, entities } = benchSize(n);
  const scanBetween = rows.find((r) => r.helper.startsWith('between, 30'))!.naive;
  const scanActor = rows.find((r) => r.helper === 'byActor')!.naive;
  console.log(`## ${n.toLocaleString('en')} events, ${entities.toLocaleString('en')} entities\n`);
  const pct = (x: number) => `${((x / datasetHeap) * 100).toFixed(0)}% of the dataset's`;
  console.log(`- dataset heap: ${mb(datasetHeap)}; index heap after build: ${mb(indexHeap)} (${pct(indexHeap)}); with the parts built on first use (event-id map, event links, folded names): ${mb(fullIndexHeap)} (${pct(fullIndexHeap)})`);
  console.log(`- index build: ${ms(buildMs)} = ${(buildMs / scanBetween).toFixed(2)} naive date scans (between) = ${(buildMs / scanActor).toFixed(1)} naive participant scans (byActor)\n`);
  console.log('| helper | mean results | indexed | naive scan | speed-up |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.helper} | ${r.results.toFixed(1)} | ${ms(r.indexed)} | ${ms(r.naive)} | ${Math.round(r.naive / r.indexed).toLocaleString('en')}× |`);
  console.log('');
}
