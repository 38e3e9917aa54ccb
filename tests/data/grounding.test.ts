import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import type { DatasetRecord, EntityRecord, EventRecord } from '../../src/schema/types.js';
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

describe('grounding of claim-limited citations (claim: date / location)', () => {
  if (!requireSourceTexts(texts, 'the claim-citation tests')) return;
  const source = data.sources[0]!;
  const withEvidence = (id: string, evidence: EventRecord['evidence']): DatasetRecord => ({
    ...data,
    events: data.events.map((e) => (e.id === id ? { ...e, evidence } : e)),
  });

  it('the bundled data uses date citations, and each passes the date rule (not the naming rule)', () => {
    const dated = [...data.entities, ...data.events, ...data.relationships].filter((r) => r.evidence.some((ev) => ev.claim === 'date'));
    expect(dated.length).toBeGreaterThanOrEqual(20);
    // ¶24 names neither the Islamic Resistance nor any other party of its formation: only the date rule lets it in.
    const formation = data.events.find((e) => e.id === 'islamic-resistance-formation')!;
    expect(formation.evidence).toContainEqual({ source: source.id, paragraphs: [24], claim: 'date' });
    const asWhole = withEvidence('islamic-resistance-formation', formation.evidence.map((ev) => ({ source: ev.source, paragraphs: ev.paragraphs })));
    expect(groundingProblems(asWhole, texts.paragraphs).events).toEqual([
      expect.stringMatching(/^event islamic-resistance-formation: paragraph 24 of .* names none of "Islamic Resistance in Iraq"/),
      expect.stringMatching(/^event islamic-resistance-formation: paragraph 29 of .* names none of "Islamic Resistance in Iraq"/),
    ]);
  });

  it('the dateline (¶29) is cited for every date that rests on the report’s date, and passes only there', () => {
    const paragraphs = texts.paragraphs.get(source.id)!;
    expect(paragraphs[28]).toContain('June 09, 2024');
    const dateline = { source: source.id, paragraphs: [29], claim: 'date' as const };
    // The year of "October 7" (2023), of "January" (2024), the report's own day, and the "by the report's date" bounds.
    for (const id of ['islamic-resistance-formation', 'us-strike-baghdad-2024-01', 'militia-threats-2024-06-09', 'us-occupation-of-iraq', 'feared-spread-of-war']) {
      expect(data.events.find((e) => e.id === id)!.evidence).toContainEqual(dateline);
    }
    expect(data.relationships.find((r) => r.id === 'kataib-hezbollah-member-of-islamic-resistance-in-iraq')!.evidence).toContainEqual(dateline);
    // Every record dated in 2023-10 … 2024-06 cites it.
    const late = data.events.filter((e) => /(^|\/)(2023-1|2024)/.test(e.date));
    expect(late.length).toBeGreaterThanOrEqual(25);
    expect(late.filter((e) => !e.evidence.some((ev) => ev.claim === 'date' && ev.paragraphs.includes(29))).map((e) => e.id)).toEqual([]);
    // ¶29 cited for a date that has nothing to do with the report's date is a named problem.
    const formation = data.events.find((e) => e.id === 'kss-formation')!;
    expect(formation.date).toBe('1990/1993~');
    const tampered = withEvidence(formation.id, [...formation.evidence, dateline]);
    expect(groundingProblems(tampered, texts.paragraphs).events).toEqual([
      `event kss-formation: paragraph 29 of ${source.id}, cited for the date, gives "June 09, 2024", "2024", none of which the record's date (1990, 1993~) rests on`,
    ]);
    // A January of 2023 would not take its year from a report of June 2024 (that January is 2024's).
    const wrongYear = { ...data, events: data.events.map((e) => (e.id === 'us-strike-baghdad-2024-01' ? { ...e, date: '2023-01' } : e)) };
    expect(groundingProblems(wrongYear, texts.paragraphs).events).toEqual([
      `event us-strike-baghdad-2024-01: paragraph 29 of ${source.id}, cited for the date, gives "June 09, 2024", "2024", none of which the record's date (2023-01) rests on`,
    ]);
  });

  it('a date citation whose paragraph gives no date is a named problem', () => {
    // ¶7 is the KSS spokesman's quote: no year, month or day in it.
    const event = data.events.find((e) => e.id === 'islamic-resistance-formation')!;
    const tampered = withEvidence(event.id, [...event.evidence.filter((ev) => ev.claim !== 'date'), { source: source.id, paragraphs: [7], claim: 'date' }]);
    expect(groundingProblems(tampered, texts.paragraphs).events).toEqual([
      `event islamic-resistance-formation: paragraph 7 of ${source.id}, cited for the date, gives no date`,
    ]);
  });

  it('a date citation whose paragraph gives some other date (a wrong paragraph) is a named problem', () => {
    // ¶28 gives April 1 and April 13; the formation's date rests on October 7 (2023-10-07) and late January (2024-01-31).
    const event = data.events.find((e) => e.id === 'islamic-resistance-formation')!;
    const tampered = withEvidence(event.id, [...event.evidence.filter((ev) => ev.claim !== 'date'), { source: source.id, paragraphs: [28], claim: 'date' }]);
    expect(groundingProblems(tampered, texts.paragraphs).events).toEqual([
      `event islamic-resistance-formation: paragraph 28 of ${source.id}, cited for the date, gives "April 1", "April 13", none of which the record's date (2023-10-07, 2024-01-31) rests on`,
    ]);
    // ¶14's 2020 is the right paragraph for the clashes before 2020, and the wrong one for a 2014 mission start.
    const mission = data.events.find((e) => e.id === 'coalition-mission-slimmed-down')!;
    const wrongYear = withEvidence(mission.id, [...mission.evidence.filter((ev) => ev.claim !== 'date'), { source: source.id, paragraphs: [14], claim: 'date' }]);
    expect(groundingProblems(wrongYear, texts.paragraphs).events).toEqual([
      `event coalition-mission-slimmed-down: paragraph 14 of ${source.id}, cited for the date, gives "2020", none of which the record's date (2014) rests on`,
    ]);
  });

  it('an entity date citation is checked against the dates its description gives', () => {
    const kh = data.entities.find((e) => e.id === 'kataib-hezbollah')!;
    expect(kh.evidence).toContainEqual({ source: source.id, paragraphs: [18], claim: 'date' });
    const tampered = { ...data, entities: data.entities.map((e) => (e.id === kh.id ? { ...e, evidence: [kh.evidence[0]!, { source: source.id, paragraphs: [14], claim: 'date' as const }] } : e)) };
    expect(groundingProblems(tampered, texts.paragraphs).entities).toEqual([
      expect.stringMatching(/^entity kataib-hezbollah: paragraph 14 of .*, cited for the date, gives "2020", none of which the record's date \(.*January 2024.*\) rests on$/),
    ]);
  });

  it('a location citation must name the record’s place', () => {
    const start = data.events.find((e) => e.id === 'coalition-mission-start-2014')!;
    expect(start.evidence).toContainEqual({ source: source.id, paragraphs: [22], claim: 'location' });
    const tampered = withEvidence(start.id, [start.evidence[0]!, { source: source.id, paragraphs: [20], claim: 'location' }]);
    expect(groundingProblems(tampered, texts.paragraphs).events).toEqual([
      `event coalition-mission-start-2014: paragraph 20 of ${source.id}, cited for the location, names none of "Iraq", "Republic of Iraq"`,
    ]);
  });
});
