import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { toCSV } from '../../src/export/toCSV.js';
import { toNDJSON } from '../../src/export/toNDJSON.js';
import { createIndex } from '../../src/query/createIndex.js';

// DuckDB, embedded and in-process, reads the exports exactly as written (default sniffing),
// and its answers must equal the library's own.
let dir: string;
let instance: DuckDBInstance;
let db: DuckDBConnection;
const index = createIndex(dataset);

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await db.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
}
async function ids(sql: string): Promise<string[]> {
  return (await rows(sql)).map((r) => String(r.id));
}
const sorted = (xs: readonly string[]): string[] => [...xs].sort();
/** The package's "happened" rule in SQL: actual, or a threat that was made. */
const HAPPENED = `(modality = 'actual' OR (type = 'threat' AND modality IN ('threatened', 'conditional')))`;
/** The first known day: for an unknown start ('/2024-06-09'), the first day of its end. */
const END_TEXT = `regexp_replace(substr(date, 2), '[~?%]', '', 'g')`;
const KNOWN_FIRST = `CASE WHEN date LIKE '/%' THEN CAST(CASE length(${END_TEXT}) WHEN 4 THEN ${END_TEXT} || '-01-01' WHEN 7 THEN ${END_TEXT} || '-01' ELSE ${END_TEXT} END AS DATE) ELSE earliest END`;
const file = (name: string): string => `'${join(dir, name).replaceAll("'", "''")}'`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'iraq-militias-duckdb-'));
  for (const table of ['events', 'participants', 'entities', 'relationships', 'event-links', 'evidence', 'aliases', 'sources'] as const) {
    writeFileSync(join(dir, `${table}.csv`), toCSV(table));
  }
  for (const kind of ['events', 'entities', 'relationships', 'event-links', 'sources'] as const) {
    writeFileSync(join(dir, `${kind}.ndjson`), toNDJSON(kind));
  }
  instance = await DuckDBInstance.create(':memory:');
  db = await instance.connect();
});

