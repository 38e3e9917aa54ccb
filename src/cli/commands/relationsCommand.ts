import { parseEdtf } from '../../dates/parseEdtf.js';
import type { RelationOptions } from '../../query/types.js';
import type { CommandContext } from '../CommandContext.js';
import { formatTable } from '../formatTable.js';
import type { ParsedArgs } from '../parseCommandArgs.js';
import { safeText } from '../../text/safeText.js';
import { quoteArg } from '../quoteArg.js';
import { UsageError } from '../UsageError.js';

/**
 * `relations <id> [--as-of DATE]`: the entity's relationships in both directions, each read from
 * its side (`backed-by`, or the inverse `backs`), with the other end and when it held.
 *
 * @param args - the parsed arguments.
 * @param ctx - output, styles and the query index.
 * @returns the exit code (0).
 * @throws {UsageError} for an unknown entity or a bad `--as-of` date.
 * @example
 * relationsCommand(parseCommandArgs('relations', ['iran']), ctx) // => 0
 */
export function relationsCommand(args: ParsedArgs, ctx: CommandContext): number {
  const { io, style, index } = ctx;
  const e = ctx.entity(args.positionals[0]!, 'relations');
  const asOf = args.values['as-of'] as string | undefined;
  const options: RelationOptions = {};
  if (asOf !== undefined) {
    try {
      parseEdtf(asOf);
    } catch {
      throw new UsageError(`--as-of: ${quoteArg(asOf)} is not a date we read; accepted: EDTF dates such as 2024, 2024-01, 2024-01-28, 199X`);
    }
    Object.assign(options, { asOf });
  }
  const relations = index.relationsOf(e.id, options);
  if (args.values['format'] === 'json') {
    const out = relations.map((r) => ({ predicate: r.predicate, direction: r.direction, other: r.other.id, relationship: r.relationship }));
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  }
  const rows = relations.map((r) => [r.predicate, r.other.id, r.relationship.valid ?? '', r.other.name]);
  io.stdout(`${style.bold(safeText(e.name))} (${style.id(safeText(e.id))})${asOf === undefined ? '' : ` as of ${asOf}`}\n`);
  io.stdout(formatTable([{ header: 'RELATION' }, { header: 'OTHER' }, { header: 'VALID' }, { header: 'NAME', flex: true }], rows, style));
  return 0;
}
