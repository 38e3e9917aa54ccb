import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import type { DatasetRecord } from '../../src/schema/types.js';
import { normalise } from './support/names.js';
import { loadSourceTexts, requireSourceTexts } from './support/sourceText.js';

// Item 5 of issue 8: `dateText` holds the report's own few words, or is absent.
const MAX_WORDS = 6;
const data: DatasetRecord = dataset;
const texts = loadSourceTexts(data.sources.map((s) => s.id));

function dateTextProblems(d: DatasetRecord, paragraphsOf: ReadonlyMap<string, readonly string[]>): string[] {
  return d.events.flatMap((e) => {
    if (e.dateText === undefined) return [];
    const words = normalise(e.dateText);
    if (words.split(' ').length > MAX_WORDS) return [`event ${e.id}: dateText "${e.dateText}" has more than ${MAX_WORDS} words`];
    const found = e.evidence.some((ev) => ev.paragraphs.some((p) => ` ${normalise(paragraphsOf.get(ev.source)?.[p - 1] ?? '')} `.includes(` ${words} `)));
    return found ? [] : [`event ${e.id}: dateText "${e.dateText}" is not the wording of any paragraph it cites`];
  });
}

describe('dateText', () => {
  if (!requireSourceTexts(texts, 'the dateText tests')) return;

  it('is, on every event, a few words found in a paragraph the event cites', () => {
    expect(data.events.filter((e) => e.dateText !== undefined).length).toBeGreaterThan(10);
    expect(dateTextProblems(data, texts.paragraphs)).toEqual([]);
  });

  it('fails on purpose-broken data: a paraphrase, and words from a paragraph not cited', () => {
    const events = data.events.map((e) =>
      e.id === 'tower-22-drone-attack' ? { ...e, dateText: 'the end of January' } : e.id === 'us-strike-baghdad-2024-01' ? { ...e, dateText: 'late January' } : e,
    );
    expect(dateTextProblems({ ...data, events }, texts.paragraphs)).toEqual([
      'event us-strike-baghdad-2024-01: dateText "late January" is not the wording of any paragraph it cites',
      'event tower-22-drone-attack: dateText "the end of January" is not the wording of any paragraph it cites',
    ]);
  });
});
