import { parseArgs } from 'node:util';
import { COMMANDS, type CommandName, type OptionSpec } from './commandSpecs.js';
import { quoteArg } from './quoteArg.js';
import { UsageError } from './UsageError.js';

/** The parsed options (by long name) and positionals of one command. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly positionals: readonly string[];
}

const optionList = (command: CommandName): string =>
  Object.entries(COMMANDS[command].options as Readonly<Record<string, OptionSpec>>)
    .map(([name, o]) => `--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`)
    .join(', ');

/** The option a parseArgs message names (`'--foo'`, `'-x'`), as the user typed it. */
function optionIn(message: string, args: readonly string[]): string {
  const named = /'(-[^']*)'/.exec(message)?.[1]?.split(' ')[0] ?? '';
  return args.find((a) => a === named || a.startsWith(`${named}=`))?.split('=')[0] ?? named;
}

/**
 * Parses a command's arguments with `node:util` `parseArgs` (strict), then checks them: a
 * single-valued option given twice, a value outside an option's choices, a comma-separated list
 * (`--roles a,b`) split and checked value by value, and the count of positionals. Every mistake
 * is a {@link UsageError} naming it (quoted, at most 40 characters) and the accepted forms.
 *
 * @param command - the command.
 * @param args - its arguments (after the command name).
 * @returns the options and positionals.
 * @throws {UsageError} for an unknown option, a missing value, a repeated single-valued option,
 *   a value outside the choices, or too few / too many positionals.
 * @example
 * parseCommandArgs('graph', ['--format', 'dot']).values.format // => 'dot'
 */
export function parseCommandArgs(command: CommandName, args: readonly string[]): ParsedArgs {
  const spec = COMMANDS[command];
  const specs = spec.options as Readonly<Record<string, OptionSpec>>;
  const options = Object.fromEntries(
    Object.entries(specs).map(([name, o]) => [name, { type: o.type, ...(o.multiple === true ? { multiple: true } : {}), ...(o.short === undefined ? {} : { short: o.short }) }]),
  );
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; strict: true; allowPositionals: true; tokens: true }>>;
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true, tokens: true });
  } catch (error) {
    const message = String((error as Error).message);
    const code = (error as { code?: string }).code;
    const name = quoteArg(optionIn(message, args));
    const problem =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `unknown option ${name}`
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? /argument missing/.test(message)
            ? `option ${name} needs a value`
            : /ambiguous/.test(message)
              ? `option ${name} needs a value, and the next argument looks like an option (write ${name.slice(1, -1)}=VALUE for a value that starts with '-')`
              : `option ${name} takes no value`
          : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
            ? 'unexpected argument'
            : 'cannot read the arguments';
    throw new UsageError(`${command}: ${problem}; accepted options: ${optionList(command)}`);
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || specs[token.name]?.multiple === true) continue;
    if (seen.has(token.name)) throw new UsageError(`${command}: option --${token.name} given more than once; give it once`);
    seen.add(token.name);
  }
  const values: Record<string, string | boolean | readonly string[] | undefined> = {};
  for (const [name, o] of Object.entries(specs)) {
    const given: unknown = Object.hasOwn(parsed.values, name) ? (parsed.values as Record<string, unknown>)[name] : undefined;
    if (given === undefined) continue;
    if (o.multiple === true) {
      const list = (given as string[]).flatMap((v) => (o.commas === true ? v.split(',') : [v]));
      values[name] = Object.freeze(list);
    } else {
      values[name] = given as string | boolean;
    }
  }
  if (values['help'] === true) return { values, positionals: parsed.positionals };
  for (const [name, o] of Object.entries(specs)) {
    if (o.choices === undefined || values[name] === undefined) continue;
    const given = values[name];
    for (const value of Array.isArray(given) ? given : [given]) {
      if (!o.choices.includes(String(value))) {
        throw new UsageError(`${command}: --${name} ${quoteArg(String(value))} is not accepted; use one of: ${o.choices.join(', ')}`);
      }
    }
  }
  const [min, max] = spec.positionals;
  const n = parsed.positionals.length;
  if (n < min || n > max) {
    const extra = n > max ? `unexpected argument ${quoteArg(parsed.positionals[max]!)}` : `missing ${min - n === 1 && min === 1 ? 'an argument' : `${min - n} argument(s)`}`;
    throw new UsageError(`${command}: ${extra}; usage: iraq-militias ${spec.usage}`);
  }
  return { values, positionals: parsed.positionals };
}
