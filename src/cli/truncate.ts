import { textWidth } from './textWidth.js';

/**
 * Shortens text to at most `width` columns, ending in `…` when cut.
 *
 * @param text - the text.
 * @param width - the most columns it may take (at least 1).
 * @returns the text, or its start and `…`.
 * @example
 * truncate('Popular Mobilisation Forces', 10) // => 'Popular M…'
 */
export function truncate(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  return `${[...text].slice(0, Math.max(0, width - 1)).join('')}…`;
}
