import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import type { DeepReadonly } from '../../src/dataset/deepFreeze.js';
import type * as Main from '../../src/index.js';
import type * as PublicSchema from '../../src/schema/index.js';
import type {
  Certainty,
  EdtfDate,
  Estimate,
  EVIDENCE_CLAIMS,
  Evidence,
  Quantity,
  Slug,
} from '../../src/schema/primitives.js';
import {
  Casualties,
  Coordinates,
  Dataset,
  Entity,
  EntityShape,
  Event,
  EventLink,
  EventLinkShape,
  EventShape,
  IsoCodes,
  Participant,
  Relationship,
  RelationshipShape,
  Source,
  Statement,
} from '../../src/schema/records.js';
import type * as Shapes from '../../src/schema/shapes.js';
import type * as Records from '../../src/schema/types.js';

// The hand-written, zod-free record types (src/schema/shapes.ts) against the zod schemas' output
// types, computed here with `z.infer` straight from each schema (not through the exported type
// aliases, which are the hand-written ones). `toEqualTypeOf` checks both directions, each field's
// type and whether it is optional; `Exact` below adds what it cannot see under
// exactOptionalPropertyTypes: `field?: T` against `field?: T | undefined`.

/** The type with every optional field made required: under exactOptionalPropertyTypes `-?` drops the
 * `undefined` optionality adds but keeps an explicit `| undefined`, so `a?: T` and `a?: T | undefined`
 * come out different. Applied all the way down (arrays and nested records too). */
type Exact<T> = T extends readonly (infer U)[] ? Exact<U>[] : T extends object ? { [K in keyof T]-?: Exact<T[K]> } : T;

