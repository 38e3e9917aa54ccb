import { nearestIds } from '../dataset/nearestIds.js';
import type { DatasetRecord, EntityRecord } from '../schema/types.js';
import type { QueryIndex } from '../query/types.js';
import { UsageError } from './UsageError.js';

/**
 * Finds the entity a command-line argument names: an exact id, else an exact name or alias
 * (case, accents, hyphens and "al-" folded by `findEntity`), else — when `fuzzy` — the best
 * partial match.
 *
 * @param index - the query index.
 * @param text - the argument.
 * @param what - the argument's name in messages (e.g. `'--actor'`).
 * @param fuzzy - accept the best partial match (for `entity <name>`).
 * @returns the entity.
 * @throws {UsageError} naming the nearest ids when nothing matches.
 * @example
 * resolveEntityArg(index, 'Kataib Hezbollah', 'entity').id // => 'kataib-hezbollah'
 */
export function resolveEntityArg(index: QueryIndex<DatasetRecord>, text: string, what: string, fuzzy = false): EntityRecord {
  const exact = index.dataset.entities.find((e) => e.id === text);
  if (exact !== undefined) return exact;
  const hits = index.findEntity(text);
  const best = hits[0];
  if (best !== undefined && (fuzzy || best.match === 'exact-name' || best.match === 'exact-alias')) return best.entity;
  const near = [...new Set([...hits.slice(0, 3).map((h) => h.entity.id), ...nearestIds(text, index.dataset.entities.map((e) => e.id))])].slice(0, 3);
  throw new UsageError(
    `${what}: unknown entity '${text}'${near.length > 0 ? `; did you mean ${near.map((n) => `'${n}'`).join(', ')}?` : ''}` +
      ` Accepted: an entity id or its exact name or alias`,
  );
}
