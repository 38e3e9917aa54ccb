/**
 * Folds a name for matching: no accents, lower case, apostrophes dropped, hyphens and other
 * punctuation as spaces, and the Arabic article `al` dropped as a word (`Al-Muhandis`,
 * `al Muhandis` and `Muhandis` all fold to `muhandis`) unless it is the only word.
 *
 * @param text - a name, alias or query.
 * @returns the folded words joined by single spaces (`''` when nothing is left).
 */
export function foldName(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`‘ʻ´]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  const kept = words.filter((w) => w !== 'al');
  return (kept.length > 0 ? kept : words).join(' ');
}
