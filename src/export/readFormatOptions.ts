import { checkOptions } from '../query/internal/checkOptions.js';
import type { DatasetRecord, EventRecord } from '../schema/types.js';
import { resolveDataset } from './resolveDataset.js';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';
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
 * `TypeError` naming the option and what is accepted.
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
  const data = resolveDataset(given['dataset'] as DatasetRecord | undefined, fn);
  const events = given['events'] ?? data.events;
  if (!Array.isArray(events)) {
    throw new TypeError(`${fn}: options.events must be an array of event records (e.g. a query's result), got ${describe(events)}`);
  }
  events.forEach((e: unknown, i) => {
    const r = e as Record<string, unknown> | null;
    const bad =
      r === null || typeof r !== 'object'
        ? describe(e)
        : typeof r['id'] !== 'string'
          ? 'no string id'
          : typeof r['type'] !== 'string' || typeof r['modality'] !== 'string' || typeof r['date'] !== 'string'
            ? 'no string type, modality or date'
            : !Array.isArray(r['participants']) || !Array.isArray(r['evidence'])
              ? 'no participants or evidence array'
              : !r['participants'].every((p: unknown) => isObject(p) && typeof p['entity'] === 'string' && typeof p['role'] === 'string')
                ? 'a participant without a string entity and role'
                : !r['evidence'].every((ev: unknown) => isObject(ev) && typeof ev['source'] === 'string' && Array.isArray(ev['paragraphs']))
                  ? 'an evidence entry without a source and paragraphs'
                  : null;
    if (bad !== null) {
      throw new TypeError(`${fn}: event ${i}${typeof r?.['id'] === 'string' ? ` ('${r['id']}')` : ''} is not an event record (${bad}); check a dataset with parseDataset from iraq-militias/schema`);
    }
  });
  const flags: Record<string, boolean> = {};
  for (const name of flagNames) {
    const value = given[name];
    if (value !== undefined && typeof value !== 'boolean') throw new TypeError(`${fn}: options.${name} must be true or false, got ${describe(value)}`);
    flags[name] = value === true;
  }
  return { data, events: events as readonly EventRecord[], flags };
}
