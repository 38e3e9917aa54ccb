import { COMMANDS, type CommandName } from './commandSpecs.js';
import type { Style } from './createStyle.js';
import { TABLE_WIDTH } from './formatTable.js';
import { wrapText } from './wrapText.js';

const indent = (lines: readonly string[], pad: string): string[] => lines.map((l) => `${pad}${l}`);

/**
 * The help text: the overview of every command, or one command's usage, options and example,
 * wrapped to 80 columns.
 *
 * @param command - a command, or `undefined` for the overview.
 * @param style - text styles.
 * @returns the help, ending in `\n`.
 * @example
 * formatHelp('path', plainStyle).startsWith('Usage: iraq-militias path <a> <b>') // => true
 */
export function formatHelp(command: CommandName | undefined, style: Style): string {
  const lines: string[] = [];
  if (command === undefined) {
    lines.push(`${style.bold('Usage:')} iraq-militias <command> [options]`, '');
    lines.push("The National's 2024-06-09 report on Iran-backed militias in Iraq, as data.", '', style.bold('Commands:'));
    for (const [name, spec] of Object.entries(COMMANDS)) {
      const wrapped = wrapText(spec.summary, TABLE_WIDTH - 14);
      lines.push(`  ${name.padEnd(10)}  ${wrapped[0]}`, ...indent(wrapped.slice(1), ' '.repeat(14)));
    }
    lines.push('', style.bold('Options:'), '  -h, --help    show help (also after a command)', '  --version     show the version', '');
    lines.push("Run 'iraq-militias <command> --help' for a command's options.");
    lines.push('Exit codes: 0 success, 1 no result (path) or problems found (validate, --data),', '2 usage error, 70 internal error, 74 output (stdout, --out) not writable.');
    return `${lines.join('\n')}\n`;
  }
  const spec = COMMANDS[command];
  lines.push(...wrapText(`${style.bold('Usage:')} iraq-militias ${spec.usage}`, TABLE_WIDTH + (style.enabled ? 9 : 0)), '');
  lines.push(...wrapText(`${spec.summary[0]!.toUpperCase()}${spec.summary.slice(1)}.`, TABLE_WIDTH), '', style.bold('Options:'));
  for (const [name, o] of Object.entries(spec.options)) {
    const flag = `${'short' in o ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ` ${'value' in o ? o.value : 'VALUE'}` : ''}`;
    const text = `${o.help}${'choices' in o && o.choices.length <= 12 ? `: ${o.choices.join(', ')}` : ''}`;
    const wrapped = wrapText(text, TABLE_WIDTH - 28);
    lines.push(`  ${flag.padEnd(24)}  ${wrapped[0]}`, ...indent(wrapped.slice(1), ' '.repeat(28)));
    if ('choices' in o && o.choices.length > 12) lines.push(...indent(wrapText(o.choices.join(', '), TABLE_WIDTH - 28), ' '.repeat(28)));
  }
  lines.push('', style.bold('Example:'), `  ${spec.example}`);
  return `${lines.join('\n')}\n`;
}
