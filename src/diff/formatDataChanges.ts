import { ArgumentRangeError } from '../errors/ArgumentRangeError.js';
import { ArgumentTypeError } from '../errors/ArgumentTypeError.js';
import { markdownCode } from '../text/markdownCode.js';
import { safeText } from '../text/safeText.js';
import { readDatasetDiff } from './internal/readDatasetDiff.js';
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
 * @param diff - a result of `diffDatasets` (read by its own properties; each part is checked).
 * @param heading - the heading line (default `'### Data changes'`): one line of text.
 * @returns Markdown ending in a newline; "No data changes." when nothing changed.
 * @throws {ArgumentTypeError} when `diff` is not shaped like a result of `diffDatasets` (naming
 *   the first part that is not, e.g. `diff.counts.events.added`) or cannot be read, or when
 *   `heading` is not a string.
 * @throws {ArgumentRangeError} when `heading` holds a line break.
 * @example
 * formatDataChanges(diffDatasets(dataset, dataset)) // => '### Data changes\n\nNo data changes.\n'
 */
export function formatDataChanges(diff: DatasetDiff, heading = '### Data changes'): string {
  if (typeof heading !== 'string') throw new ArgumentTypeError('formatDataChanges: heading', heading, 'a heading line (a string)');
  if (/[\r\n]/.test(heading)) throw new ArgumentRangeError('formatDataChanges: heading', heading, 'holds a line break; accepted: one line of text');
  const d = readDatasetDiff('formatDataChanges: diff', diff);
  const lines = [heading, ''];
  const total = DIFF_KINDS.reduce((n, k) => n + d.counts[k].added + d.counts[k].removed + d.counts[k].renamed + d.counts[k].changed, 0);
  if (total === 0 && d.schemaVersion === null) return `${heading}\n\nNo data changes.\n`;
  if (d.schemaVersion !== null) lines.push(`Schema version ${markdownCode(d.schemaVersion.old)} → ${markdownCode(d.schemaVersion.new)}.`, '');
  lines.push('| records | added | removed | renamed | changed | unchanged |', '| --- | --: | --: | --: | --: | --: |');
  for (const kind of DIFF_KINDS) {
    const c = d.counts[kind];
    lines.push(`| ${LABEL[kind]} | ${c.added} | ${c.removed} | ${c.renamed} | ${c.changed} | ${c.unchanged} |`);
  }
  const group = (title: string, items: readonly { kind: DiffKind; text: string }[]): void => {
    if (items.length === 0) return;
    lines.push('', `**${title}**`, '');
    const byKind = new Map<DiffKind, string[]>();
    for (const i of items) {
      const list = byKind.get(i.kind);
      if (list === undefined) byKind.set(i.kind, [i.text]);
      else list.push(i.text);
    }
    for (const kind of DIFF_KINDS) {
      const mine = byKind.get(kind);
      if (mine !== undefined) lines.push(`- ${LABEL[kind]}: ${mine.join(', ')}`);
    }
  };
  group('Removed', d.removed.map((r) => ({ kind: r.kind, text: markdownCode(r.id) })));
  group('Renamed', d.renamed.map((r) => ({ kind: r.kind, text: `${markdownCode(r.from)} → ${markdownCode(r.to)}` })));
  group('Added', d.added.map((r) => ({ kind: r.kind, text: markdownCode(r.id) })));
  group(
    'Changed',
    d.changed.filter((c) => c.fields.length > 0).map((c) => ({ kind: c.kind, text: `${markdownCode(c.id)} (${c.fields.map(safeText).join(', ')})` })),
  );
  lines.push('', `Least release these changes need: **${d.bump}**.`);
  return `${lines.join('\n')}\n`;
}
