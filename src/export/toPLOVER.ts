// PLOVER NDJSON. Fields from "PLOVER: Political Language Ontology for Verifiable Event Records",
// Open Event Data Alliance, draft 0.7b1 (https://github.com/openeventdata/PLOVER); the mapping is
// in toPLOVERRecords.ts and README "ACLED, UCDP GED and PLOVER".
import { joinLines } from './joinLines.js';
import { jsonLine } from './jsonLine.js';
import { readFormatOptions } from './readFormatOptions.js';
import { toPLOVERRecords, type PloverOptions } from './toPLOVERRecords.js';

/**
 * The report's events as PLOVER NDJSON: one PLOVER event record per line (the spec's suggested
 * interchange form), threats included as THREATEN. Events PLOVER cannot hold (no category, no
 * start date, no source actor) are left out; {@link toPLOVERRecords} lists them with the reason.
 *
 * @param options - `dataset`, `events`.
 * @returns the NDJSON text, one record per line, ending with a newline (empty when no record).
 * @throws {TypeError} for an unknown option or a value of the wrong type.
 * @example
 * JSON.parse(toPLOVER().split('\n')[0]).event // => ['THREATEN']
 */
export function toPLOVER(options: PloverOptions = {}): string {
  const read = readFormatOptions('toPLOVER', options, []);
  const { records } = toPLOVERRecords({ dataset: read.data, events: read.events });
  return joinLines('toPLOVER', '', records.length, (i) => jsonLine('toPLOVER', records[i]!), '\n', 'toPLOVERRecords gives the records: write one JSON line per record, or export subsets with options.events');
}
