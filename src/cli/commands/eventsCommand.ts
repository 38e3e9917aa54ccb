import { parseEdtf } from '../../dates/parseEdtf.js';
import { DateFormatError } from '../../errors/DateFormatError.js';
import { toCSV } from '../../export/toCSV.js';
import { mainActors } from '../../export/mainActors.js';
import { toNDJSON } from '../../export/toNDJSON.js';
import type { EventRecord } from '../../schema/types.js';
import { withArticle } from '../../errors/withArticle.js';
import type { QueryFilters, WindowMode } from '../../query/types.js';
import type { EventType, Modality, Role } from '../../vocab/events.js';
import type { CommandContext } from '../CommandContext.js';
import { formatTable, TABLE_WIDTH, type TableColumn } from '../formatTable.js';
import { textWidth } from '../textWidth.js';
import { safeText } from '../../text/safeText.js';
import { truncate } from '../truncate.js';
import { wrapText } from '../wrapText.js';
import type { ParsedArgs } from '../parseCommandArgs.js';
import { quoteArg } from '../quoteArg.js';
import { UsageError } from '../UsageError.js';

/** A window end as the library takes it ('..' open), checked here so messages name the option. */
function date(option: string, value: string | undefined): { readonly value: string; readonly days: readonly [number, number] | null } | undefined {
  if (value === undefined) return undefined;
  if (value === '..') return { value, days: null };
  try {
    const parsed = parseEdtf(value);
    return { value, days: [parsed.earliestDay, parsed.latestDay] };
  } catch (error) {
    if (error instanceof DateFormatError) {
      throw new UsageError(`--${option}: ${quoteArg(value)} is not a date we read; accepted: EDTF dates such as 2024, 2024-01, 2024-01-28, 199X, 2024-01/2024-03, or '..' for an open end`);
    }
    throw error;
  }
}

/** The participants and location an event does not state itself, as `Name (role, inferred)`. */
function unstatedClaims(e: EventRecord, names: ReadonlyMap<string, string>): string[] {
  const out = e.participants
    .filter((p) => (p.certainty ?? 'stated') !== 'stated')
    .map((p) => `${names.get(p.entity) ?? p.entity} (${p.role}, ${p.certainty})`);
  if (e.location !== undefined && (e.locationCertainty ?? 'stated') !== 'stated') out.push(`${names.get(e.location) ?? e.location} (location, ${e.locationCertainty})`);
  return out;
}

/** The event's type, with its modality when it did not (or not yet) happen. */
const what = (e: EventRecord): string =>
  e.modality === 'actual' || (e.type === 'threat' && e.modality === 'threatened') ? e.type : `${e.type} (${e.modality})`;

function filters(args: ParsedArgs, ctx: CommandContext): QueryFilters {
  const v = args.values;
  const f: { -readonly [K in keyof QueryFilters]: QueryFilters[K] } = {};
  if (typeof v['actor'] === 'string') f.actor = ctx.entity(v['actor'], '--actor').id;
  if (typeof v['place'] === 'string') {
    const place = ctx.entity(v['place'], '--place');
    if (place.kind !== 'place' && place.kind !== 'state') {
      throw new UsageError(`--place: ${place.id} is ${withArticle(place.kind)}, not a place; accepted: the id or name of a place or state`);
    }
    f.place = place.id;
  }
  const from = date('from', v['from'] as string | undefined);
  const to = date('to', v['to'] as string | undefined);
  if (from?.days && to?.days && from.days[0] > to.days[1]) {
    throw new UsageError(`--from ${quoteArg(from.value)} is after --to ${quoteArg(to.value)}: the window would be empty; give --from on or before --to`);
  }
  if (from !== undefined) f.from = from.value;
  if (to !== undefined) f.to = to.value;
  if (typeof v['mode'] === 'string') f.mode = v['mode'] as WindowMode;
  if (Array.isArray(v['type'])) f.type = v['type'] as readonly EventType[];
  if (Array.isArray(v['modality'])) {
    const modalities = v['modality'] as readonly (Modality | 'any')[];
    if (modalities.includes('any') && modalities.length > 1) {
      throw new UsageError(`--modality 'any' already keeps every modality; give it alone, or list the modalities wanted`);
    }
    f.modality = modalities.includes('any') ? 'any' : (modalities as readonly Modality[]);
  }
  if (v['include-members'] === true) {
    if (f.actor === undefined) throw new UsageError('--include-members needs --actor: whose members? e.g. --actor islamic-resistance-in-iraq --include-members');
    f.includeMembers = true;
  }
  if (Array.isArray(v['roles'])) {
    if (f.actor === undefined) throw new UsageError('--roles needs --actor: whose roles? e.g. --actor kataib-hezbollah --roles speaker');
    f.roles = v['roles'] as readonly Role[];
  }
  return f;
}

