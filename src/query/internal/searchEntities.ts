import type { EntityRecord } from '../../schema/types.js';
import type { EntityMatch, MatchKind } from '../types.js';
import type { IndexData } from './IndexData.js';
import { foldName } from './foldName.js';
import { ownField } from './ownField.js';

const SCORE: Readonly<Record<MatchKind, number>> = { 'exact-name': 100, 'exact-alias': 90, prefix: 70, word: 50, substring: 30 };
const folded = new WeakMap<IndexData, ReadonlyArray<readonly (readonly [string, string])[]>>();

/**
 * Finds entities by name or alias after folding both sides with {@link foldName}; built lazily
 * (the folded names are computed on the first search and kept with the index).
 *
 * @param ix - the index.
 * @param text - the query.
 * @param limit - at most this many results.
 * @returns the matches: by score (exact name, exact alias, prefix, whole words, substring), then
 *   the shorter matched name or alias (a closer match), then id.
 */
export function searchEntities(ix: IndexData, text: string, limit: number): EntityMatch[] {
  let names = folded.get(ix);
  if (names === undefined) {
    names = ix.entities.map((e) => {
      const aliases = ownField(e, 'aliases');
      return [e.name, ...(Array.isArray(aliases) ? aliases : [])].map((n) => [n, ` ${foldName(n)} `] as const);
    });
    folded.set(ix, names);
  }
  const q = foldName(text);
  if (q === '') return [];
  const padded = ` ${q} `;
  const head = ` ${q}`;
  const hits: EntityMatch[] = [];
  const closeness = new Map<EntityMatch, number>();
  for (let i = 0; i < names.length; i++) {
    let match: MatchKind | null = null;
    let matched = '';
    let length = 0;
    for (const [k, [original, f]] of names[i]!.entries()) {
      let m: MatchKind | null = null;
      // `f` is the folded form padded with a space at each end
      if (f === padded) m = k === 0 ? 'exact-name' : 'exact-alias';
      else if (f.startsWith(head)) m = 'prefix';
      else if (f.includes(padded)) m = 'word';
      else if (f.includes(q)) m = 'substring';
      if (m !== null && (match === null || SCORE[m] > SCORE[match])) {
        match = m;
        matched = original;
        length = f.length - 2;
      }
    }
    if (match !== null) {
      const hit = Object.freeze({ entity: ix.entities[i] as EntityRecord, score: SCORE[match], match, matched });
      hits.push(hit);
      closeness.set(hit, length);
    }
  }
  hits.sort((a, b) => b.score - a.score || closeness.get(a)! - closeness.get(b)! || (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0));
  return hits.slice(0, limit);
}
