import { safeText } from './safeText.js';

/**
 * Text as a Markdown code span that nothing in it can break out of: control characters, line
 * breaks and bidirectional overrides written as `\u{…}` (see `safeText`), and a fence of one
 * backtick more than the longest run of backticks inside (padded with a space where the text
 * starts or ends with a backtick, or with spaces at both ends), as CommonMark's code spans allow.
 *
 * @param text - an id, a field name or a version from a dataset.
 * @returns the code span, e.g. `` `kataib-hezbollah` ``.
 * @example
 * markdownCode('a`b') // => '``a`b``'
 */
export function markdownCode(text: string): string {
  const safe = safeText(text);
  let longest = 0;
  for (const run of safe.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space from each end when both ends have one (and the span is not all
  // spaces): pad then, and where a backtick at an edge would merge with the fence.
  const spaced = safe.startsWith(' ') && safe.endsWith(' ') && safe.trim() !== '';
  const pad = safe.startsWith('`') || safe.endsWith('`') || spaced || safe === '' ? ' ' : '';
  return `${fence}${pad}${safe}${pad}${fence}`;
}
