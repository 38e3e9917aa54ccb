/**
 * Prefixes a noun with "a" or "an", for readable error messages.
 *
 * @param noun - the noun, e.g. an entity kind.
 * @returns the noun with its indefinite article.
 * @example
 * withArticle('organization') // => 'an organization'
 */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
