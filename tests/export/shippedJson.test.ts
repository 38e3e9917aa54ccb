import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { RECORD_KIND_KEY, RECORD_KINDS } from '../../src/export/toNDJSON.js';
import { toJSONSchema } from '../../src/export/toJSONSchema.js';
import { ensureBuilt, ROOT } from '../cli/ensureBuilt.js';

// The JSON files the package ships (package.json `exports`), read as a non-JS user would.
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
const FILES = ['dist/dataset.schema.json', 'dist/data/dataset.json', ...RECORD_KINDS.map((k) => `dist/data/${k}.json`)];
const text = new Map<string, string>();
/** A shipped file, parsed afresh (all are read once, right after the build check). */
const read = (path: string): unknown => JSON.parse(text.get(path)!);

function ajv(): InstanceType<typeof Ajv2020.default> {
  const a = new Ajv2020.default({ strict: true, allErrors: true });
  a.addFormat('uri', (s: string) => URL.canParse(s));
  a.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  return a;
}

beforeAll(() => {
  ensureBuilt();
  for (const f of FILES) text.set(f, readFileSync(join(ROOT, f), 'utf8'));
});

describe('shipped JSON files', () => {
  it('are listed in package.json exports', () => {
    expect(pkg.exports['./data/*.json']).toBe('./dist/data/*.json');
    expect(pkg.exports['./dataset.schema.json']).toBe('./dist/dataset.schema.json');
  });

  it('ship the schema that toJSONSchema() generates', () => {
    expect(read('dist/dataset.schema.json')).toEqual(toJSONSchema());
  });

  it('ship the bundled dataset and each record kind unchanged', () => {
    expect(read('dist/data/dataset.json')).toEqual(JSON.parse(JSON.stringify(dataset)));
    for (const kind of RECORD_KINDS) expect(read(`dist/data/${kind}.json`), kind).toEqual(JSON.parse(JSON.stringify(dataset[RECORD_KIND_KEY[kind]])));
  });

  it('validate with ajv against the shipped schema, file by file', () => {
    const a = ajv();
    const schema = read('dist/dataset.schema.json') as { $id: string };
    a.addSchema(schema);
    const validateDataset = a.getSchema(schema.$id)!;
    expect(validateDataset(read('dist/data/dataset.json')), JSON.stringify(validateDataset.errors)).toBe(true);
    const defs = { sources: 'Source', entities: 'Entity', events: 'Event', relationships: 'Relationship', 'event-links': 'EventLink' } as const;
    for (const kind of RECORD_KINDS) {
      const validate = a.compile({ type: 'array', items: { $ref: `${schema.$id}#/$defs/${defs[kind]}` } });
      expect(validate(read(`dist/data/${kind}.json`)), `${kind}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('reject a broken copy, naming where', () => {
    const a = ajv();
    const validate = a.compile(read('dist/dataset.schema.json') as object);
    const broken = read('dist/data/dataset.json') as { events: Record<string, unknown>[]; entities: Record<string, unknown>[] };
    broken.events[0]!['modality'] = 'rumoured';
    delete broken.entities[0]!['name'];
    expect(validate(broken)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/events/0/modality', '/entities/0']));
  });
});
