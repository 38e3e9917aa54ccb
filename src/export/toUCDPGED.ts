// UCDP GED-shaped CSV. Columns from the "UCDP Georeferenced Event Dataset Codebook, Version 25.1"
// (Uppsala Conflict Data Program, 2025, https://ucdp.uu.se/downloads/ged/ged251.pdf); the mapping
// is in toUCDPGEDRows.ts and README "ACLED, UCDP GED and PLOVER".
import { readFormatOptions } from './readFormatOptions.js';
import { writeCsv } from './writeCsv.js';
import { toUCDPGEDRows, type UcdpGedOptions } from './toUCDPGEDRows.js';
import { UCDP_GED_COLUMNS } from './ucdpGedColumns.js';

/**
 * The report's events as a UCDP GED-shaped CSV (RFC 4180, UTF-8, CRLF): GED's 49 columns in the
 * codebook's order, one row per event of organised violence with deaths the report counts.
 * Everything else is left out; {@link toUCDPGEDRows} lists it with the reason. Empty cells are
 * unknown, never 0.
 *
 * @param options - `dataset`, `events`, `includeClaimed`, `bom`.
 * @returns the CSV text.
 * @throws {TypeError} for an unknown option or a value of the wrong type.
 * @example
 * toUCDPGED().split('\r\n')[0].startsWith('id,relid,year,active_year') // => true
 */
export function toUCDPGED(options: UcdpGedOptions = {}): string {
  const read = readFormatOptions('toUCDPGED', options, ['includeClaimed', 'bom']);
  const { rows } = toUCDPGEDRows({ dataset: read.data, events: read.events, includeClaimed: read.flags['includeClaimed'] === true });
  return writeCsv(
    'toUCDPGED',
    UCDP_GED_COLUMNS,
    rows.map((r) => UCDP_GED_COLUMNS.map((c) => r[c])),
    read.flags['bom'] === true,
    true,
    'toUCDPGEDRows gives the rows: write them in parts (formatCsv(UCDP_GED_COLUMNS, slice)), or export subsets with options.events',
  );
}
