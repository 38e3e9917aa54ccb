import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCSV } from '../../src/export/toCSV.js';
import { copyMini } from '../fixtures/miniDataset.js';
import { csvObjects } from './parseCsvReference.js';

const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\r', '\n', 'é', 'ʿ', '’', ';', '|'), minLength: 1, maxLength: 20 });

describe('toCSV (property)', () => {
  it('reads back every free-text cell unchanged, whatever characters it holds', () => {
    fc.assert(
      fc.property(text, text, text, fc.array(text, { maxLength: 4 }), (summary, name, note, aliases) => {
        const data = copyMini();
        data.events[0].summary = summary;
        data.events[0].participants[0].note = note;
        data.entities[2].name = name;
        data.entities[2].aliases = aliases;
        const events = csvObjects(toCSV('events', { dataset: data }));
        expect(events[0]!.summary).toBe(summary);
        expect(events[0]!.actor1_name).toBe(name);
        expect(csvObjects(toCSV('participants', { dataset: data }))[0]!.note).toBe(note);
        // One row per alias, in order: the plain reference for a multi-valued field.
        const rows = csvObjects(toCSV('aliases', { dataset: data })).filter((r) => r.entity_id === 'group-a');
        expect(rows.map((r) => r.alias)).toEqual(aliases);
        expect(rows.map((r) => Number(r.position))).toEqual(aliases.map((_, i) => i + 1));
      }),
    );
  });
});
