import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import type { DatasetRecord } from '../../src/schema/types.js';
import { loadSourceTexts, requireSourceTexts } from './support/sourceText.js';

const data: DatasetRecord = dataset;
const texts = loadSourceTexts(data.sources.map((s) => s.id));

describe('the bundled sources match their texts', () => {
  if (!requireSourceTexts(texts, 'the source paragraph-count test')) return;

  it("each source's paragraph count equals the number of blank-line blocks of its text", () => {
    for (const source of data.sources) {
      const blocks = texts.texts.get(source.id)!.trim().split(/\n\s*\n/).length;
      expect(source.paragraphs, `source ${source.id}`).toBe(blocks);
    }
  });
});
