/**
 * A mistake in how the CLI was called (unknown command or option, unknown id, bad date): the CLI
 * prints its one-line message and exits with code 2.
 *
 * @example
 * new UsageError("unknown command 'evnts'; commands: timeline, events …").message
 * // => "unknown command 'evnts'; commands: timeline, events …"
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
