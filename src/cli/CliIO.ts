/** Where the CLI reads its environment and writes its output; `bin.ts` passes the process's. */
export interface CliIO {
  /** Writes to standard output. */
  readonly stdout: (text: string) => unknown;
  /** Writes to standard error. */
  readonly stderr: (text: string) => unknown;
  /** The environment (`NO_COLOR` turns colour off). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal: colour only then. */
  readonly isTTY: boolean;
  /** The directory `--out` paths are relative to (default: the process's). */
  readonly cwd?: string;
}
