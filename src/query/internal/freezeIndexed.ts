import { ArgumentTypeError } from '../../errors/ArgumentTypeError.js';
import type { DatasetRecord } from '../../schema/types.js';
import { ownField } from './ownField.js';
import { describeThrown } from '../../errors/describeThrown.js';

const freeze = (value: unknown): void => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) Object.freeze(value);
};

/**
 * Freezes, in place, every part of a dataset that an index's answers depend on: the dataset
 * object, its record arrays, every record, each event's `participants` (and each participant)
 * and each entity's `aliases`. A later change to any of them then fails (a `TypeError` in
 * strict mode, a no-op otherwise) instead of silently making the index's answers stale.
 * Linear in the number of records and participants; already-frozen parts cost a check.
 *
 * @param dataset - a dataset whose shape `checkDatasetShape` has checked.
 * @throws {ArgumentTypeError} when a part cannot be frozen (a Proxy that refuses).
 */
export function freezeIndexed(dataset: DatasetRecord): void {
  try {
    for (const e of dataset.events) {
      freeze(e.participants);
      for (const p of e.participants) freeze(p);
      freeze(e);
    }
    for (const e of dataset.entities) {
      freeze(ownField(e, 'aliases'));
      freeze(e);
    }
    for (const r of dataset.relationships) freeze(r);
    for (const l of dataset.eventLinks) freeze(l);
    for (const key of ['entities', 'events', 'relationships', 'eventLinks', 'sources'] as const) if (Object.hasOwn(dataset, key)) freeze(dataset[key]);
    freeze(dataset);
  } catch (error) {
    throw new ArgumentTypeError('createIndex: dataset', dataset, `a dataset that can be frozen (freezing it threw: ${describeThrown(error)})`, undefined, { cause: error });
  }
}
