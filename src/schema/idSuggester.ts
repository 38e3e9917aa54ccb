/** How many neighbours on each side, in each of the two sorted orders, are candidates. */
const SPREAD = 2;
/** How many ids sharing one word (a part between hyphens) with the unknown id are candidates. */
const PER_WORD = 2;
/** Ids longer than this get no suggestion (no known id is that long, and the search would be slow). */
const MAX_LENGTH = 200;
/** How many suggestions at most. */
const LIMIT = 3;
/**
 * How many distinct unknown ids get suggestions; past that the dataset is broken wholesale (a
 * wrong id scheme), a hint per id helps nobody, and the work stays bounded.
 */
const MAX_ANSWERED = 1000;

const reverse = (s: string): string => {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
};
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const wordsOf = (id: string): string[] => id.split(/[^a-z0-9]+/).filter((w) => w.length > 1);

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

let row = new Int32Array(64);
/**
 * Levenshtein distance of two short strings, with one reused buffer; gives up (returns
 * `limit + 1`) as soon as the distance must exceed `limit`.
 */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (row.length <= b.length) row = new Int32Array(b.length * 2 + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      let cell = diagonal + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      if (above + 1 < cell) cell = above + 1;
      if (row[j - 1]! + 1 < cell) cell = row[j - 1]! + 1;
      row[j] = cell;
      if (cell < best) best = cell;
      diagonal = above;
    }
    if (best > limit) return limit + 1;
  }
  return row[b.length]!;
}

/** A "did you mean" function, with counts of the work it did (for tests). */
export interface IdSuggester {
  (id: string): readonly string[];
  /** How many distinct ids it has searched for (each once). */
  readonly searched: number;
  /** The most candidates it ranked for one id. */
  readonly mostCandidates: number;
}

/**
 * Builds a "did you mean" function over a set of known ids that stays fast however many unknown
 * ids a dataset has. Each unknown id is answered once (then cached), from a bounded set of
 * candidates: the known ids next to it in sorted order, next to it in sorted order of the
 * reversed ids (so a typo near the start and one near the end both find their id), and a few
 * that share a word with it. Of those, the ones that contain it (or that it contains) come first,
 * then the closest by edit distance; an id more than a third of its length away is no suggestion.
 * Building costs a sort; each answer a binary search and at most a dozen edit distances (cut
 * short past the cutoff). Only the first 1,000 distinct unknown ids get suggestions: a dataset
 * with more is broken wholesale, and the work stays bounded.
 *
 * @param known - the ids that exist.
 * @returns a function from an unknown id to up to three suggestions, closest first.
 * @example
 * idSuggester(['group-a', 'town', 'land'])('group-b') // => ['group-a']
 */
export function idSuggester(known: Iterable<string>): IdSuggester {
  let forward: string[] | undefined;
  let backward: string[] | undefined;
  let backwardIds: string[] | undefined;
  let byWord: Map<string, string[]> | undefined;
  const cache = new Map<string, readonly string[]>();
  const build = (): void => {
    forward = [...new Set(known)].sort(compare);
    const pairs = forward.map((id) => [reverse(id), id] as const).sort((x, y) => compare(x[0], y[0]));
    backward = pairs.map(([r]) => r);
    backwardIds = pairs.map(([, id]) => id);
    byWord = new Map();
    for (const id of forward) {
      for (const word of wordsOf(id)) {
        const list = byWord.get(word);
        if (list === undefined) byWord.set(word, [id]);
        else if (list.length < PER_WORD) list.push(id);
      }
    }
  };
  let searched = 0;
  let mostCandidates = 0;
  const suggest = (id: string): readonly string[] => {
    const hit = cache.get(id);
    if (hit !== undefined) return hit;
    let answer: readonly string[] = [];
    const needle = id.toLowerCase();
    if (needle.length > 0 && needle.length <= MAX_LENGTH && cache.size < MAX_ANSWERED) {
      if (forward === undefined) build();
      const candidates: string[] = [];
      const add = (c: string): void => {
        if (!candidates.includes(c)) candidates.push(c);
      };
      const around = (sorted: readonly string[], key: string, ids: readonly string[]): void => {
        const at = lowerBound(sorted, key);
        for (let i = Math.max(0, at - SPREAD); i < Math.min(sorted.length, at + SPREAD); i++) add(ids[i]!);
      };
      around(forward!, needle, forward!);
      around(backward!, reverse(needle), backwardIds!);
      for (const word of wordsOf(needle)) for (const c of byWord!.get(word) ?? []) add(c);
      searched++;
      mostCandidates = Math.max(mostCandidates, candidates.length);
      const cutoff = Math.max(2, Math.floor(needle.length / 3));
      const scored: [string, number][] = [];
      for (const c of candidates) {
        const contains = c.includes(needle) || needle.includes(c);
        const d = contains ? 0 : distance(needle, c, cutoff);
        if (contains || d <= cutoff) scored.push([c, d - (contains ? 1000 : 0)]);
      }
      scored.sort((x, y) => x[1] - y[1] || compare(x[0], y[0]));
      answer = scored.slice(0, LIMIT).map(([c]) => c);
    }
    cache.set(id, answer);
    return answer;
  };
  return Object.defineProperties(suggest, {
    searched: { get: () => searched },
    mostCandidates: { get: () => mostCandidates },
  }) as IdSuggester;
}