describe('the hand-written record types are the zod schemas’ output types', () => {
  it('primitives', () => {
    expectTypeOf<z.infer<typeof Slug>>().toEqualTypeOf<string>();
    expectTypeOf<z.infer<typeof EdtfDate>>().toEqualTypeOf<string>();
    expectTypeOf<z.infer<typeof Certainty>>().toEqualTypeOf<Main.Certainty>();
    expectTypeOf<(typeof EVIDENCE_CLAIMS)[number]>().toEqualTypeOf<NonNullable<Shapes.Evidence['claim']>>();
    expectTypeOf<z.infer<typeof Evidence>>().toEqualTypeOf<Shapes.Evidence>();
    expectTypeOf<z.infer<typeof Estimate>>().toEqualTypeOf<Shapes.Estimate>();
    expectTypeOf<z.infer<typeof Quantity>>().toEqualTypeOf<Shapes.Quantity>();
    expectTypeOf<Exact<z.infer<typeof Evidence>>>().toEqualTypeOf<Exact<Shapes.Evidence>>();
    expectTypeOf<Exact<z.infer<typeof Estimate>>>().toEqualTypeOf<Exact<Shapes.Estimate>>();
    expectTypeOf<Exact<z.infer<typeof Quantity>>>().toEqualTypeOf<Exact<Shapes.Quantity>>();
  });

  it('the nested shapes', () => {
    expectTypeOf<z.infer<typeof Source>>().toEqualTypeOf<Shapes.Source>();
    expectTypeOf<z.infer<typeof IsoCodes>>().toEqualTypeOf<Shapes.IsoCodes>();
    expectTypeOf<z.infer<typeof Coordinates>>().toEqualTypeOf<Shapes.Coordinates>();
    expectTypeOf<z.infer<typeof Participant>>().toEqualTypeOf<Shapes.Participant>();
    expectTypeOf<z.infer<typeof Casualties>>().toEqualTypeOf<Shapes.Casualties>();
    expectTypeOf<z.infer<typeof Statement>>().toEqualTypeOf<Shapes.Statement>();
    expectTypeOf<Exact<z.infer<typeof Source>>>().toEqualTypeOf<Exact<Shapes.Source>>();
    expectTypeOf<Exact<z.infer<typeof IsoCodes>>>().toEqualTypeOf<Exact<Shapes.IsoCodes>>();
    expectTypeOf<Exact<z.infer<typeof Coordinates>>>().toEqualTypeOf<Exact<Shapes.Coordinates>>();
    expectTypeOf<Exact<z.infer<typeof Participant>>>().toEqualTypeOf<Exact<Shapes.Participant>>();
    expectTypeOf<Exact<z.infer<typeof Casualties>>>().toEqualTypeOf<Exact<Shapes.Casualties>>();
    expectTypeOf<Exact<z.infer<typeof Statement>>>().toEqualTypeOf<Exact<Shapes.Statement>>();
  });

  it('every record kind, its shape schema and the dataset', () => {
    expectTypeOf<z.infer<typeof Entity>>().toEqualTypeOf<Shapes.Entity>();
    expectTypeOf<z.infer<typeof EntityShape>>().toEqualTypeOf<Shapes.Entity>();
    expectTypeOf<z.infer<typeof Event>>().toEqualTypeOf<Shapes.Event>();
    expectTypeOf<z.infer<typeof EventShape>>().toEqualTypeOf<Shapes.Event>();
    expectTypeOf<z.infer<typeof Relationship>>().toEqualTypeOf<Shapes.Relationship>();
    expectTypeOf<z.infer<typeof RelationshipShape>>().toEqualTypeOf<Shapes.Relationship>();
    expectTypeOf<z.infer<typeof EventLink>>().toEqualTypeOf<Shapes.EventLink>();
    expectTypeOf<z.infer<typeof EventLinkShape>>().toEqualTypeOf<Shapes.EventLink>();
    expectTypeOf<z.infer<typeof Dataset>>().toEqualTypeOf<Shapes.Dataset>();
    expectTypeOf<Exact<z.infer<typeof Entity>>>().toEqualTypeOf<Exact<Shapes.Entity>>();
    expectTypeOf<Exact<z.infer<typeof Event>>>().toEqualTypeOf<Exact<Shapes.Event>>();
    expectTypeOf<Exact<z.infer<typeof Relationship>>>().toEqualTypeOf<Exact<Shapes.Relationship>>();
    expectTypeOf<Exact<z.infer<typeof EventLink>>>().toEqualTypeOf<Exact<Shapes.EventLink>>();
    expectTypeOf<Exact<z.infer<typeof Dataset>>>().toEqualTypeOf<Exact<Shapes.Dataset>>();
  });

  it('the stored (deeply readonly) records', () => {
    expectTypeOf<Records.SourceRecord>().toEqualTypeOf<DeepReadonly<z.infer<typeof Source>>>();
    expectTypeOf<Records.EntityRecord>().toEqualTypeOf<DeepReadonly<z.infer<typeof Entity>>>();
    expectTypeOf<Records.EventRecord>().toEqualTypeOf<DeepReadonly<z.infer<typeof Event>>>();
    expectTypeOf<Records.RelationshipRecord>().toEqualTypeOf<DeepReadonly<z.infer<typeof Relationship>>>();
    expectTypeOf<Records.EventLinkRecord>().toEqualTypeOf<DeepReadonly<z.infer<typeof EventLink>>>();
    expectTypeOf<Records.DatasetRecord>().toEqualTypeOf<DeepReadonly<z.infer<typeof Dataset>>>();
    expectTypeOf<Exact<Records.DatasetRecord>>().toEqualTypeOf<Exact<DeepReadonly<z.infer<typeof Dataset>>>>();
  });

  it('stay plain object types: assignable to Record<string, unknown>, as the inferred types are', () => {
    expectTypeOf<Shapes.Entity>().toExtend<Record<string, unknown>>();
    expectTypeOf<Shapes.Event>().toExtend<Record<string, unknown>>();
    expectTypeOf<Shapes.Dataset>().toExtend<Record<string, unknown>>();
    expectTypeOf<Shapes.Quantity>().toExtend<Record<string, unknown>>();
  });
});

describe('the Dataset schema’s written-out type', () => {
  it('is what TypeScript infers for its expression (only shorter in the declarations)', () => {
    // Type-checked only: the same expression as in records.ts, its type inferred.
    const inferred = z.strictObject({
      schemaVersion: z.string().regex(/^/).regex(/^/),
      sources: z.array(Source),
      entities: z.array(Entity),
      events: z.array(Event),
      relationships: z.array(Relationship),
      eventLinks: z.array(EventLink),
    });
    expectTypeOf<typeof Dataset>().toEqualTypeOf<typeof inferred>();
    expectTypeOf<(typeof Dataset)['shape']['entities']>().toEqualTypeOf<z.ZodArray<typeof Entity>>();
  });
});

