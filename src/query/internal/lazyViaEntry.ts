import { chainOf } from './membershipWalk.js';

/**
 * One frozen result of `membersOf` / `membershipsOf` / `causes` / `consequences`: its own fields,
 * then `via`, the whole chain of records from the start, built when first read (then kept).
 * On a deep chain, the chains of all results together are quadratic in its length; built
 * eagerly, they would make every call quadratic even when no `via` is read. So a call costs what
 * it walks, and reading a `via` costs its length. `via` is an enumerable getter: spread, JSON and
 * deep equality see it as a plain field.
 *
 * @param head - the fields before `via` (`entity` or `event`, and `depth`).
 * @param entries - the walk's entries (`rel` and `parent` of each).
 * @param index - this result's entry.
 * @param records - the relationships (or event links) by position.
 * @param tail - fields after `via` (`link`), if any.
 * @returns the entry, frozen.
 */
export function lazyViaEntry<H extends object, R, T extends object = object>(
  head: H,
  entries: readonly { readonly rel: number; readonly parent: number }[],
  index: number,
  records: readonly R[],
  tail?: T,
): Readonly<H & { via: readonly R[] } & T> {
  let via: readonly R[] | undefined;
  Object.defineProperty(head, 'via', {
    enumerable: true,
    get: (): readonly R[] => (via ??= Object.freeze(chainOf(entries, index).map((r) => records[r]!))),
  });
  if (tail !== undefined) Object.assign(head, tail);
  return Object.freeze(head) as Readonly<H & { via: readonly R[] } & T>;
}
