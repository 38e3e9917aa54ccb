/**
 * Writes the current ids to tests/release/released-ids.json. Run by `npm run version-packages`
 * right after `changeset version` consumed the pending changesets, so the snapshot always
 * holds the ids of the version being released.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rawDataset } from '../data/index.js';
import { collectIds } from './releasedIds.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string };
const out = `${root}tests/release/released-ids.json`;
writeFileSync(out, `${JSON.stringify({ version, ids: collectIds(rawDataset) }, null, 2)}\n`);
console.log(`wrote the ids of ${version} to ${out}`);
