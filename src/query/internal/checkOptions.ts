import { nearestIds } from '../../dataset/nearestIds.js';

const describe = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`);

/**
 * Checks an options argument from a possibly untyped caller: absent, or a plain object whose
 * keys are all accepted.
 *
 * @param fn - the helper's name, for errors.
 * @param options - the argument as given.
 * @param accepted - the option names the helper accepts.
 * @returns the options as a record (`{}` when absent).
 * @throws {TypeError} for a non-object, or an unknown option name (naming the accepted ones).
 */
export function checkOptions(fn: string, options: unknown, accepted: readonly string[]): Readonly<Record<string, unknown>> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`${fn}: options must be an object, got ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!accepted.includes(key)) {
      const near = nearestIds(key, accepted, 1);
      throw new TypeError(
        `${fn}: unknown option '${key}'${near.length > 0 ? `; did you mean '${near[0]}'?` : ''} Accepted options: ${accepted.join(', ')}`,
      );
    }
  }
  return options as Readonly<Record<string, unknown>>;
}
