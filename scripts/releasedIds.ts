/**
 * Release guard for ids: the ids of the last release are kept in tests/release/released-ids.json;
 * removing or renaming one needs a pending major changeset, adding one a minor (or major).
 * Used by tests/release/releasedIds.test.ts, scripts/checkRelease.ts and scripts/recordRelease.ts (run by `version-packages`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The record kinds whose ids are part of the public contract. */
export const ID_KINDS = ['sources', 'entities', 'events', 'relationships', 'eventLinks'] as const;
export type IdKind = (typeof ID_KINDS)[number];
export type IdSets = Record<IdKind, string[]>;
export type Bump = 'none' | 'patch' | 'minor' | 'major';

const RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** The ids of a dataset, per record kind, sorted. */
export function collectIds(dataset: { readonly [K in IdKind]: readonly { readonly id: string }[] }): IdSets {
  const out = {} as IdSets;
  for (const kind of ID_KINDS) out[kind] = dataset[kind].map((r) => r.id).sort();
  return out;
}

/** The largest bump that the pending changesets in `dir` declare for `pkg` (`none` without any). */
export function pendingBump(dir: string, pkg: string): Bump {
  let best: Bump = 'none';
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.md') || file === 'README.md') continue;
    const text = readFileSync(join(dir, file), 'utf8');
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
    for (const line of front.split(/\r?\n/)) {
      const m = /^\s*["']?([^"':]+)["']?\s*:\s*(patch|minor|major)\s*$/.exec(line);
      if (m && m[1] === pkg && RANK[m[2] as Bump] > RANK[best]) best = m[2] as Bump;
    }
  }
  return best;
}

/** What changed between the released ids and the current ones, and whether the pending bump covers it. */
export function checkReleasedIds(released: IdSets, current: IdSets, bump: Bump): { removed: string[]; added: string[]; problems: string[] } {
  const removed: string[] = [];
  const added: string[] = [];
  for (const kind of ID_KINDS) {
    const now = new Set(current[kind]);
    const before = new Set(released[kind]);
    for (const id of released[kind]) if (!now.has(id)) removed.push(`${kind}:${id}`);
    for (const id of current[kind]) if (!before.has(id)) added.push(`${kind}:${id}`);
  }
  const problems: string[] = [];
  if (removed.length > 0 && RANK[bump] < RANK.major) {
    problems.push(`released ids removed or renamed without a pending major changeset: ${removed.join(', ')}`);
  }
  if (added.length > 0 && RANK[bump] < RANK.minor) {
    problems.push(`new ids without a pending minor (or major) changeset: ${added.join(', ')}`);
  }
  return { removed, added, problems };
}