/**
 * `timeline` and `events`: the events matching the filters, chronologically, as a table (the
 * timeline's with summaries, the events list with ids and main actors), JSON, NDJSON or CSV.
 *
 * @param args - the parsed arguments.
 * @param ctx - output, styles and the query index.
 * @param kind - which of the two commands.
 * @returns the exit code (0).
 * @throws {UsageError} for an unknown actor or place, a place that is not one, a bad date or
 *   an empty window, `--roles` or `--include-members` without `--actor`.
 * @example
 * eventsCommand(parseCommandArgs('events', ['--type', 'drone-strike']), ctx, 'events') // => 0
 */
export function eventsCommand(args: ParsedArgs, ctx: CommandContext, kind: 'timeline' | 'events'): number {
  const f = filters(args, ctx);
  const events: readonly EventRecord[] = Object.keys(f).length === 0 ? ctx.index.timeline() : ctx.index.query(f);
  const format = (args.values['format'] as string | undefined) ?? 'table';
  const { io, style, dataset } = ctx;
  if (format === 'json') io.stdout(`${JSON.stringify(events, null, 2)}\n`);
  else if (format === 'ndjson') io.stdout(toNDJSON('events', { dataset, events }));
  else if (format === 'csv') io.stdout(toCSV('events', { dataset, events }));
  else if (kind === 'timeline') {
    const names = new Map(dataset.entities.map((e) => [e.id, e.name]));
    const source = dataset.sources[0];
    if (source !== undefined) io.stdout(`${style.bold(safeText(source.title))}\n${style.dim(safeText(`${source.publisher}, ${source.published.slice(0, 10)}`) + ` · ${events.length} events`)}\n`);
    for (const e of events) {
      const head = `${safeText(e.date)}  ${safeText(what(e))}  `;
      io.stdout(`\n${style.bold(safeText(e.date))}  ${safeText(what(e))}  ${style.id(truncate(safeText(e.id), Math.max(8, TABLE_WIDTH - textWidth(head))))}\n`);
      io.stdout(wrapText(safeText(e.summary), TABLE_WIDTH - 4).map((l) => `    ${l}\n`).join(''));
      const unstated = unstatedClaims(e, names);
      if (unstated.length > 0) io.stdout(style.dim(wrapText(safeText(`not stated: ${unstated.join('; ')}`), TABLE_WIDTH - 4).map((l) => `    ${l}\n`).join('')));
    }
  } else {
    const names = new Map(dataset.entities.map((e) => [e.id, e.name]));
    const rows = events.map((e) => {
      const actor = mainActors(e).actor1;
      const label = actor === null ? '' : (names.get(actor.entity) ?? actor.entity);
      return [e.date, e.id, what(e), actor === null || (actor.certainty ?? 'stated') === 'stated' ? label : `*${label}`];
    });
    const columns: TableColumn[] = [{ header: 'DATE' }, { header: 'ID' }, { header: 'WHAT', flex: true }, { header: 'ACTOR', flex: true }];
    // The actor column only when at least 12 columns are left for it; ids are never cut.
    // widths as shown (escaped), by a loop: spreading many rows into Math.max overflows the call stack
    const used = columns.slice(0, 3).reduce((n, c, i) => {
      let w = textWidth(c.header);
      for (const r of rows) w = Math.max(w, textWidth(safeText(r[i]!)));
      return n + 2 + w;
    }, 0);
    const keep = TABLE_WIDTH - used >= 12 ? 4 : 3;
    const shown = columns.slice(0, keep).map((c, i) => (keep === 4 && i === 2 ? { header: c.header } : c));
    io.stdout(formatTable(shown, rows.map((r) => r.slice(0, keep)), style));
    io.stdout(style.dim(`${events.length} event${events.length === 1 ? '' : 's'}\n`));
    if (keep === 4 && rows.some((r) => r[3]!.startsWith('*'))) io.stdout(style.dim('* actor not stated in the report (inferred); see the event’s participants\n'));
  }
  return 0;
}
