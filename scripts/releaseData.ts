/**
 * The data release rule, enforced. The dataset as last released lives in
 * tests/release/released-data.json (written by `npm run version-packages`, like the id snapshot);
 * the pending changesets must bump at least what `diffDatasets(released, current)` needs, and a
 * schema change that makes the released data invalid needs a major.
 * Used by tests/release/releaseCheck.test.ts, scripts/checkRelease.ts and scripts/recordRelease.ts.
 */
import { diffDatasets } from '../src/diff/diffDatasets.js';
import { formatDataChanges } from '../src/diff/formatDataChanges.js';
import type { Bump, DatasetDiff, DiffableDataset } from '../src/diff/types.js';
import { formatIssuePath } from '../src/schema/DatasetIssue.js';
import { safeParseDataset } from '../src/schema/safeParseDataset.js';

/** The committed snapshot of the last release's data. */
export interface ReleasedData {
  readonly version: string;
  readonly dataset: DiffableDataset;
}

const RANK: Readonly<Record<Bump, number>> = { none: 0, patch: 1, minor: 2, major: 3 };

/** The outcome of {@link checkDataRelease}. */
export interface DataReleaseCheck {
  readonly diff: DatasetDiff;
  /** The least bump the change needs (the diff's, raised to major when the released data no longer validates). */
  readonly required: Bump;
  /** Why, one line each. */
  readonly reasons: readonly string[];
  /** Empty when the pending bump is enough. */
  readonly problems: readonly string[];
}

/**
 * Compares the released data with the current data and the bump the pending changesets declare.
 *
 * @param released - the dataset as last released.
 * @param current - the dataset now.
 * @param pending - the largest bump of the pending changesets (`none` without any).
 */
export function checkDataRelease(released: DiffableDataset, current: DiffableDataset, pending: Bump): DataReleaseCheck {
  const diff = diffDatasets(released, current);
  const reasons = diff.reasons.map((r) => `${r.bump}: ${r.reason}`);
  let required = diff.bump;
  const old = safeParseDataset(released);
  if (!old.success) {
    required = 'major';
    const first = old.issues[0]!;
    reasons.unshift(`major: the schema no longer accepts the released data (${old.issues.length} problem${old.issues.length === 1 ? '' : 's'}, first: ${formatIssuePath(first.path)}: ${first.message})`);
  }
  const problems =
    RANK[pending] < RANK[required]
      ? [`the data changes since the last release need a ${required} release, but the pending changesets bump ${pending === 'none' ? 'nothing' : pending}:\n  ${reasons.join('\n  ')}\nAdd a changeset ('iraq-militias': ${required}) that tells users what changed.`]
      : [];
  return { diff, required, reasons, problems };
}

/**
 * Writes the "Data changes" section into the CHANGELOG entry of `version` (replacing one that is
 * there already), after the entry's changeset sections.
 *
 * @param changelog - the CHANGELOG.md text, as `changeset version` wrote it.
 * @param version - the version just cut.
 * @param diff - the released data against the data of this version.
 * @returns the new text.
 * @throws {Error} when the changelog has no entry for `version`.
 */
export function insertDataChanges(changelog: string, version: string, diff: DatasetDiff): string {
  const heading = `## ${version}`;
  const lines = changelog.split('\n');
  const start = lines.findIndex((l) => l.trimEnd() === heading);
  if (start < 0) throw new Error(`CHANGELOG.md has no '${heading}' entry: run 'changeset version' first`);
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end < 0) end = lines.length;
  const entry = lines.slice(start, end);
  const existing = entry.findIndex((l) => l.trimEnd() === '### Data changes');
  const kept = existing < 0 ? entry : entry.slice(0, existing);
  while (kept.length > 0 && kept.at(-1)!.trim() === '') kept.pop();
  const section = formatDataChanges(diff).trimEnd().split('\n');
  return [...lines.slice(0, start), ...kept, '', ...section, '', ...lines.slice(end)].join('\n').replace(/\n{3,}/g, '\n\n');
}
