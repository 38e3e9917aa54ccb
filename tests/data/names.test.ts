import { describe, expect, it } from 'vitest';
import { DEMONYMS, mentions, namesOf, normalise } from './support/names.js';
import { splitParagraphs } from './support/sourceText.js';

// The grounding tests' matcher: each documented tolerance, and what it must still reject.
describe('name matching for grounding', () => {
  it('folds case and accents', () => {
    expect(mentions('the ḤAMAS movement', 'Hamas')).toBe(true);
    expect(mentions('Qassem Suleimani', 'qassem suléimani')).toBe(true);
  });

  it('treats curly and straight apostrophes alike, drops a possessive and joins other apostrophes', () => {
    expect(mentions('Iraq\u2019s parliament', 'Iraq')).toBe(true);
    expect(mentions("Iraq's parliament", 'Iraq')).toBe(true);
    expect(mentions('Kata\u2019ib Hizballah fighters', "Kata'ib Hizballah")).toBe(true);
    expect(mentions('Kataib Hizballah', "Kata'ib Hizballah")).toBe(true);
  });

  it('folds hyphens and spaces, so "al-" and "Al " spellings match', () => {
    expect(mentions('Abu Mahdi Al Muhandis was killed', 'Abu Mahdi al-Muhandis')).toBe(true);
    expect(mentions('an Iran-backed group', 'Iran')).toBe(true);
    expect(mentions('the Israel-Gaza war', 'Gaza')).toBe(true);
    expect(normalise('Al-Nujaba')).toBe(normalise('al Nujaba'));
  });

  it('matches whole words only', () => {
    expect(mentions('Iranian generals', 'Iran')).toBe(false);
    expect(mentions('the Iraqi army', 'Iraq')).toBe(false);
    expect(mentions('Hamas', 'Hamas movement')).toBe(false);
  });

  it('requires acronyms of 2–3 capitals to appear in capitals', () => {
    expect(mentions('US forces', 'US')).toBe(true);
    expect(mentions('they told us', 'US')).toBe(false);
    expect(mentions('a PMF unit', 'PMF')).toBe(true);
    expect(mentions('Nato countries', 'NATO')).toBe(true);
  });

  it('lets a coordinated phrase name each member, and nothing looser', () => {
    expect(mentions('objections from Sunni and Kurdish MPs', 'Sunni MPs')).toBe(true);
    expect(mentions('objections from Sunni and Kurdish MPs', 'Kurdish MPs')).toBe(true);
    expect(mentions('Sunni leaders and MPs', 'Sunni MPs')).toBe(false);
    expect(mentions('Sunni politicians, Kurdish MPs', 'Sunni MPs')).toBe(false);
  });

  it('names a state by its demonym, not any other entity', () => {
    expect(namesOf({ name: 'United States', aliases: ['USA'] })).toEqual(['United States', 'USA', 'US', 'American']);
    expect(namesOf({ name: 'Iraq', aliases: [] })).toEqual(['Iraq', 'Iraqi']);
    expect(namesOf({ name: 'Iraqi government', aliases: [] })).toEqual(['Iraqi government']);
    for (const [state, forms] of Object.entries(DEMONYMS)) {
      expect(forms.length, state).toBeGreaterThan(0);
    }
  });

  it('splits a text into blank-line blocks, the headline first', () => {
    expect(splitParagraphs('Title\n\nFirst para\nstill first\n \nSecond\n')).toEqual(['Title', 'First para\nstill first', 'Second']);
    expect(splitParagraphs('A\r\n\r\nB')).toEqual(['A', 'B']);
  });
});
