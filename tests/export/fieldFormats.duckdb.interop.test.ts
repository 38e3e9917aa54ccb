import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toACLED } from '../../src/export/toACLED.js';
import { toACLEDRows } from '../../src/export/toACLEDRows.js';
import { toPLOVER } from '../../src/export/toPLOVER.js';
import { toUCDPGED } from '../../src/export/toUCDPGED.js';
import { toUCDPGEDRows } from '../../src/export/toUCDPGEDRows.js';

// An analyst's pipeline: a table declared with the official column names and types (typed here
// from the codebooks, independently of src/), already holding an extract row, and our CSV
// appended to it as DuckDB reads it by default. A wrong column name, order, count or type fails.

/** ACLED's columns and the types of its CSV exports (ACLED Codebook 2023 / Oct 2024). */
const ACLED_OFFICIAL = `
  event_id_cnty VARCHAR, event_date DATE, year INTEGER, time_precision INTEGER, disorder_type VARCHAR,
  event_type VARCHAR, sub_event_type VARCHAR, actor1 VARCHAR, assoc_actor_1 VARCHAR, inter1 INTEGER,
  actor2 VARCHAR, assoc_actor_2 VARCHAR, inter2 INTEGER, interaction INTEGER, civilian_targeting VARCHAR,
  iso INTEGER, region VARCHAR, country VARCHAR, admin1 VARCHAR, admin2 VARCHAR, admin3 VARCHAR,
  location VARCHAR, latitude DOUBLE, longitude DOUBLE, geo_precision INTEGER, source VARCHAR,
  source_scale VARCHAR, notes VARCHAR, fatalities INTEGER, tags VARCHAR, timestamp BIGINT`;

/** UCDP GED's columns and the types of its CSV (GED Codebook 25.1 / 24.1). */
const GED_OFFICIAL = `
  id BIGINT, relid VARCHAR, year INTEGER, active_year INTEGER, code_status VARCHAR, type_of_violence INTEGER,
  conflict_dset_id INTEGER, conflict_new_id INTEGER, conflict_name VARCHAR, dyad_dset_id INTEGER,
  dyad_new_id INTEGER, dyad_name VARCHAR, side_a_dset_id INTEGER, side_a_new_id INTEGER, side_a VARCHAR,
  side_b_dset_id INTEGER, side_b_new_id INTEGER, side_b VARCHAR, number_of_sources INTEGER,
  source_article VARCHAR, source_office VARCHAR, source_date VARCHAR, source_headline VARCHAR,
  source_original VARCHAR, where_prec INTEGER, where_coordinates VARCHAR, where_description VARCHAR,
  adm_1 VARCHAR, adm_2 VARCHAR, latitude DOUBLE, longitude DOUBLE, geom_wkt VARCHAR, priogrid_gid INTEGER,
  country VARCHAR, country_id INTEGER, region VARCHAR, event_clarity INTEGER, date_prec INTEGER,
  date_start TIMESTAMP, date_end TIMESTAMP, deaths_a INTEGER, deaths_b INTEGER, deaths_civilians INTEGER,
  deaths_unknown INTEGER, best INTEGER, high INTEGER, low INTEGER, gwnoa VARCHAR, gwnob VARCHAR`;

let dir: string;
let instance: DuckDBInstance;
let db: DuckDBConnection;
const file = (name: string): string => `'${join(dir, name).replaceAll("'", "''")}'`;
async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await db.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
}
async function columnsOf(table: string): Promise<string[]> {
  return (await rows(`SELECT column_name FROM duckdb_columns() WHERE table_name = '${table}' ORDER BY column_index`)).map((r) => String(r.column_name));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'iraq-militias-field-'));
  writeFileSync(join(dir, 'acled.csv'), toACLED());
  writeFileSync(join(dir, 'ged.csv'), toUCDPGED());
  writeFileSync(join(dir, 'plover.ndjson'), toPLOVER());
  instance = await DuckDBInstance.create(':memory:');
  db = await instance.connect();
});

