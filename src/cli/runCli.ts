import packageJson from '../../package.json' with { type: 'json' };
import { dataset as bundled } from '../bundled/dataset.js';
import { DateFormatError } from '../errors/DateFormatError.js';
import { UnknownIdError } from '../errors/UnknownIdError.js';
import { createIndex } from '../query/createIndex.js';
import type { DatasetRecord } from '../schema/types.js';
import type { CliIO } from './CliIO.js';
import type { CommandContext } from './CommandContext.js';
import { COMMANDS, type CommandName } from './commandSpecs.js';
import { entityCommand } from './commands/entityCommand.js';
import { eventsCommand } from './commands/eventsCommand.js';
import { exportCommand } from './commands/exportCommand.js';
import { graphCommand } from './commands/graphCommand.js';
import { pathCommand } from './commands/pathCommand.js';
import { relationsCommand } from './commands/relationsCommand.js';
import { createStyle } from './createStyle.js';
import { formatHelp } from './formatHelp.js';
import { parseCommandArgs } from './parseCommandArgs.js';
import { resolveEntityArg } from './resolveEntityArg.js';
import { UsageError } from './UsageError.js';

const NAMES = Object.keys(COMMANDS) as CommandName[];
const isCommand = (s: string | undefined): s is CommandName => s !== undefined && Object.hasOwn(COMMANDS, s);
const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ');

/**
 * Runs the `iraq-militias` CLI on the given arguments (without `node` and the script), writing
 * to `io`, and returns the exit code: 0 on success, 1 when `path` finds no chain, 2 on a usage
 * error (unknown command or option, unknown id, bad date), which prints one line naming the
 * problem and the accepted forms, never a stack trace.
 *
 * @param argv - the arguments, e.g. `['events', '--actor', 'kataib-hezbollah']`.
 * @param io - output streams, environment and whether stdout is a terminal.
 * @param dataset - the dataset to serve (default: the bundled report).
 * @returns the exit code.
 * @example
 * await runCli(['--version'], io) // => 0 (prints the version)
 */
export async function runCli(argv: readonly string[], io: CliIO, dataset: DatasetRecord = bundled): Promise<number> {
  const style = createStyle(io);
  const [first, ...rest] = argv;
  try {
    if (first === '--version' || first === '-v') {
      io.stdout(`${packageJson.version}\n`);
      return 0;
    }
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      const topic = first === 'help' ? rest[0] : undefined;
      if (topic !== undefined && !isCommand(topic)) throw new UsageError(`help: unknown command '${topic}'; commands: ${NAMES.join(', ')}`);
      io.stdout(formatHelp(topic, style));
      return 0;
    }
    if (!isCommand(first)) {
      throw new UsageError(
        `unknown ${first.startsWith('-') ? 'option' : 'command'} '${first}'; commands: ${NAMES.join(', ')}; options: --help, --version`,
      );
    }
    const args = parseCommandArgs(first, rest);
    if (args.values['help'] === true) {
      io.stdout(formatHelp(first, style));
      return 0;
    }
    const index = createIndex(dataset);
    const ctx: CommandContext = {
      io,
      style,
      dataset,
      index,
      entity: (text, what, fuzzy = false) => resolveEntityArg(index, text, what, fuzzy),
    };
    switch (first) {
      case 'timeline':
      case 'events':
        return eventsCommand(args, ctx, first);
      case 'entity':
        return entityCommand(args, ctx);
      case 'relations':
        return relationsCommand(args, ctx);
      case 'path':
        return pathCommand(args, ctx);
      case 'graph':
        return graphCommand(args, ctx);
      case 'export':
        return await exportCommand(args, ctx);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof UnknownIdError || error instanceof DateFormatError) {
      io.stderr(`iraq-militias: ${oneLine(error.message)}\n`);
      return 2;
    }
    if (error instanceof RangeError || error instanceof TypeError) {
      // The query helpers reject bad filter values (e.g. a reversed window) with these.
      io.stderr(`iraq-militias: ${oneLine(error.message)}; see 'iraq-militias ${isCommand(first) ? `${first} ` : ''}--help'\n`);
      return 2;
    }
    io.stderr(`iraq-militias: internal error: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
    return 1;
  }
}
