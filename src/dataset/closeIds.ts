/** Longer inputs cannot be a near miss of any id: they get no suggestions (and cost nothing). */
const MAX_LENGTH = 80;

/** Case, accents and punctuation folded away: `'Kataib-Hezbollah'`, `'kataib hezbollah'` → `'kataibhezbollah'`. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Levenshtein distance, or `limit + 1` as soon as it is known to exceed `limit`. */
function distanceWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(d);
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The known ids that are a close match for an unknown one, for "did you mean" hints: compared
 * with case, accents and punctuation folded away, against each id and the record's names and
 * aliases (`'KH'` finds `kataib-hezbollah` by its alias), keeping only near misses (a few
 * edits, or the input inside a longer name); when some match exactly once folded, only those.
 * Far-off ids are never suggested, and an input
 * longer than any plausible id is answered at once with none.
 *
 * @param input - the id that was not found (any value: only strings get suggestions).
 * @param known - the known records as `[id, names]` pairs (`names`: name and aliases, may be empty).
 * @param limit - at most this many (default 3).
 * @returns up to `limit` ids, closest first (then by id).
 * @example
 * closeIds('KH', [['kataib-hezbollah', ['Kataib Hezbollah', 'KH']], ['baghdad', ['Baghdad']]]) // => ['kataib-hezbollah']
 * closeIds('Kataib-Hezbollah', [['baghdad', ['Baghdad']]]) // => []
 */
export function closeIds(input: unknown, known: Iterable<readonly [string, readonly string[]]>, limit = 3): string[] {
  if (typeof input !== 'string' || input.length > MAX_LENGTH) return [];
  const q = fold(input);
  if (q === '') return [];
  // up to a quarter of the letters may be wrong (one at least)
  const allowed = Math.max(1, Math.floor(q.length / 4));
  const scored: Array<readonly [string, number]> = [];
  for (const [id, names] of known) {
    let best = Number.POSITIVE_INFINITY;
    for (const name of [id, ...names]) {
      if (typeof name !== 'string' || name.length > 4 * MAX_LENGTH) continue;
      const f = fold(name);
      let score = distanceWithin(q, f, allowed);
      if (score > allowed && q.length >= 4 && f.includes(q)) score = allowed + 0.5;
      if (score < best) best = score;
      if (best === 0) break;
    }
    if (best <= allowed + 0.5) scored.push([id, best]);
  }
  scored.sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  // an exact match (after folding: 'Kataib-Hezbollah', an alias such as 'KH') leaves no doubt
  const exact = scored.filter(([, score]) => score === 0);
  return (exact.length > 0 ? exact : scored).slice(0, limit).map(([id]) => id);
}
