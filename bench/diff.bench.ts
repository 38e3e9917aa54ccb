/**
 * `npm run bench:diff`: diffDatasets on synthetic datasets (bench/generate.ts) of 10^4, 10^5 and
 * 2·10^5 events (plus one entity per ten events, their relationships and event links), against a
 * copy with 1% of the events edited (a date, a participant's role, a summary), 0.1% of the
 * entities removed and 0.1% more events added. Reports the mean time per diff and per record, so
 * linearity shows as a flat time per record; checks each diff finds exactly the edits made.
 */
import { performance } from 'node:perf_hooks';
import { diffDatasets } from '../src/diff/diffDatasets.js';
import type { DiffableDataset } from '../src/diff/types.js';
import { generate } from './generate.js';

interface Row { n: number; records: number; ms: number; perRecordUs: number; changed: number; added: number; removed: number }

function edited(base: DiffableDataset): { next: DiffableDataset; changed: number; added: number; removed: number } {
  const events: object[] = base.events.map((e, i) => {
    if (i % 100 !== 7) return e;
    const x = e as unknown as Record<string, unknown> & { participants: { entity: string; role: string }[] };
    return i % 300 === 7 ? { ...x, date: '2024-06-09' } : i % 300 === 107 ? { ...x, summary: 'Edited.' } : { ...x, participants: x.participants.map((p, j) => (j === 0 ? { ...p, role: p.role === 'target' ? 'victim' : 'target' } : p)) };
  });
  const extra = Math.floor(base.events.length / 1000);
  for (let i = 0; i < extra; i++) events.push({ ...(base.events[i] as object), id: `added-${i}` });
  const removed = base.entities.filter((_, i) => i % 1000 === 999).map((e) => e.id);
  const gone = new Set(removed);
  const entities = base.entities.filter((e) => !gone.has(e.id));
  return { next: { ...base, events, entities } as unknown as DiffableDataset, changed: Math.ceil((base.events.length - 7) / 100), added: extra, removed: removed.length };
}

const rows: Row[] = [];
for (const n of [10_000, 100_000, 200_000]) {
  const { dataset } = generate(n, 2024);
  const base = dataset as unknown as DiffableDataset;
  const { next, changed, added, removed } = edited(base);
  const records = ['sources', 'entities', 'events', 'relationships', 'eventLinks'].reduce((s, k) => s + (base as unknown as Record<string, unknown[]>)[k]!.length, 0);
  const first = diffDatasets(base, next);
  if (first.changed.length !== changed || first.added.length !== added || first.removed.length !== removed) {
    throw new Error(`n=${n}: expected ${changed} changed, ${added} added, ${removed} removed; got ${first.changed.length}, ${first.added.length}, ${first.removed.length}`);
  }
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < 3_000 || runs < 3) {
    diffDatasets(base, next);
    runs++;
  }
  const ms = (performance.now() - start) / runs;
  rows.push({ n, records, ms, perRecordUs: (ms * 1000) / records, changed, added, removed });
}
console.log('| events | records | changed / added / removed | mean per diff | per record |');
console.log('| --: | --: | --: | --: | --: |');
for (const r of rows) console.log(`| ${r.n.toLocaleString('en')} | ${r.records.toLocaleString('en')} | ${r.changed} / ${r.added} / ${r.removed} | ${r.ms.toFixed(1)} ms | ${r.perRecordUs.toFixed(2)} µs |`);
for (let i = 1; i < rows.length; i++) {
  const [a, b] = [rows[i - 1]!, rows[i]!];
  console.log(`per-record time at ${b.n.toLocaleString('en')} events ÷ at ${a.n.toLocaleString('en')}: ${(b.perRecordUs / a.perRecordUs).toFixed(2)} (1.00 = linear)`);
}
