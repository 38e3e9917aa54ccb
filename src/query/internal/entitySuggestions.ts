import { indexedCloseIds } from './indexedCloseIds.js';

type EntityLike = { readonly id: string; readonly name?: unknown; readonly aliases?: unknown };

/**
 * The ids of the entities close to an unknown id, by id, name or alias (see `closeIds`). On a
 * large dataset the names are folded once, on the first miss, and each later miss compares only
 * a few likely records (see `indexedCloseIds`): an unknown id never costs a scan of the entities.
 *
 * @param entities - the dataset's entities (the lookup table is cached on this array).
 * @param id - the unknown id.
 * @returns up to three ids, closest first.
 */
export function entitySuggestions(entities: readonly EntityLike[], id: unknown): string[] {
  if (typeof id !== 'string' || id.length > 80) return [];
  const pairs = (): (readonly [string, readonly string[]])[] =>
    entities.map((e) => {
      const names: string[] = typeof e.name === 'string' ? [e.name] : [];
      if (Array.isArray(e.aliases)) for (const a of e.aliases) if (typeof a === 'string') names.push(a);
      return [e.id, names] as const;
    });
  return indexedCloseIds(id, entities, pairs, entities.length);
}
