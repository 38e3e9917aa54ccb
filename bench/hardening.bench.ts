/**
 * Hostile-shape benchmark for the query helpers (no peers): each case at n and 4n, so a linear
 * helper shows a ratio near 4 and a quadratic one near 16.
 *
 * - a membership chain of n organisations (each `member-of` the next, `valid: '2000/..'`), one
 *   event per member: `byActor` / `statementsBy` / `query` of the top with `includeMembers`,
 *   `membersOf(top)`, `membershipsOf(bottom)` (the whole result built; `via` read or not);
 * - a chain of n events, each a `response-to` the previous: `causes(last)` / `consequences(first)`;
 * - the "unknown id" error of an index of n entities (close-match suggestions): the first miss
 *   and the median of the later ones.
 *
 *   node --expose-gc --import tsx bench/hardening.bench.ts                # n = 2,000 and 8,000; ids at 10^5 and 4×10^5
 *   BENCH_N=8000 node --expose-gc --import tsx bench/hardening.bench.ts   # n = 8,000 and 32,000
 */
import { performance } from 'node:perf_hooks';
import { createIndex } from '../src/query/createIndex.js';

const ev = [{ source: 'memo', paragraphs: [1] }];
const source = { id: 'memo', title: 'A memo', publisher: 'Us', author: 'Me', url: 'https://example.org/memo', published: '2024-05-01', language: 'en', paragraphs: 3 };
const ent = (id: string) => ({ id, kind: 'organization', name: `Name ${id}`, aliases: [`alias ${id}`], description: 'An entity.', evidence: ev, certainty: 'stated' });
const event = (id: string, actor: string, role = 'speaker') => ({
  id, type: 'statement', modality: 'actual', date: '2024-05', participants: [{ entity: actor, role }], summary: 'Spoke.', attributedTo: null, evidence: ev, certainty: 'stated',
});
const dataset = (parts: Record<string, unknown[]>) => ({ schemaVersion: '1.0.0', sources: [source], entities: [], events: [], relationships: [], eventLinks: [], ...parts }) as never;

/** Median of `runs` timings of `f` (ms). */
function time(f: () => unknown, runs = 5): number {
  (globalThis as { gc?: () => void }).gc?.(); // with --expose-gc: no collection left over from the case before
  f(); // warm-up
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    ts.push(performance.now() - t0);
  }
  return ts.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

function membershipChain(n: number) {
  const org = (i: number) => `org-${i}`;
  return createIndex(
    dataset({
      entities: Array.from({ length: n }, (_, i) => ent(org(i))),
      events: Array.from({ length: n }, (_, i) => event(`e-${i}`, org(i))),
      relationships: Array.from({ length: n - 1 }, (_, i) => ({ id: `r-${i}`, subject: org(i), predicate: 'member-of', object: org(i + 1), valid: '2000/..', evidence: ev, certainty: 'stated' })),
    }),
  );
}

function eventChain(n: number) {
  return createIndex(
    dataset({
      entities: [ent('org-0')],
      events: Array.from({ length: n }, (_, i) => ({ ...event(`e-${i}`, 'org-0'), date: `2024-05-${String(1 + (i % 28)).padStart(2, '0')}` })),
      eventLinks: Array.from({ length: n - 1 }, (_, i) => ({ id: `l-${i}`, from: `e-${i + 1}`, type: 'response-to', to: `e-${i}`, evidence: ev, certainty: 'stated' })),
    }),
  );
}

const rows: string[] = [];
const ms = (t: number) => (t < 10 ? t.toFixed(2) : t.toFixed(1));
const row = (label: string, a: number, b: number) => rows.push(`| ${label} | ${ms(a)} | ${ms(b)} | ${(b / a).toFixed(1)} |`);
const readAll = (entries: readonly { via: readonly unknown[] }[]) => entries.reduce((s, e) => s + e.via.length, 0);

const n1 = Number(process.env['BENCH_N'] ?? 2000);
const n2 = 4 * n1;
const m1 = membershipChain(n1);
const m2 = membershipChain(n2);
const top = (n: number) => `org-${n - 1}`;
for (const [label, f] of [
  ['byActor(top, { includeMembers: true })', (ix: typeof m1, n: number) => ix.byActor(top(n) as never, { includeMembers: true })],
  ['statementsBy(top, { includeMembers: true })', (ix: typeof m1, n: number) => ix.statementsBy(top(n) as never, { includeMembers: true })],
  ['query({ actor: top, includeMembers: true })', (ix: typeof m1, n: number) => ix.query({ actor: top(n) as never, includeMembers: true })],
  ['membersOf(top)', (ix: typeof m1, n: number) => ix.membersOf(top(n) as never)],
  ['membershipsOf(bottom)', (ix: typeof m1) => ix.membershipsOf('org-0' as never)],
] as const) {
  row(label, time(() => f(m1, n1)), time(() => f(m2, n2)));
}
const c1 = eventChain(n1);
const c2 = eventChain(n2);
row('causes(last event)', time(() => c1.causes(`e-${n1 - 1}` as never)), time(() => c2.causes(`e-${n2 - 1}` as never)));
row('consequences(first event)', time(() => c1.consequences('e-0' as never)), time(() => c2.consequences('e-0' as never)));
// the output itself is n²/2 relationships: last, and only up to n = 8,000 (memory)
if (n2 <= 8000) row('membersOf(top), every via read (output n²/2)', time(() => readAll(m1.membersOf(top(n1) as never))), time(() => readAll(m2.membersOf(top(n2) as never))));

const [k1, k2] = [100_000, 400_000];
const big = (k: number) => createIndex(dataset({ entities: Array.from({ length: k }, (_, i) => ent(`org-${i}`)), events: [event('e-0', 'org-0')] }));
const misses = ['org-99999x', 'org-12345y', 'zzzz-zzzz', 'name 5x', 'org-7777', 'alias org-31'];
const missTimes = (k: number): [number, number] => {
  const ix = big(k);
  const miss = (q: string) => () => {
    try {
      ix.byActor(q as never);
    } catch {
      /* expected */
    }
  };
  const t0 = performance.now();
  miss(misses[0]!)();
  const first = performance.now() - t0;
  const later = misses.slice(1).map((q) => time(miss(q), 3)).sort((a, b) => a - b);
  return [first, later[Math.floor(later.length / 2)]!];
};
const [f1, l1] = missTimes(k1);
const [f2, l2] = missTimes(k2);
row('unknown id, first miss (10^5 → 4×10^5 entities)', f1, f2);
row('unknown id, later misses, median (10^5 → 4×10^5 entities)', l1, l2);

console.log(`node ${process.version}; n = ${n1} → ${n2} unless said; median of 5 runs after a warm-up\n`);
console.log('| case | n (ms) | 4n (ms) | ratio |\n| --- | --: | --: | --: |');
for (const r of rows) console.log(r);
