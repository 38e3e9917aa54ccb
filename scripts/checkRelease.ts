/**
 * `npm run release:check`: fails (exit 1) when the pending changesets bump less than the data
 * changes since the last release need, or the id rule is broken; prints the required bump and why.
 * The same checks run in `npm test` (tests/release/).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rawDataset } from '../data/index.js';
import { checkDataRelease, type ReleasedData } from './releaseData.js';
import { checkReleasedIds, collectIds, pendingBump, type IdSets } from './releasedIds.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { name: string; version: string };
const released = JSON.parse(readFileSync(`${root}tests/release/released-data.json`, 'utf8')) as ReleasedData;
const ids = JSON.parse(readFileSync(`${root}tests/release/released-ids.json`, 'utf8')) as { ids: IdSets };
const pending = pendingBump(`${root}.changeset`, pkg.name);
const data = checkDataRelease(released.dataset, rawDataset, pending);
const problems = [...data.problems, ...checkReleasedIds(ids.ids, collectIds(rawDataset), pending).problems];
console.log(`released data: ${released.version}; data changes need: ${data.required}; pending changesets bump: ${pending}`);
for (const r of data.reasons) console.log(`  ${r}`);
for (const p of problems) console.error(`release check: ${p}`);
process.exitCode = problems.length > 0 ? 1 : 0;
