import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as entry from '../../src/export/index.js';

describe('iraq-militias/export entry', () => {
  it('exports every documented function', () => {
    for (const name of ['toJSONSchema', 'toCSV', 'toNDJSON', 'toGeoJSON', 'toJSONLD', 'toMermaid', 'toDOT', 'toGraphJSON', 'buildGraph', 'formatCsv', 'mainActors']) {
      expect(typeof (entry as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(entry.CSV_TABLES).toContain('participants');
    expect(entry.RECORD_KINDS).toEqual(['sources', 'entities', 'events', 'relationships', 'event-links']);
  });

  it('is not imported by the main entry, which stays zod-free', () => {
    const main = readFileSync(new URL('../../src/index.ts', import.meta.url), 'utf8');
    expect(main).not.toMatch(/from '\.\/export\//);
    expect(main).not.toMatch(/from '\.\/cli\//);
  });
});
