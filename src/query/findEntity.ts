import type { BundledDataset } from '../bundled/dataset.js';
import { bundledIndex } from './internal/bundledIndex.js';
import type { EntityMatch, FindEntityOptions } from './types.js';

/**
 * Finds bundled entities by name or alias. Both sides are folded: case, accents, apostrophes
 * (`' ’ ʼ \``), hyphens and the article `al` (`Al-Muhandis`, `al Muhandis` and `Muhandis` match
 * alike). Ranked: exact name (100) > exact alias (90) > prefix (70) > whole words (50) >
 * substring (30), then the shorter matched name (a closer match), then id.
 *
 * @param text - a name, alias or part of one.
 * @param options - `limit`: at most this many results.
 * @returns a frozen array of `{ entity, score, match, matched }` (`matched`: the name or alias
 *   that matched); empty when nothing matches or `text` folds to nothing.
 * @throws {ArgumentTypeError} when `text` is not a string, or for a bad `limit`.
 * @example
 * findEntity("Kata'ib Hizballah")[0]?.entity.id // => 'kataib-hezbollah'
 * findEntity('al muhandis')[0]?.entity.id // => 'abu-mahdi-al-muhandis'
 */
export function findEntity(text: string, options?: FindEntityOptions): readonly EntityMatch<BundledDataset>[] {
  return bundledIndex().findEntity(text, options);
}
