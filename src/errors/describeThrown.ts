import { safeText } from '../text/safeText.js';

/** How many characters of a thrown error's name and message an error message quotes at most. */
const SHOWN = 120;

/** What is said of a thrown value whose name or message cannot be read. */
export const UNSHOWABLE = 'a value that could not be shown';

/**
 * A short description of a thrown value (what a getter, Proxy trap or callback threw) for an
 * error message, that never throws itself: `Error.name: message` cut to a short prefix for a real
 * error, `'a value that is not an Error'` for anything else, and {@link UNSHOWABLE} when reading
 * the value's prototype, name or message throws (a hostile Proxy or getter). The value's own
 * `toString` is never called; control characters are escaped.
 *
 * @param error - anything that was thrown.
 * @returns one line of at most a little over 120 characters.
 * @example
 * describeThrown(new TypeError('boom')) // => 'TypeError: boom'
 * describeThrown(new Proxy({}, { getPrototypeOf() { throw new Error('trap'); } })) // => 'a value that could not be shown'
 */
export function describeThrown(error: unknown): string {
  try {
    if (!(error instanceof Error)) return 'a value that is not an Error';
    const name: unknown = error.name;
    const m: unknown = error.message;
    const said = typeof m === 'string' && m !== '' ? `: ${m.length > SHOWN ? `${m.slice(0, SHOWN)}… (${m.length} characters)` : m}` : '';
    return safeText(`${typeof name === 'string' ? name.slice(0, 40) : 'Error'}${said}`);
  } catch {
    return UNSHOWABLE;
  }
}
