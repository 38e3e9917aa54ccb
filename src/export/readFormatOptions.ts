import { ArgumentTypeError } from '../errors/ArgumentTypeError.js';
import { checkOptions } from '../query/internal/checkOptions.js';
import type { DatasetRecord, EventRecord } from '../schema/types.js';
import { checkEventRecords } from './checkEventRecords.js';
import { resolveDataset } from './resolveDataset.js';

const describe = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`);

/** The options every field-format export (ACLED, UCDP GED, PLOVER) shares, read and checked. */
export interface FormatOptions {
  readonly data: DatasetRecord;
  readonly events: readonly EventRecord[];
  /** Options of type boolean, by name: `true` only when given as `true`. */
  readonly flags: Readonly<Record<string, boolean>>;
}

/**
 * Reads the options of a field-format export strictly: an unknown option name, a dataset that is
 * not one, `events` that is not an array of events, or a flag that is not a boolean is a
 * `TypeError` naming the option and what is accepted. The dataset and the events are read once
 * into checked copies (see `resolveDataset`), so a record of the wrong shape is named by its path.
 *
 * @param fn - the public function's name, for errors.
 * @param options - the options as given (possibly by an untyped caller).
 * @param flagNames - the boolean options this function accepts, besides `dataset` and `events`.
 * @returns the dataset, the events to export and the flags.
 * @throws {TypeError} for an unknown option or a value of the wrong type.
 * @example
 * readFormatOptions('toACLED', { includeClaimed: true }, ['includeClaimed']).flags.includeClaimed // => true
 */
export function readFormatOptions(fn: string, options: unknown, flagNames: readonly string[]): FormatOptions {
  const given = checkOptions(fn, options, ['dataset', 'events', ...flagNames]);
  const flags: Record<string, boolean> = {};
  for (const name of flagNames) {
    const value = given[name];
    if (value !== undefined && typeof value !== 'boolean') throw new ArgumentTypeError(`${fn}: options.${name}`, value, '', `${fn}: options.${name} must be true or false, got ${describe(value)}`);
    flags[name] = value === true;
  }
  const data = resolveDataset(given['dataset'] as DatasetRecord | undefined, fn);
  const events = checkEventRecords(fn, given['events']) ?? data.events;
  return { data, events, flags };
}
