/**
 * `npm run bench:export`: the exports on hostile-shaped datasets, at n and 4n records, to show
 * they stay linear in the dataset's size (4n should cost about 4× n, never 16×):
 *
 * - deep `within` chain: n places each within the next, the last within a state; n events all
 *   located at the bottom of the chain (every export that locates events walks the chain);
 * - deep `part-of` chain: n organisations each part of the next, the last part of a state; n
 *   events, each with a different one of them as perpetrator (actor types walk the chain);
 * - many sources: n sources and n events, each citing a different one (notes cite by source id).
 *
 * Run: `npm run bench:export` (or `tsx bench/export.bench.ts [n]`, default n = 2000).
 */
import { performance } from 'node:perf_hooks';
import { toACLED } from '../src/export/toACLED.js';
import { toCSV } from '../src/export/toCSV.js';
import { toGeoJSON } from '../src/export/toGeoJSON.js';
import { toPLOVER } from '../src/export/toPLOVER.js';
import { toUCDPGED } from '../src/export/toUCDPGED.js';
import type { DatasetRecord } from '../src/schema/types.js';

const ev = [{ source: 'm', paragraphs: [1] }];
const source = (id: string) => ({ id, title: 't', publisher: 'p', author: 'a', url: 'https://example.org/', published: '2024-05-01', language: 'en', paragraphs: 3 });
const entity = (id: string, extra: object = {}) => ({ id, kind: 'organization', name: id, aliases: [], description: 'd', evidence: ev, certainty: 'stated', ...extra });
const event = (i: number, extra: object = {}) => ({
  id: `e${i}`,
  type: 'attack',
  modality: 'actual',
  date: '2024-01-28',
  participants: [{ entity: 'o', role: 'perpetrator' }],
  summary: 's',
  casualties: { killed: { low: 1, best: 1, high: 1 } },
  attributedTo: null,
  evidence: ev,
  certainty: 'stated',
  ...extra,
});
const dataset = (parts: Partial<Record<keyof DatasetRecord, unknown[]>>): DatasetRecord =>
  ({ schemaVersion: '1.0.0', sources: [source('m')], entities: [], events: [], relationships: [], eventLinks: [], ...parts }) as unknown as DatasetRecord;

function withinChain(n: number): DatasetRecord {
  const entities: unknown[] = [entity('o', { subtype: 'armed-group' }), entity('st', { kind: 'state', iso: { alpha2: 'IQ', alpha3: 'IRQ', certainty: 'external', source: 'ISO' } })];
  for (let i = 0; i < n; i++) entities.push(entity(`p${i}`, { kind: 'place', within: i === n - 1 ? 'st' : `p${i + 1}`, ...(i === n - 1 ? { coordinates: { lat: 33, lon: 44, precision: 'city', certainty: 'external', source: 'x' } } : {}) }));
  return dataset({ entities, events: Array.from({ length: n }, (_, i) => event(i, { location: 'p0' })) });
}

function partOfChain(n: number): DatasetRecord {
  const entities: unknown[] = [entity('o'), entity('st', { kind: 'state' }), entity('x', { subtype: 'armed-group' })];
  const relationships: unknown[] = [];
  for (let i = 0; i < n; i++) {
    entities.push(entity(`g${i}`, { subtype: 'security-forces' }));
    relationships.push({ id: `r${i}`, subject: `g${i}`, predicate: 'part-of', object: i === n - 1 ? 'st' : `g${i + 1}`, evidence: ev, certainty: 'stated' });
  }
  const events = Array.from({ length: n }, (_, i) => event(i, { participants: [{ entity: `g${i}`, role: 'perpetrator' }, { entity: 'x', role: 'target' }] }));
  return dataset({ entities, relationships, events });
}

function manySources(n: number): DatasetRecord {
  const sources = Array.from({ length: n }, (_, i) => source(`s${i}`));
  const events = Array.from({ length: n }, (_, i) => event(i, { evidence: [{ source: `s${i}`, paragraphs: [1] }] }));
  return dataset({ sources, entities: [entity('o', { subtype: 'armed-group' })], events });
}

const EXPORTS: [string, (d: DatasetRecord) => unknown][] = [
  ["toCSV('events')", (d) => toCSV('events', { dataset: d })],
  ['toGeoJSON', (d) => toGeoJSON({ dataset: d })],
  ['toACLED', (d) => toACLED({ dataset: d })],
  ['toUCDPGED', (d) => toUCDPGED({ dataset: d })],
  ['toPLOVER', (d) => toPLOVER({ dataset: d })],
];
const SHAPES: [string, (n: number) => DatasetRecord][] = [
  ['deep within chain', withinChain],
  ['deep part-of chain', partOfChain],
  ['many sources', manySources],
];

function time(run: () => unknown): number {
  run(); // warm up
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const n = Number(process.argv[2] ?? 2000);
console.log(`| input | export | n = ${n} | 4n = ${4 * n} | 4n ÷ n |`);
console.log('| --- | --- | --: | --: | --: |');
for (const [shape, make] of SHAPES) {
  const small = make(n);
  const large = make(4 * n);
  for (const [name, run] of EXPORTS) {
    const a = time(() => run(small));
    const b = time(() => run(large));
    console.log(`| ${shape} | ${name} | ${a.toFixed(1)} ms | ${b.toFixed(1)} ms | ${(b / a).toFixed(1)}× |`);
  }
}
