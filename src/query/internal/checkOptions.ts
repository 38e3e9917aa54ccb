import { closeIds } from '../../dataset/closeIds.js';
import { ArgumentTypeError } from '../../errors/ArgumentTypeError.js';
import { describeValue, isArraySafe } from '../../errors/describeValue.js';
import { describeThrown } from '../../errors/describeThrown.js';

/** What the options are when none are given (no prototype: nothing is ever inherited). */
const NONE: Readonly<Record<string, unknown>> = Object.freeze(Object.create(null) as Record<string, unknown>);

const reason = describeThrown;

/**
 * The common case, cheaply: no symbol keys and only accepted string keys, read through
 * `Object.keys` (which V8 caches per object shape) and each value read once. Returns `null` when
 * anything is unusual (a symbol key, an unknown name, a trap that throws while listing), for the
 * careful path to name it.
 */
function plainOptions(options: object, accepted: readonly string[], where: string): Record<string, unknown> | null {
  let keys: string[];
  try {
    if (Object.getOwnPropertySymbols(options).length > 0) return null;
    keys = Object.keys(options);
  } catch {
    return null;
  }
  for (const key of keys) if (!accepted.includes(key)) return null;
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of keys) {
    let value: unknown;
    try {
      value = (options as Record<string, unknown>)[key];
    } catch (error) {
      throw new ArgumentTypeError(`${where}.${key}`, undefined, `a value that can be read (its getter threw: ${reason(error)})`, undefined, { cause: error });
    }
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * Checks and copies an options argument from a possibly untyped caller: absent, or an object
 * (not an array or function) whose own enumerable keys are all accepted. Only **own**
 * properties are read: a polluted `Object.prototype` changes nothing. Getters are called once,
 * and a getter or a Proxy trap that throws becomes an {@link ArgumentTypeError} naming the option.
 *
 * @param fn - the helper's name, for errors.
 * @param options - the argument as given.
 * @param accepted - the option names the helper accepts.
 * @returns a copy without a prototype, holding only the options given (`undefined` ones left out).
 * @throws {ArgumentTypeError} for a non-object, an unknown option name (naming the accepted
 *   ones) or a property that cannot be read.
 */
export function checkOptions(fn: string, options: unknown, accepted: readonly string[]): Readonly<Record<string, unknown>> {
  if (options === undefined) return NONE;
  const where = `${fn}: options`;
  if (typeof options !== 'object' || options === null || isArraySafe(options)) {
    throw new ArgumentTypeError(where, options, `an object of options (${accepted.join(', ')}) or nothing`);
  }
  const fast = plainOptions(options, accepted, where);
  if (fast !== null) return fast;
  let keys: (string | symbol)[];
  try {
    keys = Reflect.ownKeys(options);
  } catch (error) {
    throw new ArgumentTypeError(where, options, `an object whose keys can be listed (listing them threw: ${reason(error)})`, undefined, { cause: error });
  }
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of keys) {
    let desc: PropertyDescriptor | undefined;
    try {
      desc = Reflect.getOwnPropertyDescriptor(options, key);
    } catch (error) {
      throw new ArgumentTypeError(where, options, `an object whose properties can be read (reading one threw: ${reason(error)})`, undefined, { cause: error });
    }
    if (desc === undefined || desc.enumerable !== true) continue;
    if (typeof key !== 'string' || !accepted.includes(key)) {
      const shown = describeValue(typeof key === 'string' ? key : key.description ?? '');
      const near = closeIds(key, accepted.map((a) => [a, []] as const), 1);
      throw new ArgumentTypeError(
        where,
        key,
        'known option names',
        `${fn}: unknown option ${typeof key === 'string' ? shown : `[symbol ${shown}]`}${near.length > 0 ? `; did you mean '${near[0]}'?` : ''} Accepted options: ${accepted.join(', ')}`,
      );
    }
    let value: unknown;
    if ('value' in desc) value = desc.value;
    else if (desc.get !== undefined) {
      try {
        value = Reflect.apply(desc.get, options, []);
      } catch (error) {
        throw new ArgumentTypeError(`${where}.${key}`, undefined, `a value that can be read (its getter threw: ${reason(error)})`, undefined, { cause: error });
      }
    }
    if (value !== undefined) out[key] = value;
  }
  return out;
}
