// ACLED-shaped CSV. Columns from the ACLED Codebook (Armed Conflict Location & Event Data,
// 2023 and 7 October 2024 editions, https://acleddata.com/knowledge-base/codebook/); the
// mapping is in toACLEDRows.ts and README "ACLED, UCDP GED and PLOVER".
import { ACLED_COLUMNS } from './acledColumns.js';
import { readFormatOptions } from './readFormatOptions.js';
import { writeCsv } from './writeCsv.js';
import { toACLEDRows, type AcledOptions } from './toACLEDRows.js';

/**
 * The report's events as an ACLED-shaped CSV (RFC 4180, UTF-8, CRLF): ACLED's 31 columns in the
 * codebook's order, one row per event ACLED would record. Threats, expected, conditional and
 * (by default) claimed events, series and events dated more coarsely than a month are left out;
 * {@link toACLEDRows} lists them with the reason. Empty cells are unknown, never 0.
 *
 * @param options - `dataset`, `events`, `includeClaimed`, `unknownFatalitiesAsZero`, `bom`.
 * @returns the CSV text.
 * @throws {TypeError} for an unknown option or a value of the wrong type.
 * @example
 * toACLED().split('\r\n')[0].startsWith('event_id_cnty,event_date,year,time_precision') // => true
 */
export function toACLED(options: AcledOptions = {}): string {
  const read = readFormatOptions('toACLED', options, ['includeClaimed', 'unknownFatalitiesAsZero', 'bom']);
  const { rows } = toACLEDRows({
    dataset: read.data,
    events: read.events,
    includeClaimed: read.flags['includeClaimed'] === true,
    unknownFatalitiesAsZero: read.flags['unknownFatalitiesAsZero'] === true,
  });
  return writeCsv(
    'toACLED',
    ACLED_COLUMNS,
    rows.map((r) => ACLED_COLUMNS.map((c) => r[c])),
    read.flags['bom'] === true,
    true,
    'toACLEDRows gives the rows: write them in parts (formatCsv(ACLED_COLUMNS, slice)), or export subsets with options.events',
  );
}
