/**
 * The number of terminal columns a plain string takes, counted in code points (the data has no
 * wide CJK characters or emoji; combining marks are rare enough to ignore).
 *
 * @param text - a string without escape codes.
 * @returns its width.
 * @example
 * textWidth('Kataib Sayyid Al Shuhada') // => 24
 */
export function textWidth(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}
