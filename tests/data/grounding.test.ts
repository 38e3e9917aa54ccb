import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import type { DatasetRecord, EntityRecord } from '../../src/schema/types.js';
import { groundingProblems } from './support/grounding.js';
import { firstMentioned, namesOf } from './support/names.js';
import { loadSourceTexts, requireSourceTexts } from './support/sourceText.js';

// Grounding: every paragraph a record cites names what the record speaks of. The matching rules
// (case, accents, apostrophes, hyphens, "al-", coordinations, demonyms) are in support/names.ts.
const data: DatasetRecord = dataset;
const texts = loadSourceTexts(data.sources.map((s) => s.id));

describe('grounding of the bundled data in its source text', () => {
  if (!requireSourceTexts(texts, 'the grounding tests')) return;
  const problems = groundingProblems(data, texts.paragraphs);

  it('every entity: each cited paragraph names it (name, alias or demonym)', () => {
    expect(data.entities.length).toBeGreaterThan(0);
    expect(problems.entities).toEqual([]);
  });

  it('every event: each cited paragraph names a participant, its location or the place containing it', () => {
    expect(data.events.length).toBeGreaterThan(0);
    expect(problems.events).toEqual([]);
  });

  it('every relationship: each cited paragraph names its subject or its object', () => {
    expect(problems.relationships).toEqual([]);
  });

  it('every event link: each cited paragraph names something of its from- or to-event', () => {
    expect(problems.eventLinks).toEqual([]);
  });

  it('the check names the record, the paragraph and what it looked for when a citation is wrong', () => {
    const source = data.sources[0]!;
    const paragraphs = texts.paragraphs.get(source.id)!;
    // An entity, and a paragraph of the text that does not name it.
    const [entity, wrong] = data.entities
      .map((e): [EntityRecord, number] => [e, paragraphs.findIndex((p) => firstMentioned(p, namesOf(e)) === undefined) + 1])
      .find(([, p]) => p > 0)!;
    const tampered: EntityRecord = { ...entity, evidence: [{ source: source.id, paragraphs: [wrong, paragraphs.length + 1] }] };
    const found = groundingProblems({ ...data, entities: data.entities.map((e) => (e.id === entity.id ? tampered : e)) }, texts.paragraphs);
    expect(found.entities).toEqual([
      expect.stringMatching(new RegExp(`^entity ${entity.id}: paragraph ${wrong} of ${source.id} .* names none of "${entity.name}"`)),
      `entity ${entity.id}: cites paragraph ${paragraphs.length + 1} of ${source.id}, which has only ${paragraphs.length}`,
    ]);
  });
});
