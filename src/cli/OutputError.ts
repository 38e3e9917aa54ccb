/**
 * Standard output could not be written (no space left, a closed device): the CLI prints one
 * line and exits with code 74; a closed pipe (`| head`) is not an error.
 *
 * @example
 * new OutputError('ENOSPC').message // => 'cannot write to standard output (ENOSPC)'
 */
export class OutputError extends Error {
  override readonly name = 'OutputError';
  /** The system error code, e.g. `ENOSPC`. */
  readonly code: string;

  constructor(code: string) {
    super(`cannot write to standard output (${code})`);
    this.code = code;
  }
}
