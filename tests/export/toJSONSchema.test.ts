import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { DATASET_SCHEMA_ID, SCHEMA_KINDS, toJSONSchema } from '../../src/export/toJSONSchema.js';
import { copyMini, miniDataset } from '../fixtures/miniDataset.js';

function ajv(): InstanceType<typeof Ajv2020.default> {
  const a = new Ajv2020.default({ strict: true, allErrors: true });
  a.addFormat('uri', (s: string) => URL.canParse(s));
  a.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  return a;
}

describe('toJSONSchema', () => {
  it('is draft 2020-12 with each record kind under $defs', () => {
    const schema = toJSONSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(DATASET_SCHEMA_ID);
    expect(Object.keys(schema.$defs as object)).toEqual(['Source', 'Entity', 'Event', 'Relationship', 'EventLink']);
  });

  it('accepts the mini and bundled datasets and rejects broken copies', () => {
    const validate = ajv().compile(toJSONSchema());
    expect(validate(miniDataset), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(JSON.parse(JSON.stringify(dataset))), JSON.stringify(validate.errors)).toBe(true);
    const broken = copyMini();
    broken.events[0].modality = 'rumoured';
    broken.entities[0].id = 'Not A Slug';
    delete broken.relationships[0].predicate;
    expect(validate(broken)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/events/0/modality', '/entities/0/id', '/relationships/0']),
    );
  });

  it('gives a standalone schema per record kind', () => {
    for (const kind of SCHEMA_KINDS.filter((k) => k !== 'dataset')) {
      const schema = toJSONSchema(kind);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.type).toBe('object');
    }
    const validate = ajv().compile(toJSONSchema('event'));
    expect(validate(miniDataset.events[0])).toBe(true);
    expect(validate({ ...miniDataset.events[0], extra: 1 })).toBe(false);
  });

  it('rejects an unknown kind naming the accepted ones', () => {
    expect(() => toJSONSchema('person' as never)).toThrow(/toJSONSchema: kind must be one of 'dataset', 'source'.*got 'person'/);
  });
});
