import type { CommandContext } from '../CommandContext.js';
import type { ParsedArgs } from '../parseCommandArgs.js';
import { safeText } from '../../text/safeText.js';

/**
 * `path <a> <b>`: the shortest chain of relationships from `a` to `b`, one step a line, each read
 * in the chain's direction (`backed-by`, or an inverse such as `has-member`).
 *
 * @param args - the parsed arguments.
 * @param ctx - output, styles and the query index.
 * @returns 0 when a chain exists, 1 when none does.
 * @throws {UsageError} for an unknown entity.
 * @example
 * pathCommand(parseCommandArgs('path', ['kataib-hezbollah', 'iran']), ctx) // => 0
 */
export function pathCommand(args: ParsedArgs, ctx: CommandContext): number {
  const { io, style, index } = ctx;
  const a = ctx.entity(args.positionals[0]!, 'path');
  const b = ctx.entity(args.positionals[1]!, 'path');
  const found = index.path(a.id, b.id);
  if (args.values['format'] === 'json') {
    io.stdout(`${JSON.stringify(found === null ? null : found.steps.map((s) => ({ from: s.from.id, predicate: s.predicate, to: s.to.id, relationship: s.relationship.id })), null, 2)}\n`);
    return found === null ? 1 : 0;
  }
  if (found === null) {
    io.stdout(safeText(`No chain of relationships links ${a.name} (${a.id}) and ${b.name} (${b.id}).`) + '\n');
    return 1;
  }
  const lines = [`${style.bold(safeText(a.name))} (${style.id(safeText(a.id))})`];
  for (const s of found.steps) lines.push(`  ${style.dim(`--${s.predicate}-->`)} ${style.bold(safeText(s.to.name))} (${style.id(safeText(s.to.id))})`);
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