describe('the public doors export the same types', () => {
  it('iraq-militias/schema: each schema’s type is its output type', () => {
    expectTypeOf<PublicSchema.Entity>().toEqualTypeOf<z.infer<typeof PublicSchema.Entity>>();
    expectTypeOf<PublicSchema.Event>().toEqualTypeOf<z.infer<typeof PublicSchema.Event>>();
    expectTypeOf<PublicSchema.Relationship>().toEqualTypeOf<z.infer<typeof PublicSchema.Relationship>>();
    expectTypeOf<PublicSchema.EventLink>().toEqualTypeOf<z.infer<typeof PublicSchema.EventLink>>();
    expectTypeOf<PublicSchema.Source>().toEqualTypeOf<z.infer<typeof PublicSchema.Source>>();
    expectTypeOf<PublicSchema.Dataset>().toEqualTypeOf<z.infer<typeof PublicSchema.Dataset>>();
    expectTypeOf<PublicSchema.Evidence>().toEqualTypeOf<z.infer<typeof PublicSchema.Evidence>>();
    expectTypeOf<PublicSchema.Estimate>().toEqualTypeOf<z.infer<typeof PublicSchema.Estimate>>();
    expectTypeOf<PublicSchema.Quantity>().toEqualTypeOf<z.infer<typeof PublicSchema.Quantity>>();
    expectTypeOf<PublicSchema.Participant>().toEqualTypeOf<z.infer<typeof PublicSchema.Participant>>();
    expectTypeOf<PublicSchema.Casualties>().toEqualTypeOf<z.infer<typeof PublicSchema.Casualties>>();
    expectTypeOf<PublicSchema.Statement>().toEqualTypeOf<z.infer<typeof PublicSchema.Statement>>();
    expectTypeOf<PublicSchema.IsoCodes>().toEqualTypeOf<z.infer<typeof PublicSchema.IsoCodes>>();
    expectTypeOf<PublicSchema.Coordinates>().toEqualTypeOf<z.infer<typeof PublicSchema.Coordinates>>();
  });

  it('the main entry: the hand-written types and the records built on them', () => {
    expectTypeOf<Main.Entity>().toEqualTypeOf<Shapes.Entity>();
    expectTypeOf<Main.Event>().toEqualTypeOf<Shapes.Event>();
    expectTypeOf<Main.Relationship>().toEqualTypeOf<Shapes.Relationship>();
    expectTypeOf<Main.EventLink>().toEqualTypeOf<Shapes.EventLink>();
    expectTypeOf<Main.Source>().toEqualTypeOf<Shapes.Source>();
    expectTypeOf<Main.Dataset>().toEqualTypeOf<Shapes.Dataset>();
    expectTypeOf<Main.Evidence>().toEqualTypeOf<Shapes.Evidence>();
    expectTypeOf<Main.Estimate>().toEqualTypeOf<Shapes.Estimate>();
    expectTypeOf<Main.Quantity>().toEqualTypeOf<Shapes.Quantity>();
    expectTypeOf<Main.Participant>().toEqualTypeOf<Shapes.Participant>();
    expectTypeOf<Main.Casualties>().toEqualTypeOf<Shapes.Casualties>();
    expectTypeOf<Main.Statement>().toEqualTypeOf<Shapes.Statement>();
    expectTypeOf<Main.IsoCodes>().toEqualTypeOf<Shapes.IsoCodes>();
    expectTypeOf<Main.Coordinates>().toEqualTypeOf<Shapes.Coordinates>();
    expectTypeOf<Main.EventRecord>().toEqualTypeOf<DeepReadonly<Shapes.Event>>();
    expectTypeOf<Main.DatasetRecord>().toEqualTypeOf<DeepReadonly<Shapes.Dataset>>();
  });

  it('a wrong value is refused (the types are not any)', () => {
    expectTypeOf<Main.EventRecord>().not.toBeAny();
    expectTypeOf<Shapes.Entity['kind']>().toEqualTypeOf<Main.EntityKind>();
    // @ts-expect-error -- an entity kind outside the vocabulary
    const planet: Shapes.Entity['kind'] = 'planet';
    // @ts-expect-error -- `attributedTo` is an id or null, never absent
    const noAttribution: Pick<Shapes.Event, 'attributedTo'> = {};
    expectTypeOf(planet).not.toBeAny();
    expectTypeOf(noAttribution).not.toBeAny();
  });
});
