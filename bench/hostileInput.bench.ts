// How the main entry's helpers answer huge hostile strings: each must grow at most linearly
// with the input (and most answer at once). Run: npx tsx bench/hostileInput.bench.ts
import { between, byActor, createIndex, dataset, findEntity, getEntity, parseEdtf, timeline } from '../src/index.js';

const SIZES = [10_000, 100_000, 1_000_000, 10_000_000];
const cases: Record<string, (s: string) => unknown> = {
  'getEntity(id)': (s) => getEntity(s as never),
  'byActor(id)': (s) => byActor(s as never),
  "between(date, null)": (s) => between(s, null),
  'parseEdtf(text)': (s) => parseEdtf(s),
  'findEntity(text)': (s) => findEntity(s),
  'timeline({ [name]: 1 })': (s) => timeline({ [s]: 1 } as never),
  "timeline({ type: text })": (s) => timeline({ type: s as never }),
  'createIndex(event id)': (s) => createIndex({ ...dataset, events: [{ ...dataset.events[0], id: s, date: '2024' }] }),
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

console.log(`| call | ${SIZES.map((n) => `${n / 1000} k chars`).join(' | ')} |`);
console.log(`| --- | ${SIZES.map(() => '---').join(' | ')} |`);
for (const [name, run] of Object.entries(cases)) {
  const cells: string[] = [];
  for (const n of SIZES) {
    const text = `kataib-hezbollah${'h'.repeat(n - 16)}`;
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      try {
        run(text);
      } catch {
        // a typed error is the expected answer
      }
      times.push(performance.now() - t);
    }
    cells.push(`${median(times).toFixed(2)} ms`);
  }
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}
