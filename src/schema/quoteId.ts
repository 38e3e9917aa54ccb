/** How many characters of a value an error message quotes. */
const SHOWN = 60;

/**
 * Quotes an id for an error message, cut to a short prefix so a huge value gives a short message.
 *
 * @param id - the id as given.
 * @returns the id in single quotes, cut with `…` past 60 characters.
 * @example
 * quoteId('kataib-hezbollah') // => "'kataib-hezbollah'"
 */
export function quoteId(id: string): string {
  return id.length > SHOWN ? `'${id.slice(0, SHOWN)}…' (${id.length} characters)` : `'${id}'`;
}
