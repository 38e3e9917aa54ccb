import type { CliIO } from './CliIO.js';

/** Text styles for terminal output; each is the identity when colour is off. */
export interface Style {
  readonly enabled: boolean;
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly id: (s: string) => string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const plain = (s: string): string => s;

/**
 * Chooses colour or plain text: colour only when standard output is a terminal and `NO_COLOR`
 * is unset or empty (https://no-color.org).
 *
 * @param io - the CLI's environment.
 * @returns the styles.
 * @example
 * createStyle({ isTTY: false, env: {}, stdout() {}, stderr() {} }).bold('x') // => 'x'
 */
export function createStyle(io: Pick<CliIO, 'isTTY' | 'env'>): Style {
  const noColor = io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '';
  if (!io.isTTY || noColor) return { enabled: false, bold: plain, dim: plain, id: plain };
  return { enabled: true, bold: wrap(1, 22), dim: wrap(2, 22), id: wrap(36, 39) };
}
