/**
 * Standard output, or the `--out` file once opened, could not be written (no space left, a
 * closed device): the CLI prints one line and exits with code 74; a closed pipe (`| head`) is
 * not an error.
 *
 * @example
 * new OutputError('ENOSPC').message // => 'cannot write to standard output (ENOSPC)'
 */
export class OutputError extends Error {
  override readonly name = 'OutputError';
  /** The system error code, e.g. `ENOSPC`. */
  readonly code: string;

  /**
   * @param code - the system error code, e.g. `ENOSPC`.
   * @param target - what could not be written (default `standard output`; `--out 'file'` for a file).
   */
  constructor(code: string, target = 'standard output') {
    super(`cannot write to ${target} (${code})`);
    this.code = code;
  }
}
