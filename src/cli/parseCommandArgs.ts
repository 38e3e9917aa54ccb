import { parseArgs } from 'node:util';
import { COMMANDS, type CommandName } from './commandSpecs.js';
import { UsageError } from './UsageError.js';

/** The parsed options (by long name) and positionals of one command. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly positionals: readonly string[];
}

const optionList = (command: CommandName): string =>
  Object.entries(COMMANDS[command].options)
    .map(([name, o]) => `--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`)
    .join(', ');

/**
 * Parses a command's arguments with `node:util` `parseArgs` (strict), then checks option values
 * against their fixed choices and the count of positionals, turning every mistake into a
 * {@link UsageError} that names it and the accepted forms.
 *
 * @param command - the command.
 * @param args - its arguments (after the command name).
 * @returns the options and positionals.
 * @throws {UsageError} for an unknown option, a missing value, a value outside the choices, or
 *   too few / too many positionals.
 * @example
 * parseCommandArgs('graph', ['--format', 'dot']).values.format // => 'dot'
 */
export function parseCommandArgs(command: CommandName, args: readonly string[]): ParsedArgs {
  const spec = COMMANDS[command];
  const options = Object.fromEntries(
    Object.entries(spec.options).map(([name, o]) => [
      name,
      { type: o.type, ...('multiple' in o && o.multiple === true ? { multiple: true } : {}), ...('short' in o ? { short: o.short } : {}) },
    ]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
  } catch (error) {
    const message = (error as Error).message;
    const name = /'(-[^']*)'/.exec(message)?.[1] ?? '';
    const code = (error as { code?: string }).code;
    const problem =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `unknown option '${name}'`
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? `option '${name.split(' ')[0]}' ${/argument missing/.test(message) ? 'needs a value' : 'takes no value'}`
          : message.split('\n')[0]!;
    throw new UsageError(`${command}: ${problem}; accepted options: ${optionList(command)}`);
  }
  const values = parsed.values as ParsedArgs['values'];
  if (values['help'] === true) return { values, positionals: parsed.positionals };
  for (const [name, o] of Object.entries(spec.options)) {
    if (!('choices' in o)) continue;
    const given = parsed.values[name];
    const list = given === undefined ? [] : Array.isArray(given) ? given : [given];
    for (const value of list) {
      if (!(o.choices as readonly string[]).includes(String(value))) {
        throw new UsageError(`${command}: --${name} '${String(value)}' is not accepted; use one of: ${o.choices.join(', ')}`);
      }
    }
  }
  const [min, max] = spec.positionals;
  const n = parsed.positionals.length;
  if (n < min || n > max) {
    const extra = n > max ? `unexpected argument '${parsed.positionals[max]}'` : `missing ${min - n === 1 && min === 1 ? 'an argument' : `${min - n} argument(s)`}`;
    throw new UsageError(`${command}: ${extra}; usage: iraq-militias ${spec.usage}`);
  }
  return { values, positionals: parsed.positionals };
}
