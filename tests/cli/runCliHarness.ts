import { runCli } from '../../src/cli/runCli.js';
import type { DatasetRecord } from '../../src/schema/types.js';

/** What one in-process CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with captured output (not a TTY, no NO_COLOR unless given). */
export async function run(
  argv: readonly string[],
  options: { isTTY?: boolean; env?: Record<string, string>; cwd?: string; dataset?: DatasetRecord } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (t: string) => (stdout += t),
    stderr: (t: string) => (stderr += t),
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  };
  const code = await runCli(argv, io, options.dataset);
  return { code, stdout, stderr };
}

/** The widest line, in code points, with ANSI escapes removed. */
export function widest(text: string): number {
  // eslint-disable-next-line no-control-regex
  return Math.max(0, ...text.replace(/\u001b\[[0-9;]*m/g, '').split('\n').map((l) => [...l].length));
}
