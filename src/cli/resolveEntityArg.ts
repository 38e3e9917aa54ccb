import { entitySuggestions } from '../query/internal/entitySuggestions.js';
import type { DatasetRecord, EntityRecord } from '../schema/types.js';
import type { QueryIndex } from '../query/types.js';
import { quoteArg } from './quoteArg.js';
import { UsageError } from './UsageError.js';

/** An entity an argument names, and how sure we are of it. */
export interface ResolvedEntity {
  readonly entity: EntityRecord;
  /** Set when the entity is a guess (the one best partial match): what to tell the user. */
  readonly guess?: string;
}

/** Ids longer than this get no "did you mean" (edit distances would cost more than they help). */
const SUGGEST_MAX = 64;

/**
 * Finds the entity a command-line argument names: an exact id, else an exact name or alias
 * (case, accents, hyphens and "al-" folded by `findEntity`). With `guess`, a partial name that
 * has one clear best match (a prefix or whole word, no tie) is accepted as a *guess*, which the
 * caller reports; several equally good matches, or only substring matches, are a usage error
 * listing the candidates.
 *
 * @param index - the query index.
 * @param text - the argument.
 * @param what - the argument's name in messages (e.g. `'--actor'`).
 * @param guess - accept one clear partial match (for `entity <name>`).
 * @returns the entity, with `guess` set when it was guessed.
 * @throws {UsageError} naming the candidates or the nearest ids when nothing is sure.
 * @example
 * resolveEntityArg(index, 'Kataib Hezbollah', 'entity').entity.id // => 'kataib-hezbollah'
 */
export function resolveEntityArg(index: QueryIndex<DatasetRecord>, text: string, what: string, guess = false): ResolvedEntity {
  const exact = index.dataset.entities.find((e) => e.id === text);
  if (exact !== undefined) return { entity: exact };
  const hits = index.findEntity(text);
  const best = hits[0];
  if (best !== undefined && (best.match === 'exact-name' || best.match === 'exact-alias')) return { entity: best.entity };
  const top = hits.filter((h) => h.score === best?.score);
  if (guess && best !== undefined && best.score >= 50 && top.length === 1) {
    return { entity: best.entity, guess: `no entity is named ${quoteArg(text)}; showing the one best match, ${quoteArg(best.matched)} (${best.entity.id})` };
  }
  if (best !== undefined) {
    const shown = hits.slice(0, 6).map((h) => `${h.entity.id} (${quoteArg(h.matched)})`);
    throw new UsageError(
      `${what}: ${quoteArg(text)} names no entity exactly and matches ${hits.length === 1 ? 'only partly' : `${hits.length} partly`}: ${shown.join(', ')}${hits.length > 6 ? ', …' : ''}; give an id, or an exact name or alias`,
    );
  }
  // close matches only, by id, name or alias, as the library suggests them ('KH' → kataib-hezbollah)
  const near = text.length <= SUGGEST_MAX ? entitySuggestions(index.dataset.entities, text) : [];
  throw new UsageError(
    `${what}: unknown entity ${quoteArg(text)}${near.length > 0 ? `; did you mean ${near.map((n) => `'${n}'`).join(', ')}?` : ''}` +
      ` Accepted: an entity id or its exact name or alias`,
  );
}
