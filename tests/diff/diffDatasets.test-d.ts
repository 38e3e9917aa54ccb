import { describe, expectTypeOf, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { diffDatasets } from '../../src/diff/diffDatasets.js';
import type { Bump, DatasetDiff, DiffKind, DiffValue, FieldChange } from '../../src/diff/types.js';
import type { DatasetRecord } from '../../src/schema/types.js';

describe('diffDatasets types', () => {
  it('takes the bundled dataset, any DatasetRecord, and a rename map', () => {
    const other = {} as DatasetRecord;
    expectTypeOf(diffDatasets(dataset, other)).toEqualTypeOf<DatasetDiff>();
    expectTypeOf(diffDatasets(other, dataset, { renames: { a: 'b' } })).toEqualTypeOf<DatasetDiff>();
    // @ts-expect-error -- a rename's new id is a string
    diffDatasets(dataset, dataset, { renames: { a: 1 } });
    // @ts-expect-error -- not a dataset
    diffDatasets(dataset, { entities: [] });
  });

  it('has a readonly, typed result', () => {
    const diff = diffDatasets(dataset, dataset);
    expectTypeOf(diff.bump).toEqualTypeOf<Bump>();
    expectTypeOf(diff.changed[0]!.kind).toEqualTypeOf<DiffKind>();
    expectTypeOf(diff.changed[0]!.changes).toEqualTypeOf<readonly FieldChange[]>();
    expectTypeOf<FieldChange['old']>().toEqualTypeOf<DiffValue | undefined>();
    expectTypeOf<FieldChange['bump']>().toEqualTypeOf<'patch' | 'minor' | 'major'>();
    expectTypeOf(diff.counts.eventLinks.added).toBeNumber();
    // @ts-expect-error -- the result is readonly
    diff.added.push({ kind: 'events', id: 'x' });
  });
});
