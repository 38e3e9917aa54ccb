import { textWidth } from './textWidth.js';

/**
 * Wraps text at spaces into lines of at most `width` columns (a single longer word is cut).
 *
 * @param text - the text.
 * @param width - the line width.
 * @returns the lines.
 * @example
 * wrapText('a bb ccc', 4) // => ['a bb', 'ccc']
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    let w = word;
    if (textWidth(w) > width) {
      // a word longer than the line, cut into whole lines: one pass over it, not one per cut
      const chunks = [...word];
      if (line !== '') lines.push(line);
      line = '';
      let at = 0;
      for (; chunks.length - at > width; at += width) lines.push(chunks.slice(at, at + width).join(''));
      w = chunks.slice(at).join('');
    }
    if (w === '') continue;
    if (line === '') line = w;
    else if (textWidth(line) + 1 + textWidth(w) <= width) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
