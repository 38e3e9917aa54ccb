import { toDOT } from '../../export/toDOT.js';
import { toGraphJSON } from '../../export/toGraphJSON.js';
import { toMermaid } from '../../export/toMermaid.js';
import type { GraphOptions } from '../../export/buildGraph.js';
import type { Predicate } from '../../vocab/relationships.js';
import { PREDICATES } from '../../vocab/relationships.js';
import type { CommandContext } from '../CommandContext.js';
import type { ParsedArgs } from '../parseCommandArgs.js';
import { quoteArg } from '../quoteArg.js';
import { UsageError } from '../UsageError.js';

/**
 * `graph`: the actor network (relationships; with `--events`, events and their participants) as
 * Mermaid, DOT or graphology JSON.
 *
 * @param args - the parsed arguments.
 * @param ctx - output and the dataset.
 * @returns the exit code (0).
 * @throws {UsageError} for an unknown predicate.
 * @example
 * graphCommand(parseCommandArgs('graph', ['--format', 'dot']), ctx) // => 0
 */
export function graphCommand(args: ParsedArgs, ctx: CommandContext): number {
  const predicates = (args.values['predicate'] as readonly string[] | undefined) ?? undefined;
  for (const p of predicates ?? []) {
    if (!(PREDICATES as readonly string[]).includes(p)) throw new UsageError(`graph: --predicate ${quoteArg(p)} is not a predicate; use one of: ${PREDICATES.join(', ')}`);
  }
  const options: GraphOptions = {
    dataset: ctx.dataset,
    ...(args.values['events'] === true ? { events: true } : {}),
    ...(predicates === undefined ? {} : { predicates: predicates as readonly Predicate[] }),
  };
  const format = (args.values['format'] as string | undefined) ?? 'mermaid';
  ctx.io.stdout(format === 'dot' ? toDOT(options) : format === 'graphology' ? `${JSON.stringify(toGraphJSON(options), null, 2)}\n` : toMermaid(options));
  return 0;
}
