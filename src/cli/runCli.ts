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
import { diffCommand } from './commands/diffCommand.js';
import { validateCommand } from './commands/validateCommand.js';
import { createStyle } from './createStyle.js';
import { EXIT_CODES } from './exitCodes.js';
import { loadDatasetFile } from './loadDatasetFile.js';
import { OutputError } from './OutputError.js';
import { quoteArg } from './quoteArg.js';
import { safeText } from '../text/safeText.js';
import { formatHelp } from './formatHelp.js';
import { parseCommandArgs } from './parseCommandArgs.js';
import { resolveEntityArg } from './resolveEntityArg.js';
import { UsageError } from './UsageError.js';

const NAMES = Object.keys(COMMANDS) as CommandName[];
const isCommand = (s: string | undefined): s is CommandName => s !== undefined && Object.hasOwn(COMMANDS, s);
const MESSAGE_MAX = 600;
const oneLine = (s: string): string => {
  const line = safeText(s.replace(/\s*[\n\r\u2028\u2029]\s*/g, ' '));
  return line.length > MESSAGE_MAX ? `${line.slice(0, MESSAGE_MAX)}…` : line;
};
/** Library messages start with the helper's name (`query: from …`); the CLI speaks of its options. */
const fromLibrary = (s: string): string =>
  s.replace(/^[a-z][A-Za-z]*: /, '').replace(/\b(from|to|mode|roles|modality|type|place|asOf)\b(?= \(|: )/g, (m) => `--${m === 'asOf' ? 'as-of' : m}`);
const isOutputError = (error: unknown): boolean => error instanceof OutputError;

/**
 * Runs the `iraq-militias` CLI on the given arguments (without `node` and the script), writing
 * to `io`, and returns the exit code (see {@link EXIT_CODES}): 0 success; 1 no result (`path`
 * found no chain) or problems found (`validate`, a `--data` file that does not validate); 2 a
 * usage error (unknown command or option, a repeated single-valued option, a bad value, unknown
 * id, unreadable file), printed as one line naming the problem and the accepted forms; 70 an
 * internal error; 74 output (standard output, or an `--out` file once opened) could not be written. Never prints a stack trace.
 *
 * @param argv - the arguments, e.g. `['events', '--actor', 'kataib-hezbollah']`.
 * @param io - output streams, environment and whether stdout is a terminal.
 * @param dataset - the dataset to serve when `--data` is not given (default: the bundled report).
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
      return EXIT_CODES.ok;
    }
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      const topic = first === 'help' ? rest[0] : undefined;
      if (rest.length > 1 || (first !== 'help' && rest.length > 0)) throw new UsageError(`help: takes at most one command; usage: iraq-militias help <command>`);
      if (topic !== undefined && !isCommand(topic)) throw new UsageError(`help: unknown command ${quoteArg(topic)}; commands: ${NAMES.join(', ')}`);
      io.stdout(formatHelp(topic, style));
      return EXIT_CODES.ok;
    }
    if (!isCommand(first)) {
      throw new UsageError(`unknown ${first.startsWith('-') ? 'option' : 'command'} ${quoteArg(first)}; commands: ${NAMES.join(', ')}; options: --help, --version`);
    }
    const args = parseCommandArgs(first, rest);
    if (args.values['help'] === true) {
      io.stdout(formatHelp(first, style));
      return EXIT_CODES.ok;
    }
    if (first === 'validate') return await validateCommand(args, io);
    if (first === 'diff') return await diffCommand(args, io, style);
    let data = dataset;
    const file = args.values['data'];
    if (typeof file === 'string') {
      const loaded = await loadDatasetFile(file, io, '--data');
      if (!loaded.ok) {
        const n = loaded.total;
        io.stderr(`iraq-militias: --data ${quoteArg(file)} is not a valid dataset: ${n} problem${n === 1 ? '' : 's'}${n > 20 ? ' (the first 20 below; iraq-militias validate FILE lists all)' : ''}\n`);
        io.stderr(loaded.problems.slice(0, 20).map((p) => `${oneLine(p)}\n`).join(''));
        return EXIT_CODES.problems;
      }
      data = loaded.dataset;
    }
    const index = createIndex(data);
    const ctx: CommandContext = {
      io,
      style,
      dataset: data,
      index,
      entity: (text, what) => resolveEntityArg(index, text, what).entity,
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
    if (isOutputError(error)) {
      io.stderr(`iraq-militias: ${(error as Error).message}\n`);
      return EXIT_CODES.output;
    }
    if (error instanceof UsageError) {
      io.stderr(`iraq-militias: ${oneLine(error.message)}\n`);
      return EXIT_CODES.usage;
    }
    const library = (error instanceof RangeError || error instanceof TypeError) && /^[a-z][A-Za-z]*: /.test(error.message);
    if (error instanceof UnknownIdError || error instanceof DateFormatError || library) {
      // The query helpers reject bad filter values (e.g. a place that is not one) with these.
      io.stderr(`iraq-militias: ${oneLine(fromLibrary(error.message))}; see 'iraq-militias ${isCommand(first) ? `${first} ` : ''}--help'\n`);
      return EXIT_CODES.usage;
    }
    io.stderr(`iraq-militias: internal error (please report it): ${oneLine(error instanceof Error ? `${error.name}: ${error.message}` : String(error))}\n`);
    return EXIT_CODES.internal;
  }
  /* v8 ignore next */
  throw new Error('unreachable');
}
