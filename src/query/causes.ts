import type { BundledDataset, EventId } from '../bundled/dataset.js';
import { bundledIndex } from './internal/bundledIndex.js';
import type { ChainEntry, ChainOptions } from './types.js';

/**
 * What led to a bundled event: the events it is a retaliation for, a response to or caused by
 * (by default the types in `CAUSAL_LINK_TYPES`), transitively. An event that merely came before
 * (`follows`) is not a cause; ask for it with `types: 'follows'`. Ordered by depth, then
 * chronologically; each event once, at its smallest depth.
 *
 * @param event - an event id.
 * @param options - `types`: the link types to follow; `transitive`: `false` for direct links only.
 * @returns a frozen array of `{ event, depth, via, link }`, the shape of `membershipsOf`'s
 *   results: `via` is the chain of links from `event` asked about to the one reached (`depth` of
 *   them, the first chain found breadth-first), `link` its last link.
 * @throws {UnknownIdError} for an unknown event id (from JS), naming the nearest ids.
 * @throws {ArgumentRangeError} for an unknown link type.
 * @throws {ArgumentTypeError} for a non-string id or an unknown option name.
 * @example
 * causes('iran-attack-on-israel-2024-04-13').map((c) => `${c.link.type} ${c.event.id}`)
 * // => ['retaliation-for israeli-strike-on-iranian-embassy']
 */
export function causes(event: EventId, options?: ChainOptions): readonly ChainEntry<BundledDataset>[] {
  return bundledIndex().causes(event, options);
}
