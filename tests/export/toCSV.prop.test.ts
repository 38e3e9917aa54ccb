import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCSV } from '../../src/export/toCSV.js';
import { copyMini } from '../fixtures/miniDataset.js';
import { csvObjects } from './parseCsvReference.js';

const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\r', '\n', 'é', 'ʿ', '’', ';', '|', '=', '@', '+', '-', '\t'), minLength: 1, maxLength: 20 });

describe('toCSV (property)', () => {
  it('reads back every free-text cell unchanged, whatever characters it holds', () => {
    fc.assert(
      fc.property(text, text, text, fc.array(text, { maxLength: 4 }), (summary, name, note, aliases) => {
        const data = copyMini();
        data.events[0].summary = summary;
        data.events[0].participants[0].note = note;
        data.entities[2].name = name;
        data.entities[2].aliases = aliases;
        const raw = { dataset: data, formulas: 'raw' } as const;
        const events = csvObjects(toCSV('events', raw));
        expect(events[0]!.summary).toBe(summary);
        expect(events[0]!.actor1_name).toBe(name);
        expect(csvObjects(toCSV('participants', raw))[0]!.note).toBe(note);
        // Escaped by default: a formula-like cell reads back with one leading quote, nothing else changed.
        const formulaLike = /^[=+\-@\t\r]/;
        expect(csvObjects(toCSV('events', { dataset: data }))[0]!.summary).toBe(formulaLike.test(summary) ? `'${summary}` : summary);
        // One row per alias, in order: the plain reference for a multi-valued field.
        const rows = csvObjects(toCSV('aliases', raw)).filter((r) => r.entity_id === 'group-a');
        expect(rows.map((r) => r.alias)).toEqual(aliases);
        expect(rows.map((r) => Number(r.position))).toEqual(aliases.map((_, i) => i + 1));
      }),
    );
  });
});