afterAll(() => {
  db?.closeSync();
  instance?.closeSync();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('DuckDB reads the CSV exports unchanged', () => {
  it('has one row per record, with the same ids', async () => {
    expect(await ids(`SELECT id FROM read_csv_auto(${file('events.csv')}) ORDER BY id`)).toEqual(sorted(dataset.events.map((e) => e.id)));
    expect(await ids(`SELECT id FROM read_csv_auto(${file('entities.csv')}) ORDER BY id`)).toEqual(sorted(dataset.entities.map((e) => e.id)));
    expect(await ids(`SELECT id FROM read_csv_auto(${file('relationships.csv')}) ORDER BY id`)).toEqual(sorted(dataset.relationships.map((r) => r.id)));
    expect(await ids(`SELECT id FROM read_csv_auto(${file('event-links.csv')}) ORDER BY id`)).toEqual(sorted(dataset.eventLinks.map((l) => l.id)));
    expect(await ids(`SELECT id FROM read_csv_auto(${file('sources.csv')})`)).toEqual(dataset.sources.map((s) => s.id));
  });

  it('keeps every summary byte for byte (quotes, commas, non-ASCII)', async () => {
    const got = await rows(`SELECT id, summary FROM read_csv_auto(${file('events.csv')})`);
    expect(Object.fromEntries(got.map((r) => [r.id, r.summary]))).toEqual(Object.fromEntries(dataset.events.map((e) => [e.id, e.summary])));
  });

  it('counts long-table rows as the records imply', async () => {
    const [p] = await rows(`SELECT count(*)::INTEGER AS n FROM read_csv_auto(${file('participants.csv')})`);
    expect(p!.n).toBe(dataset.events.reduce((n, e) => n + e.participants.length, 0));
    const [a] = await rows(`SELECT count(*)::INTEGER AS n FROM read_csv_auto(${file('aliases.csv')})`);
    expect(a!.n).toBe(dataset.entities.reduce((n, e) => n + e.aliases.length, 0));
  });

  it('gives the same events per actor as byActor', async () => {
    const got = await rows(
      `SELECT entity_id, count(DISTINCT event_id)::INTEGER AS n FROM read_csv_auto(${file('participants.csv')}) GROUP BY entity_id`,
    );
    const counts = new Map(got.map((r) => [String(r.entity_id), r.n]));
    for (const e of dataset.entities) expect(counts.get(e.id) ?? 0, e.id).toBe(index.byActor(e.id, { modality: 'any' }).length);
  });

  it('gives the same events per actor as byActor, counting only what happened', async () => {
    const got = await rows(
      `SELECT p.entity_id, count(DISTINCT p.event_id)::INTEGER AS n
       FROM read_csv_auto(${file('participants.csv')}) p JOIN read_csv_auto(${file('events.csv')}) e ON e.id = p.event_id
       WHERE ${HAPPENED} GROUP BY p.entity_id`,
    );
    const counts = new Map(got.map((r) => [String(r.entity_id), r.n]));
    for (const e of dataset.entities) expect(counts.get(e.id) ?? 0, e.id).toBe(index.byActor(e.id).length);
  });

  it("reads the happened column as a BOOLEAN that agrees with the helpers' rule, row for row", async () => {
    const [t] = await rows(`SELECT column_type FROM (DESCRIBE SELECT happened FROM read_csv_auto(${file('events.csv')}))`);
    expect(t?.column_type).toBe('BOOLEAN');
    expect(await ids(`SELECT id FROM read_csv_auto(${file('events.csv')}) WHERE happened ORDER BY id`)).toEqual(
      await ids(`SELECT id FROM read_csv_auto(${file('events.csv')}) e WHERE ${HAPPENED} ORDER BY id`),
    );
  });

  const windows: readonly [string, string][] = [
    ['2024-01-01', '2024-01-31'],
    ['2020-01-01', '2020-12-31'],
    ['2023-10-07', '2024-06-09'],
    ['1990-01-01', '2013-12-31'],
    ['2024-06-09', '2024-06-09'],
  ];
  it.each(windows)('gives the same events in the window %s – %s as between', async (from, to) => {
    // the package's rule: an unknown start ('/2020') is placed at its end's first day, an open one is unbounded
    const got = await ids(
      `SELECT id FROM (SELECT *, ${KNOWN_FIRST} AS known_first FROM read_csv_auto(${file('events.csv')}))
       WHERE (known_first IS NULL OR known_first <= DATE '${to}') AND (latest IS NULL OR latest >= DATE '${from}') AND ${HAPPENED} ORDER BY id`,
    );
    expect(got).toEqual(sorted(index.between(from, to).map((e) => e.id)));
  });

  it('has windows that are not all empty (so the comparison means something)', () => {
    expect(windows.some(([from, to]) => index.between(from, to).length > 0)).toBe(true);
  });

  it('types the date columns as DATE and the coordinates as numbers', async () => {
    const types = await rows(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_csv_auto(${file('events.csv')}))`);
    const byName = Object.fromEntries(types.map((t) => [t.column_name, t.column_type]));
    expect(byName.earliest).toBe('DATE');
    expect(byName.latest).toBe('DATE');
    expect(byName.latitude).toBe('DOUBLE');
  });
});

describe('DuckDB reads the NDJSON exports unchanged', () => {
  it('has one row per record, with the same ids', async () => {
    for (const [kind, records] of [
      ['events', dataset.events],
      ['entities', dataset.entities],
      ['relationships', dataset.relationships],
      ['event-links', dataset.eventLinks],
    ] as const) {
      expect(await ids(`SELECT id FROM read_json_auto(${file(`${kind}.ndjson`)}) ORDER BY id`), kind).toEqual(sorted(records.map((r) => r.id)));
    }
  });

  it('unnests participants into the same events per actor as byActor', async () => {
    const got = await rows(
      `SELECT p.entity AS entity, count(DISTINCT id)::INTEGER AS n
       FROM (SELECT id, unnest(participants) AS p FROM read_json_auto(${file('events.ndjson')})) GROUP BY p.entity`,
    );
    const counts = new Map(got.map((r) => [String(r.entity), r.n]));
    for (const e of dataset.entities) expect(counts.get(e.id) ?? 0, e.id).toBe(index.byActor(e.id, { modality: 'any' }).length);
  });

  it('reads nested estimates as structs with nulls kept as NULL', async () => {
    const got = await rows(`SELECT id, quantity.best AS best FROM read_json_auto(${file('events.ndjson')}) WHERE quantity IS NOT NULL`);
    const expected = dataset.events.filter((e) => 'quantity' in e && e.quantity !== undefined);
    expect(sorted(got.map((r) => String(r.id)))).toEqual(sorted(expected.map((e) => e.id)));
    for (const r of got) {
      const e = expected.find((x) => x.id === r.id) as { quantity: { best: number | null } };
      expect(r.best === null ? null : Number(r.best)).toBe(e.quantity.best);
    }
  });
});
