import type { EntityRecord } from '../schema/types.js';

/**
 * Folds a value up an entity's chain of parents (a place's `within`, an actor's `part-of`),
 * remembering the result for every entity on the way: pass one `memo` for a whole export and each
 * entity is walked once in all, so a deep chain costs its length once, not once per record that
 * names it. A cycle ends the walk; each of its members takes the fold going round from itself.
 *
 * @param start - the entity to resolve.
 * @param parentOf - its parent, or `undefined` at the top of the chain.
 * @param take - the fold of one entity over what its parents gave (`ahead`).
 * @param empty - what the top of a chain gives.
 * @param memo - the folds found so far, by entity id (filled in by the call).
 * @returns the fold for `start`.
 * @example
 * foldChain(baghdad, (e) => byId.get(e.within ?? ''), (e, ahead) => (e.kind === 'state' ? e : ahead), null, new Map())?.id // => 'iraq'
 */
export function foldChain<T>(
  start: EntityRecord,
  parentOf: (entity: EntityRecord) => EntityRecord | undefined,
  take: (entity: EntityRecord, ahead: T) => T,
  empty: T,
  memo: Map<string, T>,
): T {
  const path: EntityRecord[] = [];
  const onPath = new Map<string, number>();
  let tail = empty;
  for (let at: EntityRecord | undefined = start; at !== undefined; at = parentOf(at)) {
    if (memo.has(at.id)) {
      tail = memo.get(at.id)!;
      break;
    }
    const k = onPath.get(at.id);
    if (k !== undefined) {
      // A cycle path[k..]: each member takes the fold going round from itself.
      const cycle = path.splice(k);
      const n = cycle.length;
      let ahead = empty;
      for (let r = 2 * n - 1; r >= 0; r--) {
        ahead = take(cycle[r % n]!, ahead);
        if (r < n) memo.set(cycle[r]!.id, ahead);
      }
      tail = memo.get(cycle[0]!.id)!;
      break;
    }
    onPath.set(at.id, path.length);
    path.push(at);
  }
  for (let i = path.length - 1; i >= 0; i--) {
    tail = take(path[i]!, tail);
    memo.set(path[i]!.id, tail);
  }
  return memo.get(start.id)!;
}
