import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatTable } from '../../src/cli/formatTable.js';
import { createStyle } from '../../src/cli/createStyle.js';
import { safeText } from '../../src/text/safeText.js';
import { wrapText } from '../../src/cli/wrapText.js';
import { copyMini } from '../fixtures/miniDataset.js';
import { run } from './runCliHarness.js';

// Dataset text reaches a terminal escaped: an escape sequence, a carriage return or a line break
// in a name or summary can neither drive the terminal (retitle it, clear it) nor forge rows.
// Machine formats (JSON, CSV, NDJSON) keep the data exact.
const dir = mkdtempSync(join(tmpdir(), 'iraq-militias-controls-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EVIL = 'X\u001b]0;pwned\u0007\u001b[2J\r\nfake row\u202e\u0085\u007f';
const SHOWN = 'X\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{d}\\u{a}fake row\\u{202e}\\u{85}\\u{7f}';
const data = copyMini();
data.entities[2].name = EVIL; // group-a
data.entities[2].aliases = [`alias ${EVIL}`];
data.entities[2].description = `A group.${EVIL}`;
data.entities[3].name = `Umbrella ${EVIL}`;
data.events[0].summary = `Struck.${EVIL}`;
data.sources[0].title = `Title ${EVIL}`;
const file = join(dir, 'evil.json');
writeFileSync(file, JSON.stringify(data));

/** No raw control character but newline (and, in a TTY, none but the style's SGR sequences). */
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('CLI text output escapes the data', () => {
  it.each([
    [['events', '--data', file, '--actor', 'group-a']],
    [['events', '--data', file]],
    [['timeline', '--data', file]],
    [['entity', 'group-a', '--data', file]],
    [['relations', 'group-a', '--data', file]],
    [['relations', 'umbrella', '--data', file]],
    [['path', 'group-a', 'umbrella', '--data', file]],
  ])('%j: no raw control character, no forged line, the text shown escaped', async (args) => {
    const r = await run(args);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).not.toMatch(/^fake row/m);
    expect(r.stdout).toContain('\\u{1b}');
  });

  it('shows the whole name escaped as validate shows ids', async () => {
    const r = await run(['entity', 'group-a', '--data', file]);
    expect(r.stdout.split('\n')[0]).toBe(`${SHOWN} (group-a)`);
    const table = await run(['events', '--data', file, '--actor', 'group-a']);
    expect(table.stdout).toContain(SHOWN.slice(0, 20));
  });

  it('a TTY keeps its own colours but not the data\'s escapes', async () => {
    const r = await run(['entity', 'group-a', '--data', file], { isTTY: true });
    // eslint-disable-next-line no-control-regex
    expect(r.stdout.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(RAW);
  });

  it('machine formats keep the data exact', async () => {
    const json = await run(['events', '--data', file, '--actor', 'group-a', '--format', 'json']);
    expect(JSON.parse(json.stdout)[0].summary).toBe(`Struck.${EVIL}`);
    const ndjson = await run(['export', '--data', file, '--format', 'ndjson', '--table', 'entities']);
    expect(ndjson.stdout).toContain(JSON.stringify(EVIL));
  });

  it('a note naming a guessed entity is escaped too', async () => {
    const r = await run(['entity', 'Umbrella', '--data', file]);
    expect(r.stderr).not.toMatch(RAW);
  });

  it('safeText escapes C0, DEL, C1, separators and bidi controls, and leaves other text alone', () => {
    expect(safeText('a\u0000b\tc\u007fd\u0085e\u2028f\u202eg\u2066h\ufeff')).toBe('a\\u{0}b\\u{9}c\\u{7f}d\\u{85}e\\u{2028}f\\u{202e}g\\u{2066}h\\u{feff}');
    expect(safeText('Kataib Hezbollah — كتائب حزب الله 😀')).toBe('Kataib Hezbollah — كتائب حزب الله 😀');
    // the same answer twice in a row (no state kept between calls)
    expect(safeText('\u001b')).toBe('\\u{1b}');
    expect(safeText('\u001b')).toBe('\\u{1b}');
  });
});

describe('CLI tables and wrapping on large input', () => {
  it('formatTable takes more rows than a spread into Math.max could', () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => [`${i}`, 'x']);
    const out = formatTable([{ header: 'N' }, { header: 'X' }], rows, createStyle({ env: {}, isTTY: false }));
    expect(out.split('\n')).toHaveLength(300_002);
  });

  it('wrapText cuts a very long word into whole lines', () => {
    const lines = wrapText(`a ${'w'.repeat(100_003)} b`, 80);
    expect(lines[0]).toBe('a');
    expect(lines).toHaveLength(1 + Math.floor(100_003 / 80) + 1);
    expect(lines.slice(1, -1).every((l) => l === 'w'.repeat(80))).toBe(true);
    expect(lines.at(-1)).toBe(`${'w'.repeat(100_003 % 80)} b`);
  });
});

describe('export --out', () => {
  it('/dev/full: the write fails after opening, an I/O error (exit 74), one line', async () => {
    const r = await run(['export', '--format', 'csv', '--out', '/dev/full']);
    expect(r.code).toBe(74);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("iraq-militias: cannot write to --out '/dev/full' (ENOSPC)\n");
  });
  it('a path that cannot be opened stays a usage error (exit 2)', async () => {
    const r = await run(['export', '--format', 'csv', '--out', join(dir, 'no', 'such', 'dir.csv')]);
    expect(r.code).toBe(2);
  });
});

describe('file names reach the terminal escaped', () => {
  const NAME = 'g\u001b[2J\u202e.json';
  const good = join(dir, NAME);
  writeFileSync(good, JSON.stringify(copyMini()));
  const bad = join(dir, `bad${NAME}`);
  writeFileSync(bad, JSON.stringify({ ...copyMini(), entities: 'x' }));

  it('validate: the "a valid dataset" and "N problems in FILE" lines', async () => {
    const ok = await run(['validate', good]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).not.toMatch(RAW);
    expect(ok.stdout).toContain('g\\u{1b}[2J\\u{202e}.json: a valid dataset');
    const problems = await run(['validate', bad]);
    expect(problems.stdout).not.toMatch(RAW);
    expect(problems.stdout).toMatch(/problems? in .*badg\\u\{1b\}\[2J\\u\{202e\}\.json\n$/);
  });

  it('validate --format json keeps the name exact', async () => {
    const r = await run(['validate', good, '--format', 'json']);
    expect(JSON.parse(r.stdout).file).toBe(good);
  });

  it('diff: the OLD → NEW header', async () => {
    const r = await run(['diff', good, good]);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).toContain('g\\u{1b}[2J\\u{202e}.json →');
  });

  it('export --out: the "wrote FILE" line', async () => {
    const r = await run(['export', '--format', 'csv', '--out', join(dir, `out${NAME}`)]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).toContain('outg\\u{1b}[2J\\u{202e}.json (csv');
  });
});
