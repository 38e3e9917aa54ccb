import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { EXIT_CODES } from '../../src/cli/exitCodes.js';
import { OutputError } from '../../src/cli/OutputError.js';
import { quoteArg } from '../../src/cli/quoteArg.js';
import { runCli } from '../../src/cli/runCli.js';
import { createIndex } from '../../src/query/createIndex.js';
import type { DatasetRecord } from '../../src/schema/types.js';
import { run } from './runCliHarness.js';

// Issue 9, CLI: no silent guesses, distinct exit codes, repeated options refused, '..' accepted,
// messages in the CLI's own words, --modality / --mode / --roles.
const index = createIndex(dataset);

function usage(r: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
}

describe('entity <name>: never a silent guess', () => {
  it("a partial name with several equally good matches lists them, exit 2 ('kataib')", async () => {
    usage(await run(['entity', 'kataib']), /'kataib' names no entity exactly and matches 4 partly: kataib-hezbollah \('Kataib Hezbollah'\), kataib-sayyid-al-shuhada/);
  });

  it("a substring-only match is not guessed: 'x' lists the Iranian embassy as a candidate, exit 2", async () => {
    usage(await run(['entity', 'x']), /'x' names no entity exactly and matches only partly: iranian-embassy-damascus/);
  });

  it('one clear best match is shown with a note on stderr saying it was guessed, exit 0', async () => {
    const r = await run(['entity', 'embassy']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("iraq-militias: note: no entity is named 'embassy'; showing the one best match, 'Iranian embassy complex in Damascus' (iranian-embassy-damascus)\n");
    expect(r.stdout).toMatch(/^Iranian embassy complex in Damascus \(iranian-embassy-damascus\)\n/);
  });

  it('an id, exact name or alias needs no note', async () => {
    for (const arg of ['kataib-hezbollah', 'Kataib Hezbollah', 'KH']) expect((await run(['entity', arg])).stderr).toBe('');
  });

  it('--actor and --place never guess either', async () => {
    usage(await run(['events', '--actor', 'kataib']), /^iraq-militias: --actor: 'kataib' names no entity exactly/);
  });
});

describe('exit codes', () => {
  it('are documented constants: 0 ok, 1 problems / no result, 2 usage, 70 internal, 74 output', () => {
    expect(EXIT_CODES).toEqual({ ok: 0, problems: 1, usage: 2, internal: 70, output: 74 });
    expect(Object.isFrozen(EXIT_CODES)).toBe(true);
  });

  it('an internal error (a bug) gets 70 and one line, no stack trace, not the usage or no-result code', async () => {
    // A failure that is neither a usage error nor an output error: a writer that throws a plain Error.
    let stderr = '';
    const code = await runCli(['timeline'], {
      stdout: () => {
        throw new Error('boom');
      },
      stderr: (t) => (stderr += t),
      env: {},
      isTTY: false,
    });
    expect(code).toBe(70);
    expect(stderr).toBe('iraq-militias: internal error (please report it): Error: boom\n');
    const typeError = { ...dataset, events: [null] } as unknown as DatasetRecord;
    const t = await run(['timeline'], { dataset: typeError });
    // A malformed dataset is the caller's error, named by the index's shape check: usage, one line.
    expect(t.code).toBe(2);
    expect(t.stderr).toMatch(/^iraq-militias: dataset\.events\[0\]: expected a record object .*got null/);
    expect(t.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('standard output that cannot be written gets 74 and one line', async () => {
    let stderr = '';
    const code = await runCli(['timeline'], {
      stdout: () => {
        throw new OutputError('ENOSPC');
      },
      stderr: (t) => (stderr += t),
      env: {},
      isTTY: false,
    });
    expect(code).toBe(74);
    expect(stderr).toBe('iraq-militias: cannot write to standard output (ENOSPC)\n');
  });
});

describe('options', () => {
  it.each([
    [['events', '--from', '2024', '--from', '2023'], /events: option --from given more than once; give it once/],
    [['events', '--format', 'csv', '--format', 'json'], /option --format given more than once/],
    [['entity', 'iraq', '--format', 'text', '--format=json'], /option --format given more than once/],
    [['graph', '--events', '--events'], /option --events given more than once/],
  ])('a single-valued option given twice is a usage error: %j', async (argv, pattern) => {
    usage(await run(argv), pattern);
  });

  it('repeatable options accumulate, repeated or comma-separated', async () => {
    const a = await run(['events', '--type', 'threat', '--type', 'attack', '--format', 'json']);
    const b = await run(['events', '--type', 'threat,attack', '--format', 'json']);
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout).map((e: { id: string }) => e.id)).toEqual(index.query({ type: ['threat', 'attack'] }).map((e) => e.id));
    usage(await run(['events', '--type', 'threat,bogus']), /--type 'bogus' is not accepted; use one of: /);
  });

  it("accepts '..' for an open window end, like the library", async () => {
    const r = await run(['events', '--from', '..', '--to', '2020', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((e: { id: string }) => e.id)).toEqual(index.query({ from: '..', to: '2020' }).map((e) => e.id));
    expect((await run(['timeline', '--to', '..'])).code).toBe(0);
  });

  it('speaks of its own options, never of internal function names', async () => {
    const r = await run(['events', '--from', '2025', '--to', '2024']);
    usage(r, /^iraq-militias: --from '2025' is after --to '2024': the window would be empty/);
    expect(r.stderr).not.toMatch(/\b(query|byActor|between|resolveWindow|readFilters)\b/);
  });

  it('--modality, --mode and --roles filter as the library does', async () => {
    const json = async (argv: string[]): Promise<string[]> => JSON.parse((await run([...argv, '--format', 'json'])).stdout).map((e: { id: string }) => e.id);
    expect(await json(['events', '--modality', 'threatened,conditional'])).toEqual(index.query({ modality: ['threatened', 'conditional'] }).map((e) => e.id));
    expect(await json(['timeline', '--from', '2024-04', '--to', '2024-04', '--mode', 'within'])).toEqual(
      index.query({ from: '2024-04', to: '2024-04', mode: 'within' }).map((e) => e.id),
    );
    expect(await json(['events', '--actor', 'kataib-hezbollah', '--roles', 'speaker'])).toEqual(index.query({ actor: 'kataib-hezbollah', roles: 'speaker' }).map((e) => e.id));
    usage(await run(['events', '--roles', 'speaker']), /--roles needs --actor/);
    usage(await run(['events', '--mode', 'inside']), /--mode 'inside' is not accepted; use one of: overlap, within/);
    usage(await run(['events', '--modality', 'Actual']), /--modality 'Actual' is not accepted/);
  });

  it("--modality any keeps every modality, as the library's 'any' does; alone only", async () => {
    const json = async (argv: string[]): Promise<string[]> => JSON.parse((await run([...argv, '--format', 'json'])).stdout).map((e: { id: string }) => e.id);
    const all = await json(['timeline', '--modality', 'any']);
    expect(all).toEqual(index.timeline({ modality: 'any' }).map((e) => e.id));
    expect(all.length).toBe(dataset.events.length);
    expect(all.length).toBeGreaterThan((await json(['timeline'])).length);
    usage(await run(['events', '--modality', 'any,actual']), /--modality 'any' already keeps every modality/);
  });

  it("suggests only close ids for an unknown entity, as the library does: never 'baghdad' for a misspelt Kataib Hezbollah", async () => {
    const r = await run(['events', '--actor', 'kataib-hezbolah']);
    usage(r, /unknown entity 'kataib-hezbolah'; did you mean 'kataib-hezbollah'\?/);
    expect(r.stderr).not.toMatch(/baghdad/);
  });

  it('--place must be a place or a state', async () => {
    usage(await run(['events', '--place', 'hamas']), /--place: hamas is an organization, not a place; accepted: the id or name of a place or state/);
    expect((await run(['events', '--place', 'iraq'])).code).toBe(0);
  });

  it('a value that looks like an option is refused with the way to give it', async () => {
    usage(await run(['events', '--actor', '--from', '2024']), /option '--actor' needs a value, and the next argument looks like an option \(write --actor=VALUE/);
  });
});

describe('quoteArg', () => {
  it('quotes, cuts at 40 characters and escapes what would break the line', () => {
    expect(quoteArg('iraq')).toBe("'iraq'");
    expect(quoteArg('a'.repeat(100))).toBe(`'${'a'.repeat(40)}…'`);
    expect(quoteArg('a\nb\u202ec\u0000')).toBe("'a\\u{a}b\\u{202e}c\\u{0}'");
    expect(quoteArg('😀'.repeat(50))).toBe(`'${'😀'.repeat(40)}…'`);
  });
});
