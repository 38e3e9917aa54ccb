import { checkOptions } from '../query/internal/checkOptions.js';

/**
 * Checks an export function's options argument from a possibly untyped caller: absent, or a
 * plain object whose own keys are all accepted (unknown names get a "did you mean"). Returns a
 * copy holding only the accepted own properties, so nothing inherited (a polluted
 * `Object.prototype`) is ever read.
 *
 * @param caller - the public function's name, for errors.
 * @param options - the argument as given.
 * @param accepted - the option names the function accepts.
 * @returns the own accepted options (`{}` when absent).
 * @throws {TypeError} for `null` or a non-object, or an unknown option name, naming the accepted ones.
 * @example
 * readExportOptions('toCSV', { boms: true }, ['dataset', 'events', 'bom'])
 * // throws TypeError: toCSV: unknown option 'boms'; did you mean 'bom'? …
 */
export function readExportOptions(caller: string, options: unknown, accepted: readonly string[]): Readonly<Record<string, unknown>> {
  const checked = checkOptions(caller, options, accepted);
  const own: Record<string, unknown> = {};
  for (const key of accepted) {
    if (Object.prototype.hasOwnProperty.call(checked, key)) own[key] = checked[key];
  }
  return own;
}
