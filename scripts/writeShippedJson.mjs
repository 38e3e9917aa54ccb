// Writes the plain JSON files the package ships (listed in package.json `exports`), from the
// BUILT code, so they are exactly what the library itself holds and generates:
//   dist/data/dataset.json, sources.json, entities.json, events.json, relationships.json,
//   event-links.json — the bundled dataset and each record kind as a JSON array;
//   dist/dataset.schema.json — the JSON Schema from toJSONSchema() (draft 2020-12).
// Run after tsup (`npm run build`); `--quiet` prints nothing (for `npm start`).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const { dataset } = await import(join(dist, 'index.js'));
const { toJSONSchema, RECORD_KINDS, RECORD_KIND_KEY } = await import(join(dist, 'export.js'));

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
await mkdir(join(dist, 'data'), { recursive: true });
const files = { 'data/dataset.json': dataset, 'dataset.schema.json': toJSONSchema() };
for (const kind of RECORD_KINDS) files[`data/${kind}.json`] = dataset[RECORD_KIND_KEY[kind]];
// The data files are compact (machines read them; `dataset.schema.json` stays indented for people).
const compact = (value) => `${JSON.stringify(value)}\n`;
for (const [name, value] of Object.entries(files)) await writeFile(join(dist, name), name.startsWith('data/') ? compact(value) : json(value));
if (!process.argv.includes('--quiet')) console.log(`wrote ${Object.keys(files).map((f) => `dist/${f}`).join(', ')}`);
