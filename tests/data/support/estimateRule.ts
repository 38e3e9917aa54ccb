/**
 * The one rule that turns a report's words for a number into an estimate's `low` / `best` /
 * `high` (README, "Estimates"). Every estimate in the data carries its words in `text`; the
 * estimate tests recompute the bounds from those words with this function and compare.
 *
 * - exact: "three soldiers", "2,500"                     → low = best = high = N
 * - "about N", "around N"                                → best N
 * - "nearly N", "almost N"                               → high N
 * - "more than N"                                        → low N
 * - "N to M" (also hedged: "more than five to 10")       → low N, high M
 * - "dozens" / "scores" / "hundreds" / "thousands"       → low 24 / 40 / 200 / 2,000 (two of the unit)
 * - parts with no total: "two … and five …", "the leader … alongside a general" → low = sum of the parts
 * - a bare plural: "members of the group"                → low 2
 * Anything else is not covered by the rule and fails the test.
 */
export interface Bounds {
  readonly low: number | null;
  readonly best: number | null;
  readonly high: number | null;
}

const WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const MULTIPLES: Readonly<Record<string, number>> = { dozens: 24, scores: 40, hundreds: 200, thousands: 2000 };
const NUMBER = String.raw`(\d[\d,]*|${Object.keys(WORDS).join('|')})`;

function value(word: string): number {
  return WORDS[word] ?? Number(word.replace(/,/g, ''));
}

/** The bounds the rule gives for an estimate's words, or a string saying why none applies. */
export function estimateRule(text: string): Bounds | string {
  const t = text.toLowerCase().replace(/[’']/g, "'").trim();
  const first = t.split(/\s+/)[0]!;
  if (MULTIPLES[first] !== undefined) return { low: MULTIPLES[first]!, best: null, high: null };
  let m = new RegExp(`\\b${NUMBER} to ${NUMBER}\\b`).exec(t);
  if (m) return { low: value(m[1]!), best: null, high: value(m[2]!) };
  m = new RegExp(`^(?:nearly|almost) ${NUMBER}\\b`).exec(t);
  if (m) return { low: null, best: null, high: value(m[1]!) };
  m = new RegExp(`^(?:about|around) ${NUMBER}\\b`).exec(t);
  if (m) return { low: null, best: value(m[1]!), high: null };
  m = new RegExp(`^(?:more than|over) ${NUMBER}\\b`).exec(t);
  if (m) return { low: value(m[1]!), best: null, high: null };
  const parts = t.split(/\s+(?:and|alongside)\s+/);
  if (parts.length > 1) {
    const counts = parts.map((p) => new RegExp(`^${NUMBER}\\b`).exec(p)?.[1]);
    const singular = (p: string) => !/s\b[\s…]*$/.test(p.replace(/\s*…\s*$/, '').split(/\s+…\s+|\s+/).filter(Boolean).pop() ?? '');
    if (parts.every((p, i) => counts[i] !== undefined || singular(p))) {
      return { low: parts.reduce((sum, _, i) => sum + (counts[i] === undefined ? 1 : value(counts[i]!)), 0), best: null, high: null };
    }
    return `"${text}": a part has no count and is not singular`;
  }
  m = new RegExp(`^${NUMBER}\\b`).exec(t);
  if (m) return { low: value(m[1]!), best: value(m[1]!), high: value(m[1]!) };
  if (/^[a-z]+s\b/.test(t) && !/\d/.test(t)) return { low: 2, best: null, high: null };
  return `"${text}": no estimate rule covers these words`;
}
