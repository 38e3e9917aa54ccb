import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'vitest';

/** The project root (this file is tests/data/support/sourceText.ts). */
export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Where every developer and CI keep the report texts: `../shared/sources` from the project root. */
export const SOURCES_DIR = path.resolve(projectRoot, '..', 'shared', 'sources');

/**
 * Splits a source text into its paragraphs: blank-line-separated blocks (`/\n\s*\n/`) of the
 * trimmed text. Index 0 is paragraph 1 (the headline).
 */
export function splitParagraphs(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').trim().split(/\n\s*\n/);
}

/** A source's text file in {@link SOURCES_DIR}: the `.txt` file whose name starts with the source id. */
export function sourceFileFor(sourceId: string, dir: string = SOURCES_DIR): string | undefined {
  if (!existsSync(dir)) return undefined;
  const matches = readdirSync(dir).filter((f) => f.endsWith('.txt') && (f === `${sourceId}.txt` || f.startsWith(`${sourceId}-`)));
  return matches.length === 1 ? path.join(dir, matches[0]!) : undefined;
}

export type SourceTexts =
  | { readonly available: true; readonly paragraphs: ReadonlyMap<string, readonly string[]>; readonly texts: ReadonlyMap<string, string> }
  | { readonly available: false; readonly reason: string };

/** Reads the text of every given source id, or says which one is missing and where it was looked for. */
export function loadSourceTexts(sourceIds: readonly string[], dir: string = SOURCES_DIR): SourceTexts {
  const texts = new Map<string, string>();
  const paragraphs = new Map<string, readonly string[]>();
  for (const id of sourceIds) {
    const file = sourceFileFor(id, dir);
    if (file === undefined) {
      return { available: false, reason: `no text file for source '${id}' in ${dir} (expected ${id}*.txt; ../shared/ sits beside the project)` };
    }
    const text = readFileSync(file, 'utf8');
    texts.set(id, text);
    paragraphs.set(id, splitParagraphs(text));
  }
  return { available: true, texts, paragraphs };
}

/**
 * Gate for tests that need the source texts. When they are missing, a plain clone skips those tests
 * (a skipped test, with the reason printed), but under CI (`process.env.CI` set; CI always has ../shared) a failing test
 * is registered instead, so the checks never pass vacuously there.
 *
 * @returns true when the texts are there and the gated tests should run.
 */
export function requireSourceTexts(texts: SourceTexts, what: string): texts is Extract<SourceTexts, { available: true }> {
  if (texts.available) return true;
  if (process.env.CI) {
    it(`has the source text needed for ${what}`, () => {
      throw new Error(`${what} cannot run under CI: ${texts.reason}`);
    });
  } else {
    console.warn(`[skip] ${what}: ${texts.reason}`);
    it.skip(`${what} (skipped: ${texts.reason})`, () => {});
  }
  return false;
}
