import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { ACLED_COLUMNS } from '../../src/export/acledColumns.js';
import { toPLOVERRecords } from '../../src/export/toPLOVERRecords.js';
import { UCDP_GED_COLUMNS } from '../../src/export/ucdpGedColumns.js';

// The README's mapping tables are the documentation of these formats: every column the code
// writes has a row, in the code's order, and no row names a column the code does not write.
const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

/** The first-cell names (in backticks) of the table under a `#### heading`, in order. */
function tableNames(heading: string): string[] {
  const start = readme.indexOf(`\n#### ${heading}\n`);
  if (start < 0) throw new Error(`README has no '#### ${heading}' section`);
  const lines = readme.slice(start).split('\n').slice(2);
  const names: string[] = [];
  let inTable = false;
  for (const line of lines) {
    if (line.startsWith('|')) {
      inTable = true;
      const m = /^\|\s*`([^`]+)`\s*\|/.exec(line);
      if (m) names.push(m[1]!);
    } else if (inTable) break;
  }
  return names;
}

describe('README mapping tables match the code', () => {
  it('ACLED: one row per column, in ACLED_COLUMNS order', () => {
    expect(tableNames('ACLED columns')).toEqual([...ACLED_COLUMNS]);
  });

  it('UCDP GED: one row per column, in UCDP_GED_COLUMNS order', () => {
    expect(tableNames('UCDP GED columns')).toEqual([...UCDP_GED_COLUMNS]);
  });

  it('PLOVER: one row per field any record carries, and no other', () => {
    // The bundled report has no wounded figure; one made-up event with one shows the `injured` field.
    const wounded = { ...dataset.events.find((e) => e.id === 'tower-22-drone-attack')!, casualties: { wounded: { low: 1, best: null, high: null } } };
    const records = [...toPLOVERRecords().records, ...toPLOVERRecords({ dataset: { ...dataset, events: [wounded] } }).records];
    const written = new Set(records.flatMap((r) => Object.keys(r)));
    expect(new Set(tableNames('PLOVER fields'))).toEqual(written);
  });

  it('every table row says where the value comes from and what is lost', () => {
    for (const heading of ['ACLED columns', 'UCDP GED columns', 'PLOVER fields']) {
      const start = readme.indexOf(`\n#### ${heading}\n`);
      const rows = readme.slice(start).split('\n').slice(4).filter((l, i, all) => l.startsWith('|') && all.slice(0, i).every((x) => x.startsWith('|')));
      for (const row of rows) expect(row.split('|').filter((c) => c.trim() !== '').length, row).toBe(3);
    }
  });
});
