import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commandSpecs.js';
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
