import { describe, expectTypeOf, it } from 'vitest';
import { toACLED, toACLEDRows, toPLOVERRecords, toUCDPGEDRows, type AcledColumn, type OmittedEvent } from '../../src/export/index.js';

describe('field-format export types', () => {
  it('types rows by the official column names', () => {
    const { rows, omitted } = toACLEDRows();
    expectTypeOf(rows[0]!.fatalities).toEqualTypeOf<string | number | null>();
    expectTypeOf<keyof (typeof rows)[number]>().toEqualTypeOf<AcledColumn>();
    expectTypeOf(omitted).toEqualTypeOf<readonly OmittedEvent[]>();
    expectTypeOf(toUCDPGEDRows().rows[0]!.best).toEqualTypeOf<string | number | null>();
    expectTypeOf(toPLOVERRecords().records[0]!.quad_code).toEqualTypeOf<1 | 2 | 3 | 4>();
  });

  it('rejects unknown options and wrong types at compile time', () => {
    // @ts-expect-error: not an option of toACLED
    toACLED({ includeThreats: true });
    // @ts-expect-error: a boolean
    toACLED({ includeClaimed: 'yes' });
    // @ts-expect-error: toPLOVERRecords keeps every modality; there is nothing to include
    toPLOVERRecords({ includeClaimed: true });
  });
});
