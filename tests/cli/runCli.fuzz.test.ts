import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commandSpecs.js';
import { copyMini } from '../fixtures/miniDataset.js';
import { run } from './runCliHarness.js';

// Issue 9: the CLI under hostile argv — unknown flags, huge strings, odd unicode, option-like
// values, prototype names. Whatever comes in: exit 0, 1 or 2; an error is one line on stderr,
// never a stack trace, and never grows with the size of the input.
const dir = mkdtempSync(join(tmpdir(), 'iraq-militias-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const commands = Object.keys(COMMANDS);
const optionNames = [...new Set(Object.values(COMMANDS).flatMap((c) => Object.keys(c.options)))];
const nasty = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'help', 'version', ''];

/** Strings a hostile user might type; '/' is replaced so no generated `--out` path leaves the temp dir. */
const text = fc
  .oneof(
    fc.string(),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.constantFrom('..', '-', '--', '---', '-h', '=', ',', ',,', 'kataib', 'iran', '2024', '2024-13', '9999-12-31', '/2024', '2024/', '\u202e', '\u0000', 'a\nb', '😀', 'İ', 'ß'),
    fc.integer({ min: 1000, max: 200_000 }).map((n) => 'k'.repeat(n)),
    fc.tuple(fc.constantFrom(...nasty), fc.string({ maxLength: 5 })).map(([a, b]) => a + b),
  )
  .map((s) => s.replaceAll('/', '_'));

const option = fc.oneof(
  fc.constantFrom(...optionNames, ...nasty).map((n) => `--${n}`),
  fc.tuple(fc.constantFrom(...optionNames, ...nasty), text).map(([n, v]) => `--${n}=${v}`),
  text.map((s) => `--${s}`),
  text.map((s) => `-${s.slice(0, 3)}`),
);
const argv = fc.tuple(fc.oneof(fc.constantFrom(...commands), text), fc.array(fc.oneof(option, text), { maxLength: 8 })).map(([c, rest]) => [c, ...rest]);

describe('runCli under hostile argv', () => {
  it('exits 0, 1 or 2; errors are one bounded line, never a stack trace', async () => {
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        const r = await run(args, { cwd: dir });
        expect([0, 1, 2]).toContain(r.code);
        expect(r.stderr).not.toMatch(/\n\s+at |node:internal|internal error/);
        if (r.code === 2) {
          expect(r.stdout).toBe('');
          expect(r.stderr).toMatch(/^iraq-militias: [^\n]+\n$/);
          expect(r.stderr.length).toBeLessThan(2_000);
        }
        if (r.code === 0 && r.stderr !== '') expect(r.stderr).toMatch(/^iraq-militias: note: [^\n]+\n$/);
      }),
      { numRuns: 400 },
    );
  });

  it('a 1 MB argument gets a short message, whatever it stands for', async () => {
    const huge = 'a'.repeat(1_000_000);
    for (const args of [[huge], ['events', `--${huge}`], ['events', '--actor', huge], ['entity', huge], ['events', '--from', huge], ['diff', huge, huge], ['events', '--data', huge]]) {
      const r = await run(args, { cwd: dir });
      expect(r.code, args[0]!.slice(0, 10)).toBe(2);
      expect(r.stderr.length).toBeLessThan(2_000);
    }
  });
});

// The data, not the argv, is hostile: names, aliases, descriptions, summaries and titles holding
// terminal escapes, carriage returns, line breaks, DEL, C1 controls and bidi overrides. The
// human-readable output shows them escaped, one record a line; the machine formats keep them exact.
describe('runCli on a dataset whose text holds control characters', () => {
  const nastyText = fc
    .array(fc.oneof(fc.constantFrom('\u001b[2J', '\u001b]0;t\u0007', '\r', '\n', '\r\nfake row', '\u007f', '\u0085', '\u009b31m', '\u202e', '\u2066', '\u2028', '\t', '\u0000'), fc.string({ maxLength: 4 })), {
      minLength: 1,
      maxLength: 6,
    })
    .map((parts) => `X${parts.join('')}`); // schema text must not be blank
  const textCommands: readonly string[][] = [
    ['events'],
    ['events', '--actor', 'group-a'],
    ['timeline'],
    ['entity', 'group-a'],
    ['entity', 'umbrella'],
    ['relations', 'group-a'],
    ['path', 'group-a', 'umbrella'],
  ];
  // eslint-disable-next-line no-control-regex
  const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

  it('text output never carries a raw control character or a forged line', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(nastyText, { minLength: 6, maxLength: 6 }), fc.constantFrom(...textCommands), async (texts, args) => {
        const d = copyMini();
        [d.entities[2].name, d.entities[3].name, d.entities[2].description, d.events[0].summary, d.events[1].summary, d.sources[0].title] = texts;
        d.entities[2].aliases = [`alias ${texts[0]}`];
        const file = join(dir, 'nasty.json');
        writeFileSync(file, JSON.stringify(d));
        const r = await run([...args, '--data', file], { cwd: dir });
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout).not.toMatch(RAW);
        expect(r.stderr).not.toMatch(RAW);
        expect(r.stdout).not.toMatch(/^fake row/m);
      }),
      { numRuns: 60 },
    );
  });
});