afterAll(() => {
  db?.closeSync();
  instance?.closeSync();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('ACLED CSV appended to an ACLED-typed table', () => {
  beforeAll(async () => {
    await db.run(`CREATE TABLE acled (${ACLED_OFFICIAL})`);
    // A made-up extract row in ACLED's shape, standing for the user's existing data.
    await db.run(`INSERT INTO acled (event_id_cnty, event_date, year, time_precision, event_type, actor1, inter1, interaction, iso, country, latitude, longitude, geo_precision, fatalities, timestamp)
                  VALUES ('IRQ00001', DATE '2024-02-07', 2024, 1, 'Explosions/Remote violence', 'Example actor', 8, 38, 368, 'Iraq', 33.3, 44.4, 1, 1, 1707350400)`);
  });

  it('has exactly the official names in the official order, as DuckDB reads the header', async () => {
    const read = await rows(`SELECT column_name FROM (DESCRIBE SELECT * FROM read_csv(${file('acled.csv')}))`);
    expect(read.map((r) => r.column_name)).toEqual(await columnsOf('acled'));
  });

  it('appends by position and by name without a cast error', async () => {
    await db.run(`INSERT INTO acled SELECT * FROM read_csv(${file('acled.csv')})`);
    await db.run(`CREATE TABLE acled_by_name AS SELECT * FROM acled LIMIT 0`);
    await db.run(`INSERT INTO acled_by_name BY NAME SELECT * FROM read_csv(${file('acled.csv')})`);
    const [n] = await rows(`SELECT count(*)::INTEGER AS n FROM acled`);
    expect(n!.n).toBe(1 + toACLEDRows().rows.length);
  });

  it('keeps the values: dates as DATE, fatalities as numbers, unknown as NULL', async () => {
    const got = await rows(`SELECT event_date::VARCHAR AS d, time_precision, fatalities, interaction FROM acled WHERE event_id_cnty = 'tower-22-drone-attack'`);
    expect(got).toEqual([{ d: '2024-01-26', time_precision: 3, fatalities: 3, interaction: 38 }]);
    const [unknown] = await rows(`SELECT fatalities FROM acled WHERE event_id_cnty = 'iran-attack-on-israel-2024-04-13'`);
    expect(unknown!.fatalities).toBeNull();
    const [sum] = await rows(`SELECT sum(fatalities)::INTEGER AS s FROM acled WHERE event_id_cnty <> 'IRQ00001'`);
    expect(sum!.s).toBe(toACLEDRows().rows.reduce((n, r) => n + (r.fatalities === null ? 0 : Number(r.fatalities)), 0));
  });

  it('would fail on a wrong type or a wrong name (the check has teeth)', async () => {
    const broken = toACLED().replace('2024-01-26', '26 January 2024');
    writeFileSync(join(dir, 'acled-bad-date.csv'), broken);
    await expect(db.run(`INSERT INTO acled SELECT * FROM read_csv(${file('acled-bad-date.csv')})`)).rejects.toThrow();
    writeFileSync(join(dir, 'acled-bad-name.csv'), toACLED().replace('event_id_cnty,', 'event_id,'));
    await expect(db.run(`INSERT INTO acled_by_name BY NAME SELECT * FROM read_csv(${file('acled-bad-name.csv')})`)).rejects.toThrow();
  });
});

describe('UCDP GED CSV appended to a GED-typed table', () => {
  beforeAll(async () => {
    await db.run(`CREATE TABLE ged (${GED_OFFICIAL})`);
    await db.run(`INSERT INTO ged (id, relid, year, type_of_violence, side_a, side_b, where_prec, country, date_prec, date_start, date_end, best, high, low)
                  VALUES (1, 'IRQ-2024-1-000-1', 2024, 1, 'Government of Example', 'Example group', 1, 'Iraq', 1, TIMESTAMP '2024-02-07 00:00:00', TIMESTAMP '2024-02-07 00:00:00', 1, 1, 1)`);
  });

  it('has exactly the official names in the official order', async () => {
    const read = await rows(`SELECT column_name FROM (DESCRIBE SELECT * FROM read_csv(${file('ged.csv')}))`);
    expect(read.map((r) => r.column_name)).toEqual(await columnsOf('ged'));
  });

  it('appends by position and by name, keeping deaths and dates', async () => {
    await db.run(`INSERT INTO ged SELECT * FROM read_csv(${file('ged.csv')})`);
    await db.run(`CREATE TABLE ged_by_name AS SELECT * FROM ged LIMIT 0`);
    await db.run(`INSERT INTO ged_by_name BY NAME SELECT * FROM read_csv(${file('ged.csv')})`);
    const [n] = await rows(`SELECT count(*)::INTEGER AS n FROM ged`);
    expect(n!.n).toBe(1 + toUCDPGEDRows().rows.length);
    const got = await rows(`SELECT date_start::DATE::VARCHAR AS s, date_prec, best, deaths_a, deaths_unknown, id FROM ged WHERE relid = 'tower-22-drone-attack'`);
    expect(got).toEqual([{ s: '2024-01-21', date_prec: 4, best: 3, deaths_a: null, deaths_unknown: 3, id: null }]);
    const [baghdad] = await rows(`SELECT deaths_b FROM ged_by_name WHERE relid = 'us-strike-baghdad-2024-01'`);
    expect(baghdad!.deaths_b).toBe(2);
  });
});

describe('PLOVER NDJSON read by DuckDB', () => {
  it('reads one record per event kept, with the event list and the source actors as structs', async () => {
    const got = await rows(`SELECT id, event[1] AS category, len(source)::INTEGER AS sources FROM read_json_auto(${file('plover.ndjson')}) WHERE id = 'kss-warning-2024-06-09'`);
    expect(got).toEqual([{ id: 'kss-warning-2024-06-09', category: 'THREATEN', sources: 2 }]);
    const [n] = await rows(`SELECT count(*)::INTEGER AS n FROM read_json_auto(${file('plover.ndjson')})`);
    expect(n!.n).toBe(toPLOVER().split('\n').filter((l) => l !== '').length);
  });
});
