import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import type { DatasetRecord } from '../../src/schema/types.js';
import { loadSourceTexts, requireSourceTexts } from './support/sourceText.js';

/**
 * The paragraphs of each report that state facts. For The National's report: 5–15 and 17–28.
 * Left out: 1 headline, 2 standfirst, 3 photo caption, 4 a link to live updates, 16 a subheading,
 * 29 the page's update time (all of which repeat or frame facts stated in the body).
 */
const FACT_PARAGRAPHS: Readonly<Record<string, readonly number[]>> = {
  'the-national-2024-06-09': [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28],
};

const data: DatasetRecord = dataset;
const texts = loadSourceTexts(data.sources.map((s) => s.id));

/** Every paragraph cited by any record, as `source#paragraph`. */
function citedParagraphs(d: DatasetRecord): Set<string> {
  const records = [...d.entities, ...d.events, ...d.relationships, ...d.eventLinks];
  return new Set(records.flatMap((r) => r.evidence.flatMap((ev) => ev.paragraphs.map((p) => `${ev.source}#${p}`))));
}

describe('coverage of the report', () => {
  if (!requireSourceTexts(texts, 'the coverage tests')) return;

  it('every bundled source has its list of fact paragraphs, each a paragraph of its text', () => {
    for (const source of data.sources) {
      const facts = FACT_PARAGRAPHS[source.id];
      expect(facts, `no FACT_PARAGRAPHS entry for source ${source.id}`).toBeDefined();
      const count = texts.paragraphs.get(source.id)!.length;
      expect(facts!.filter((p) => p < 1 || p > count)).toEqual([]);
    }
  });

  it('every paragraph that states a fact is cited by at least one record', () => {
    const cited = citedParagraphs(data);
    const uncited = data.sources.flatMap((s) =>
      (FACT_PARAGRAPHS[s.id] ?? []).filter((p) => !cited.has(`${s.id}#${p}`)).map((p) => `${s.id} paragraph ${p} is cited by no record`),
    );
    expect(uncited).toEqual([]);
  });
});
