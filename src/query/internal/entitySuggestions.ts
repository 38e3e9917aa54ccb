import { closeIds } from '../../dataset/closeIds.js';

/**
 * The ids of the entities close to an unknown id, by id, name or alias (see `closeIds`).
 *
 * @param entities - the dataset's entities.
 * @param id - the unknown id.
 * @returns up to three ids, closest first.
 */
export function entitySuggestions(entities: readonly { readonly id: string; readonly name?: unknown; readonly aliases?: unknown }[], id: unknown): string[] {
  if (typeof id !== 'string' || id.length > 80) return [];
  function* pairs(): Generator<readonly [string, readonly string[]]> {
    for (const e of entities) {
      const names: string[] = typeof e.name === 'string' ? [e.name] : [];
      if (Array.isArray(e.aliases)) for (const a of e.aliases) if (typeof a === 'string') names.push(a);
      yield [e.id, names];
    }
  }
  return closeIds(id, pairs());
}
