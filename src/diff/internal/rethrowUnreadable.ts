import { ArgumentRangeError } from '../../errors/ArgumentRangeError.js';
import { ArgumentTypeError } from '../../errors/ArgumentTypeError.js';
import { describeThrown } from '../../errors/describeThrown.js';

/**
 * Rethrows an error met while reading caller-supplied data: the package's own argument errors
 * as they are; anything else (a getter or a Proxy trap that threw, a revoked Proxy) as an
 * {@link ArgumentTypeError} naming where it was read, with the original as `cause`.
 *
 * @param argument - the helper and argument, e.g. `'diffDatasets: oldDataset'`.
 * @param where - what was being read, e.g. `"the old dataset's events[3]"`.
 * @param value - the argument (kept on the error, never read again).
 * @param error - what was thrown.
 * @returns never: it always throws.
 */
export function rethrowUnreadable(argument: string, where: string, value: unknown, error: unknown): never {
  if (ArgumentTypeError.is(error) || ArgumentRangeError.is(error)) throw error;
  const said = describeThrown(error);
  throw new ArgumentTypeError(
    argument,
    value,
    'plain data',
    `${argument}: reading ${where} threw (${said}); accepted: plain data (objects, arrays, strings, numbers …) whose properties can be read`,
    { cause: error },
  );
}
