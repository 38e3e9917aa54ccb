function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length]!;
}

/**
 * The known ids closest to an unknown one: by edit distance, with ids that contain it (or that
 * it contains) first. Used to make "unknown id" errors helpful.
 *
 * @param id - the id that was not found.
 * @param known - the ids that exist.
 * @param limit - how many to return (default 3).
 * @returns up to `limit` known ids, closest first.
 * @example
 * nearestIds('kataib-hezbolah', ['hamas', 'kataib-hezbollah', 'iran'], 1) // => ['kataib-hezbollah']
 */
export function nearestIds(id: string, known: Iterable<string>, limit = 3): string[] {
  const needle = String(id).toLowerCase();
  const scored: Array<[string, number]> = [];
  for (const candidate of known) {
    const contains = needle.length > 0 && (candidate.includes(needle) || needle.includes(candidate));
    scored.push([candidate, distance(needle, candidate) - (contains ? 1000 : 0)]);
  }
  scored.sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return scored.slice(0, limit).map(([candidate]) => candidate);
}
