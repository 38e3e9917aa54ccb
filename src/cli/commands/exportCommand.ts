import { safeText } from '../../text/safeText.js';
import { open, type FileHandle } from 'node:fs/promises';
import { resolve } from 'node:path';
import { joinLines, MAX_TEXT_LENGTH } from '../../export/joinLines.js';
import { jsonLine } from '../../export/jsonLine.js';
import { writeCsv } from '../../export/writeCsv.js';
import { toACLEDRows } from '../../export/toACLEDRows.js';
import { toCSV } from '../../export/toCSV.js';
import { toDOT } from '../../export/toDOT.js';
import { toGeoJSON } from '../../export/toGeoJSON.js';
import { toGraphJSON } from '../../export/toGraphJSON.js';
import { toJSONLD } from '../../export/toJSONLD.js';
import { toMermaid } from '../../export/toMermaid.js';
import { RECORD_KINDS, toNDJSON, type RecordKind } from '../../export/toNDJSON.js';
import type { OmittedEvent } from '../../export/OmittedEvent.js';
import { toPLOVERRecords } from '../../export/toPLOVERRecords.js';
import { toUCDPGEDRows } from '../../export/toUCDPGEDRows.js';
import type { CsvTable } from '../../export/csvTable.js';
import type { CommandContext } from '../CommandContext.js';
import { EXPORT_FORMATS } from '../commandSpecs.js';
import type { ParsedArgs } from '../parseCommandArgs.js';
import { quoteArg } from '../quoteArg.js';
import { OutputError } from '../OutputError.js';
import { UsageError } from '../UsageError.js';

/** Pretty JSON; too long for one string (V8's limit, about 2^29 characters) is a usage error naming the formats that stream. */
function json(value: unknown, format: string): string {
  try {
    return `${JSON.stringify(value, null, 2)}\n`;
  } catch (error) {
    if (error instanceof RangeError && /string length/i.test(error.message)) {
      throw new UsageError(
        `export: --format ${format} would be longer than the longest string JavaScript can hold (${MAX_TEXT_LENGTH.toLocaleString('en-US')} characters); use --format ndjson (one record a line, per --table) or csv for a dataset this large`,
      );
    }
    throw error;
  }
}

/** One stderr line saying how many events a field format left out, by reason. */
function omittedLine(format: string, omitted: readonly OmittedEvent[]): string {
  const byReason = new Map<string, number>();
  for (const o of omitted) byReason.set(o.reason, (byReason.get(o.reason) ?? 0) + 1);
  const reasons = [...byReason].map(([r, n]) => `${n} ${r}`).join(', ');
  return `export: ${omitted.length} event${omitted.length === 1 ? '' : 's'} left out of --format ${format}${omitted.length === 0 ? '' : ` (${reasons})`}\n`;
}

/**
 * `export --format F [--table T] [--out FILE]`: the dataset in one export format, to standard
 * output or a file. `jsonschema` loads zod on demand, so the other formats never need it.
 * `acled`, `ucdp-ged` and `plover` print on standard error how many events they left out, by reason.
 *
 * @param args - the parsed arguments.
 * @param ctx - output and the dataset.
 * @returns the exit code (0).
 * @throws {UsageError} when `--format` is missing, or `--table` does not fit the format.
 * @example
 * await exportCommand(parseCommandArgs('export', ['--format', 'geojson']), ctx) // => 0
 */
export async function exportCommand(args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const format = args.values['format'] as (typeof EXPORT_FORMATS)[number] | undefined;
  if (format === undefined) throw new UsageError(`export: --format is required; use one of: ${EXPORT_FORMATS.join(', ')}`);
  const table = args.values['table'] as string | undefined;
  if (table !== undefined && format !== 'csv' && format !== 'ndjson') throw new UsageError(`export: --table applies to --format csv or ndjson only`);
  if (format === 'ndjson' && table !== undefined && !(RECORD_KINDS as readonly string[]).includes(table)) {
    throw new UsageError(`export: --table '${table}' has no NDJSON form; use one of: ${RECORD_KINDS.join(', ')}`);
  }
  const { dataset } = ctx;
  let text: string;
  switch (format) {
    case 'csv':
      text = toCSV((table ?? 'events') as CsvTable, { dataset });
      break;
    case 'ndjson':
      text = toNDJSON((table ?? 'events') as RecordKind, { dataset });
      break;
    case 'json':
      text = json(dataset, format);
      break;
    case 'geojson':
      text = json(toGeoJSON({ dataset }), format);
      break;
    case 'jsonld':
      text = json(toJSONLD({ dataset }), format);
      break;
    case 'jsonschema': {
      const { toJSONSchema } = await import('../../export/toJSONSchema.js');
      text = json(toJSONSchema(), format);
      break;
    }
    case 'mermaid':
      text = toMermaid({ dataset });
      break;
    case 'dot':
      text = toDOT({ dataset });
      break;
    case 'graphology':
      text = json(toGraphJSON({ dataset }), format);
      break;
    case 'acled': {
      const { columns, rows, omitted } = toACLEDRows({ dataset });
      text = writeCsv('export', columns, rows.map((r) => columns.map((c) => r[c])), false, true, 'export subsets with the library (toACLEDRows with options.events) and write them in parts');
      ctx.io.stderr(omittedLine(format, omitted));
      break;
    }
    case 'ucdp-ged': {
      const { columns, rows, omitted } = toUCDPGEDRows({ dataset });
      text = writeCsv('export', columns, rows.map((r) => columns.map((c) => r[c])), false, true, 'export subsets with the library (toUCDPGEDRows with options.events) and write them in parts');
      ctx.io.stderr(omittedLine(format, omitted));
      break;
    }
    case 'plover': {
      const { records, omitted } = toPLOVERRecords({ dataset });
      text = joinLines('export', '', records.length, (i) => jsonLine('export', records[i]!), '\n', 'export subsets with the library (toPLOVERRecords with options.events) and write one line per record');
      ctx.io.stderr(omittedLine(format, omitted));
      break;
    }
  }
  const out = args.values['out'] as string | undefined;
  if (out === undefined) {
    ctx.io.stdout(text);
  } else {
    const path = resolve(ctx.io.cwd ?? process.cwd(), out);
    // Opening is where a wrong path fails (no such directory, no permission): a usage error, exit 2.
    // Once open, a failed write (a full disk, /dev/full) or close is an I/O error, exit 74.
    let file: FileHandle;
    try {
      file = await open(path, 'w');
    } catch (error) {
      throw new UsageError(`export: cannot write --out ${quoteArg(out)} (${(error as NodeJS.ErrnoException).code ?? 'error'}); give a path in an existing, writable directory`);
    }
    let failed: unknown = null;
    try {
      await file.writeFile(text);
    } catch (error) {
      failed = error;
    }
    try {
      await file.close();
    } catch (error) {
      failed ??= error;
    }
    if (failed !== null) throw new OutputError((failed as NodeJS.ErrnoException).code ?? 'error', `--out ${quoteArg(out)}`);
    ctx.io.stdout(`wrote ${safeText(out)} (${format}, ${Buffer.byteLength(text)} bytes)\n`);
  }
  return 0;
}
