import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import type { DatasetRecord } from '../../src/schema/types.js';
import { COPY_RUN, everyString, findCopiedRuns, words } from './support/shingles.js';
import { loadSourceTexts, projectRoot, requireSourceTexts } from './support/sourceText.js';

// The report's facts carry over; its sentences do not. No run of COPY_RUN (8) consecutive words of
// the source may appear in any string of the data, compared after folding case, accents, curly
// quotes and punctuation. A quotation of a few words where the wording is the fact stays below that.
// Exempt: each source record's own title and URL, which cite the report (the headline is its title).
const data: DatasetRecord = dataset;
const texts = loadSourceTexts(data.sources.map((s) => s.id));
const dataDir = path.join(projectRoot, 'data');

describe('no sentence of the report is copied into the data', () => {
  if (!requireSourceTexts(texts, 'the copied-sentence tests')) return;
  const sourceText = [...texts.texts.values()].join('\n\n');
  // A source record cites the report by its title and URL: that is a citation, not a copied sentence.
  const citations = new Set(data.sources.flatMap((s) => [s.title, s.url]));
  const withoutCitations = (file: string): string => [...citations].reduce((text, c) => text.split(c).join(' '), file);

  it('the detector finds an 8-word window of the source, however it is cased and quoted', () => {
    const paragraphWords = texts.paragraphs.get(data.sources[0]!.id)!.map((p) => p.split(/\s+/)).filter((w) => w.length >= 12);
    const sample = paragraphWords[Math.floor(paragraphWords.length / 2)]!;
    const window = sample.slice(2, 2 + COPY_RUN).join(' ');
    const disguised = `Our words, then ${window.toUpperCase().replace(/'/g, '\u2019')} and more of ours.`;
    const fake = { events: [{ id: 'x', summary: 'fresh words only' }, { id: 'y', statement: { content: disguised } }] };
    const found = findCopiedRuns(everyString(fake), sourceText);
    expect(found).toHaveLength(1);
    expect(found[0]!.where).toBe('$.events[1].statement.content');
    expect(found[0]!.run).toBe(words(window).join(' '));
  });

  it('the detector lets a run one word shorter pass', () => {
    const sample = texts.paragraphs.get(data.sources[0]!.id)!.find((p) => words(p).length >= 12)!;
    const seven = words(sample).slice(0, COPY_RUN - 1).join(' ');
    const eight = words(sample).slice(0, COPY_RUN).join(' ');
    expect(findCopiedRuns([{ where: 'seven', text: `${seven} zzzz` }], sourceText)).toEqual([]);
    expect(findCopiedRuns([{ where: 'eight', text: `${eight} zzzz` }], sourceText)).toEqual([{ where: 'eight', run: eight }]);
  });

  it('no string of the bundled dataset repeats 8 consecutive words of the source', () => {
    expect(findCopiedRuns(everyString(data).filter((s) => !citations.has(s.text)), sourceText)).toEqual([]);
  });

  it('no data/ file (comments included) repeats 8 consecutive words of the source', () => {
    const files = readdirSync(dataDir).filter((f) => /\.(ts|json|js)$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    const found = findCopiedRuns(
      files.map((f) => ({ where: `data/${f}`, text: withoutCitations(readFileSync(path.join(dataDir, f), 'utf8')) })),
      sourceText,
    );
    expect(found).toEqual([]);
  });
});
