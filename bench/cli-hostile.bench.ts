/**
 * `npm run bench:cli`: the CLI on hostile arguments of growing size (10^4 to 10^6 characters) —
 * an unknown option, an unknown actor, a bad date, an unknown entity name, an unknown command.
 * Reports the mean time per run; linear (or better) shows as time growing no faster than size.
 * Each run must end in exit 2 with a short message.
 */
import { performance } from 'node:perf_hooks';
import { runCli } from '../src/cli/runCli.js';

const io = (sink: { err: string }) => ({ stdout: () => true, stderr: (t: string) => (sink.err += t), env: {}, isTTY: false });
const cases: Record<string, (s: string) => string[]> = {
  'unknown option': (s) => ['events', `--${s}`],
  'unknown actor': (s) => ['events', '--actor', s],
  'bad date': (s) => ['events', '--from', s],
  'entity name': (s) => ['entity', s],
  'unknown command': (s) => [s],
};
const sizes = [10_000, 100_000, 1_000_000];
console.log(`| argument | ${sizes.map((n) => `${n.toLocaleString('en')} chars`).join(' | ')} | 10^6 ÷ 10^4 |`);
console.log(`| --- | ${sizes.map(() => '--:').join(' | ')} | --: |`);
for (const [name, argv] of Object.entries(cases)) {
  const times: number[] = [];
  for (const n of sizes) {
    const value = 'ka'.repeat(n / 2);
    let runs = 0;
    const start = performance.now();
    while (performance.now() - start < 1_000 || runs < 3) {
      const sink = { err: '' };
      const code = await runCli(argv(value), io(sink));
      if (code !== 2 || sink.err.length > 2_000) throw new Error(`${name} at ${n}: exit ${code}, ${sink.err.length} characters on stderr`);
      runs++;
    }
    times.push((performance.now() - start) / runs);
  }
  console.log(`| ${name} | ${times.map((t) => `${t.toFixed(2)} ms`).join(' | ')} | ${(times.at(-1)! / times[0]!).toFixed(0)}× for 100× the size |`);
}
