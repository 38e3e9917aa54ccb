/**
 * Tolerant name matching for the grounding tests. A paragraph "names" a thing when one of the
 * thing's names occurs in it as whole words after this normalisation (both sides alike):
 *
 * - case-insensitive, except acronyms of 2–3 capitals (US, PMF, KH), which must appear in capitals,
 *   so that the pronoun "us" never counts as the United States;
 * - accents folded (NFKD, marks dropped): "Ḥizb" = "Hizb";
 * - apostrophes: curly and straight alike, a possessive "'s" dropped ("Iraq’s" names Iraq), any other
 *   apostrophe removed ("Kata'ib" = "Kataib");
 * - hyphens, dashes and other punctuation are word breaks, so "al-Muhandis" = "Al Muhandis",
 *   "Iran-backed" contains "Iran", "Israel-Gaza" contains both;
 * - a coordinated phrase names each member: "Sunni and Kurdish MPs" names "Sunni MPs" (one
 *   "and"/"or" plus one word may sit between two words of a name);
 * - a state is also named by its demonym or the short form the report uses ({@link DEMONYMS}).
 *   Aliases in the data are names only; adjectives live in this table, not in the data.
 */

/** Adjectival forms and short forms of state names, keyed by the state's name (any case). */
export const DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  iraq: ['Iraqi'],
  iran: ['Iranian'],
  israel: ['Israeli'],
  'united states': ['US', 'American'],
  syria: ['Syrian'],
  jordan: ['Jordanian'],
  lebanon: ['Lebanese'],
};

/** One word of a text: `raw` as written (accents and apostrophes folded), `key` lower-cased for comparison. */
interface Token {
  readonly key: string;
  readonly raw: string;
}

const ACRONYM = /^[A-Z]{2,3}$/;

/** Splits text into normalised words (see the module comment for the rules). */
export function tokens(text: string): Token[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'")
    .replace(/'s\b/gi, '')
    .replace(/'/g, '');
  return folded
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((raw) => ({ raw, key: raw.toLowerCase() }));
}

/** Normalised words of a text, lower-case, joined by single spaces. */
export function normalise(text: string): string {
  return tokens(text)
    .map((t) => t.key)
    .join(' ');
}

function sameWord(needle: Token, hay: Token): boolean {
  return ACRONYM.test(needle.raw) ? needle.raw === hay.raw : needle.key === hay.key;
}

/** True when `needle` occurs in `haystack` as whole words, under the rules in the module comment. */
export function mentions(haystack: string, needle: string): boolean {
  const hay = tokens(haystack);
  const words = tokens(needle);
  if (words.length === 0) return false;
  const matchFrom = (h: number, n: number): boolean => {
    if (n === words.length) return true;
    const hw = hay[h];
    if (hw !== undefined && sameWord(words[n]!, hw) && matchFrom(h + 1, n + 1)) return true;
    // A coordination between two words of the name: "<word> and|or <other> <next word>".
    const conj = hay[h];
    if (n > 0 && conj !== undefined && (conj.key === 'and' || conj.key === 'or') && hay[h + 1] !== undefined) {
      const next = hay[h + 2];
      return next !== undefined && sameWord(words[n]!, next) && matchFrom(h + 3, n + 1);
    }
    return false;
  };
  for (let h = 0; h < hay.length; h++) {
    if (sameWord(words[0]!, hay[h]!) && matchFrom(h + 1, 1)) return true;
  }
  return false;
}

/** What names an entity: its name, its aliases, and for a state its demonyms. */
export interface Nameable {
  readonly name: string;
  readonly aliases: readonly string[];
}

/** Every form that names an entity: name, aliases, and the demonyms of any of them. */
export function namesOf(entity: Nameable): string[] {
  const names = [entity.name, ...entity.aliases];
  const demonyms = names.flatMap((n) => DEMONYMS[normalise(n)] ?? []);
  return [...new Set([...names, ...demonyms])];
}

/** The first of `needles` that `haystack` mentions, or undefined. */
export function firstMentioned(haystack: string, needles: readonly string[]): string | undefined {
  return needles.find((n) => mentions(haystack, n));
}
