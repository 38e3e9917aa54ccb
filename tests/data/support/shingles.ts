import { normalise } from './names.js';

/** How many consecutive words of the source make a copied run. */
export const COPY_RUN = 8;

/** The words of a text, normalised (case, accents, curly quotes, punctuation) as {@link normalise} does. */
export function words(text: string): string[] {
  const n = normalise(text);
  return n === '' ? [] : n.split(' ');
}

/** Every run of `size` consecutive words of the text, each joined by single spaces. */
export function shingles(text: string, size: number = COPY_RUN): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + size <= w.length; i++) out.push(w.slice(i, i + size).join(' '));
  return out;
}

/** A string found in the data, with where it is (a JSON-ish path or a file name). */
export interface Located {
  readonly where: string;
  readonly text: string;
}

/** Every string inside a value (object keys excluded), with its path. */
export function everyString(value: unknown, where = '$'): Located[] {
  if (typeof value === 'string') return [{ where, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => everyString(v, `${where}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => everyString(v, `${where}.${k}`));
  }
  return [];
}

/** A run of words copied from the source: where, and the words. */
export interface CopiedRun {
  readonly where: string;
  readonly run: string;
}

/**
 * Finds every place where `size` or more consecutive words of `source` appear in one of `strings`
 * (one finding per string: its first copied window).
 */
export function findCopiedRuns(strings: readonly Located[], source: string, size: number = COPY_RUN): CopiedRun[] {
  const sourceRuns = new Set(shingles(source, size));
  const found: CopiedRun[] = [];
  for (const s of strings) {
    const run = shingles(s.text, size).find((r) => sourceRuns.has(r));
    if (run !== undefined) found.push({ where: s.where, run });
  }
  return found;
}
