import { DIFF_KINDS, type DatasetDiff, type DiffKind } from './types.js';

const LABEL: Readonly<Record<DiffKind, string>> = {
  sources: 'sources',
  entities: 'entities',
  events: 'events',
  relationships: 'relationships',
  eventLinks: 'event links',
};

/**
 * A diff as Markdown for a changelog: a "Data changes" heading, a table of counts per kind, then
 * the ids removed, renamed, added and changed, grouped by kind (a changed id with the fields that
 * changed). This is the section `npm run version-packages` writes into each CHANGELOG.md entry.
 *
 * @param diff - a result of `diffDatasets`.
 * @param heading - the heading line (default `'### Data changes'`).
 * @returns Markdown ending in a newline; "No data changes." when nothing changed.
 * @example
 * formatDataChanges(diffDatasets(dataset, dataset)) // => '### Data changes\n\nNo data changes.\n'
 */
export function formatDataChanges(diff: DatasetDiff, heading = '### Data changes'): string {
  const lines = [heading, ''];
  const total = DIFF_KINDS.reduce((n, k) => n + diff.counts[k].added + diff.counts[k].removed + diff.counts[k].renamed + diff.counts[k].changed, 0);
  if (total === 0 && diff.schemaVersion === null) return `${heading}\n\nNo data changes.\n`;
  if (diff.schemaVersion !== null) lines.push(`Schema version ${diff.schemaVersion.old} → ${diff.schemaVersion.new}.`, '');
  lines.push('| records | added | removed | renamed | changed | unchanged |', '| --- | --: | --: | --: | --: | --: |');
  for (const kind of DIFF_KINDS) {
    const c = diff.counts[kind];
    lines.push(`| ${LABEL[kind]} | ${c.added} | ${c.removed} | ${c.renamed} | ${c.changed} | ${c.unchanged} |`);
  }
  const group = (title: string, items: readonly { kind: DiffKind; text: string }[]): void => {
    if (items.length === 0) return;
    lines.push('', `**${title}**`, '');
    for (const kind of DIFF_KINDS) {
      const mine = items.filter((i) => i.kind === kind);
      if (mine.length > 0) lines.push(`- ${LABEL[kind]}: ${mine.map((i) => i.text).join(', ')}`);
    }
  };
  group('Removed', diff.removed.map((r) => ({ kind: r.kind, text: `\`${r.id}\`` })));
  group('Renamed', diff.renamed.map((r) => ({ kind: r.kind, text: `\`${r.from}\` → \`${r.to}\`` })));
  group('Added', diff.added.map((r) => ({ kind: r.kind, text: `\`${r.id}\`` })));
  group(
    'Changed',
    diff.changed
      .filter((c) => c.changes.length > 0)
      .map((c) => ({ kind: c.kind, text: `\`${c.id}\` (${[...new Set(c.changes.map((f) => String(f.path[0])))].join(', ')})` })),
  );
  lines.push('', `Least release these changes need: **${diff.bump}**.`);
  return `${lines.join('\n')}\n`;
}
