import type { CommandContext } from '../CommandContext.js';
import { formatTable, TABLE_WIDTH } from '../formatTable.js';
import type { ParsedArgs } from '../parseCommandArgs.js';
import { resolveEntityArg } from '../resolveEntityArg.js';
import { safeText } from '../../text/safeText.js';
import { wrapText } from '../wrapText.js';

/**
 * `entity <id or name>`: the entity's id, kind, aliases, description, relationships (read from
 * its side) and how many events it takes part in; or the record and its relations as JSON. A
 * partial name with one clear best match is shown with a note on standard error saying it was
 * guessed; an ambiguous one is a usage error listing the candidates.
 *
 * @param args - the parsed arguments.
 * @param ctx - output, styles and the query index.
 * @returns the exit code (0).
 * @throws {UsageError} when nothing matches the id or name, or several match equally well.
 * @example
 * entityCommand(parseCommandArgs('entity', ['KH']), ctx) // => 0
 */
export function entityCommand(args: ParsedArgs, ctx: CommandContext): number {
  const { io, style, index } = ctx;
  const { entity: e, guess } = resolveEntityArg(index, args.positionals[0]!, 'entity', true);
  if (guess !== undefined) io.stderr(`iraq-militias: note: ${safeText(guess)}\n`);
  const relations = index.relationsOf(e.id);
  const events = index.byActor(e.id);
  if (args.values['format'] === 'json') {
    const rel = relations.map((r) => ({ predicate: r.predicate, other: r.other.id, relationship: r.relationship.id }));
    io.stdout(`${JSON.stringify({ entity: e, relations: rel, events: events.map((ev) => ev.id) }, null, 2)}\n`);
    return 0;
  }
  const field = (label: string, text: string): string[] => {
    const lines = wrapText(safeText(text), TABLE_WIDTH - 14);
    return lines.map((l, i) => `${i === 0 ? style.dim(label.padEnd(12)) : ' '.repeat(12)}  ${l}`);
  };
  const out = [`${style.bold(safeText(e.name))} (${style.id(safeText(e.id))})`];
  out.push(...field('kind', e.subtype === undefined ? e.kind : `${e.kind}, ${e.subtype}`));
  if (e.aliases.length > 0) out.push(...field('aliases', e.aliases.join(' · ')));
  out.push(...field('description', e.description));
  if (e.iso !== undefined) out.push(...field('iso', `${e.iso.alpha2} / ${e.iso.alpha3}`));
  if (e.within !== undefined) out.push(...field('within', e.within));
  if (e.coordinates !== undefined) out.push(...field('coordinates', `${e.coordinates.lat}, ${e.coordinates.lon} (${e.coordinates.precision})`));
  out.push(...field('certainty', e.certainty));
  out.push(...field('events', `${events.length}${events.length > 0 ? ` (iraq-militias events --actor ${e.id})` : ''}`));
  if (relations.length > 0) {
    out.push('');
  }
  io.stdout(`${out.join('\n')}\n`);
  if (relations.length > 0) {
    const rows = relations.map((r) => [r.predicate, r.other.id, r.other.name]);
    io.stdout(formatTable([{ header: 'RELATION' }, { header: 'OTHER' }, { header: 'NAME', flex: true }], rows, style));
  }
  return 0;
}
