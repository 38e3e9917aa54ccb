import { describe, expect, it } from 'vitest';
import { safeParseDataset } from '../../src/schema/safeParseDataset.js';
import { copyMini } from '../fixtures/miniDataset.js';

function pathsOf(input: unknown): string[] {
  const result = safeParseDataset(input);
  if (result.success) throw new Error('expected the dataset to be rejected');
  return result.issues.map((i) => i.path.join('.'));
}

describe('safeParseDataset reports every problem in one pass', () => {
  it('shape, record-level and cross-record problems together, each with its path', () => {
    const d = copyMini();
    d.events[0].type = 'drone-strikes'; // shape
    d.events[1].condition = undefined; // record rule: a conditional event needs its condition
    d.events[0].participants[0].entity = 'group-b'; // cross-record: dangling
    d.relationships[0].id = 'land'; // cross-record: duplicate id
    d.entities[1].evidence[0].paragraphs = [0]; // shape, nested
    const paths = pathsOf(d);
    expect(paths).toEqual(
      expect.arrayContaining([
        'events.0.type',
        'events.1.condition',
        'events.0.participants.0.entity',
        'relationships.0.id',
        'entities.1.evidence.0.paragraphs.0',
      ]),
    );
  });

  it('a conditional event without its condition is reported even when another field of it is invalid', () => {
    const d = copyMini();
    d.events[1].condition = undefined;
    d.events[1].type = 'threats';
    const paths = pathsOf(d);
    expect(paths).toContain('events.1.type');
    expect(paths).toContain('events.1.condition');
  });

  it('an invalid field does not produce a false record-level problem', () => {
    const d = copyMini();
    d.events[1].condition = ''; // present but empty: a shape problem, not a missing condition
    d.entities[3].note = 7; // present but not a string: not a missing note
    const result = safeParseDataset(d);
    if (result.success) throw new Error('expected issues');
    expect(result.issues.map((i) => i.path.join('.')).sort()).toEqual(['entities.3.note', 'events.1.condition']);
  });

  it('cross-record checks use the valid parts of a record whose shape failed', () => {
    const d = copyMini();
    d.events[0].participants[1].role = 'bystander'; // invalid element
    d.events[0].participants[0].entity = 'group-z'; // its valid sibling still dangles
    d.eventLinks[0].type = 'after'; // invalid type, but `to` still dangles
    d.eventLinks[0].to = 'attack-two';
    const paths = pathsOf(d);
    expect(paths).toEqual(
      expect.arrayContaining([
        'events.0.participants.1.role',
        'events.0.participants.0.entity',
        'eventLinks.0.type',
        'eventLinks.0.to',
      ]),
    );
  });

  it('unknown keys at the top and in records, non-object records and non-array kinds all in one report', () => {
    const d = copyMini();
    d.extra = 1;
    d.entities[0].colour = 'red';
    d.events.push(42);
    d.relationships = 'none';
    d.events[0].participants[0].entity = 'nobody';
    const result = safeParseDataset(d);
    if (result.success) throw new Error('expected issues');
    const paths = result.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['', 'entities.0', 'events.2', 'relationships', 'events.0.participants.0.entity']));
  });

  it('a valid dataset still parses to a frozen copy, never the input itself', () => {
    const d = copyMini();
    const result = safeParseDataset(d);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).not.toBe(d);
    expect(result.data.entities[0]).not.toBe(d.entities[0]);
    expect(Object.isFrozen(result.data.events[1]!.participants)).toBe(true);
    expect(Object.isFrozen(d.entities[0])).toBe(false);
  });
});
