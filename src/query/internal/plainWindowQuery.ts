import type { IndexData } from './IndexData.js';
import type { EventQuery } from './EventQuery.js';
import { entityPosition } from './entityPosition.js';
import { resolveWindow } from './resolveWindow.js';

/**
 * The commonest filters — an `actor` and/or a window (`from`, `to`), nothing else — read in one
 * step, without the general path's copy: the own enumerable keys are listed once (`Object.keys`,
 * which V8 caches per object shape), each value is read once, and the query is `plain` (the
 * resolved query without options) with those filled in. Anything else — another option, a
 * symbol key, a non-object, a trap that throws while listing — returns `null`, and the caller
 * takes the general path (`checkOptions`, `readFilters`), which checks and names it.
 *
 * @param ix - the index.
 * @param fn - the helper's name, for errors.
 * @param filters - the argument as given.
 * @param plain - the resolved query without options.
 * @returns the query, or `null` for the general path.
 * @throws {UnknownIdError} / {ArgumentTypeError} / {DateFormatError} / {ArgumentRangeError} for a
 *   bad actor or window, as the general path would.
 */
export function plainWindowQuery(ix: IndexData, fn: string, filters: unknown, plain: EventQuery): EventQuery | null {
  if (typeof filters !== 'object' || filters === null) return null;
  let keys: string[];
  try {
    if (Array.isArray(filters) || Object.getOwnPropertySymbols(filters).length > 0) return null;
    keys = Object.keys(filters);
  } catch {
    return null;
  }
  let actorArg: unknown;
  let from: unknown;
  let to: unknown;
  for (const key of keys) {
    if (key !== 'actor' && key !== 'from' && key !== 'to') return null;
  }
  try {
    for (const key of keys) {
      const value = (filters as Record<string, unknown>)[key];
      if (key === 'actor') actorArg = value;
      else if (key === 'from') from = value;
      else to = value;
    }
  } catch {
    return null; // a getter that throws: the general path names it
  }
  const actor = actorArg === undefined ? null : entityPosition(ix, actorArg, `${fn}: actor`);
  const [w0, w1] = resolveWindow(fn, from, to);
  return { ...plain, actor, w0, w1 };
}
