import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSourceTexts, sourceFileFor } from './support/sourceText.js';

// How the data tests find a source's text: `<source id>*.txt` in ../shared/sources.
describe('finding and reading source texts', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'iraq-militias-sources-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, 'report-a-some-title.txt'), 'Headline\n\nFirst.\nStill first.\n\nSecond.\n');
  writeFileSync(path.join(dir, 'report-ab.txt'), 'Other\n');

  it('matches a file named after the source id, not one whose name merely starts with the same letters', () => {
    expect(sourceFileFor('report-a', dir)).toBe(path.join(dir, 'report-a-some-title.txt'));
    expect(sourceFileFor('report-ab', dir)).toBe(path.join(dir, 'report-ab.txt'));
    expect(sourceFileFor('report', dir)).toBeUndefined();
  });

  it('reads the paragraphs of each source', () => {
    const texts = loadSourceTexts(['report-a'], dir);
    expect(texts.available && texts.paragraphs.get('report-a')).toEqual(['Headline', 'First.\nStill first.', 'Second.']);
  });

  it('says which source is missing and where it looked', () => {
    const texts = loadSourceTexts(['report-a', 'nowhere'], dir);
    expect(texts.available).toBe(false);
    expect(!texts.available && texts.reason).toMatch(/no text file for source 'nowhere' in .*iraq-militias-sources-/);
  });
});
