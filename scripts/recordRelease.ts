/**
 * The post-step of `npm run version-packages`, right after `changeset version` consumed the
 * pending changesets and wrote CHANGELOG.md: adds the generated "Data changes" section (the
 * diff from the last released data) to the new version's entry, then snapshots this version's
 * data and ids as "last released" (tests/release/released-data.json, released-ids.json).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rawDataset } from '../data/index.js';
import { diffDatasets } from '../src/diff/diffDatasets.js';
import { insertDataChanges, type ReleasedData } from './releaseData.js';
import { collectIds } from './releasedIds.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string };
const dataFile = `${root}tests/release/released-data.json`;
const released = JSON.parse(readFileSync(dataFile, 'utf8')) as ReleasedData;
if (released.version === version) throw new Error(`the released data is already at ${version}: run 'changeset version' (which bumps package.json) first`);
const diff = diffDatasets(released.dataset, rawDataset);
const changelog = `${root}CHANGELOG.md`;
writeFileSync(changelog, insertDataChanges(readFileSync(changelog, 'utf8'), version, diff));
writeFileSync(dataFile, `${JSON.stringify({ version, dataset: rawDataset }, null, 2)}\n`);
writeFileSync(`${root}tests/release/released-ids.json`, `${JSON.stringify({ version, ids: collectIds(rawDataset) }, null, 2)}\n`);
console.log(`${version}: data changes since ${released.version} (${diff.bump}) written to CHANGELOG.md; released data and ids snapshotted`);
