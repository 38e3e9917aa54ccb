/** How many characters of a key a message quotes. */
const KEY_SHOWN = 48;
/** A key as JSON (control characters escaped), cut to a short prefix with its length past {@link KEY_SHOWN}. */
const quoteKey = (key: string): string => (key.length <= KEY_SHOWN ? JSON.stringify(key) : `${JSON.stringify(key.slice(0, KEY_SHOWN))}… (${key.length} characters)`);
/** How many unknown keys a message names; the rest are counted. */
const NAMED_KEYS = 5;

/**
 * zod's wording for unknown keys, kept short: at most five keys are named, each as JSON cut to
 * a short prefix with its length, then how many more there are.
 *
 * @param keys - the unknown keys.
 * @returns the message.
 * @example
 * unrecognizedKeys(['colour']) // => 'Unrecognized key: "colour"'
 */
export function unrecognizedKeys(keys: readonly string[]): string {
  const named = keys.slice(0, NAMED_KEYS).map(quoteKey);
  const more = keys.length - named.length;
  return `Unrecognized key${keys.length === 1 ? '' : 's'}: ${named.join(', ')}${more > 0 ? ` and ${more.toLocaleString('en-US')} more` : ''}`;
}

