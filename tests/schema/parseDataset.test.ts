import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../src/schema/DatasetError.js';
import { parseDataset } from '../../src/schema/parseDataset.js';
import { safeParseDataset } from '../../src/schema/safeParseDataset.js';
import { copyMini, miniDataset } from '../fixtures/miniDataset.js';

function issuesOf(input: unknown) {
  const result = safeParseDataset(input);
  if (result.success) throw new Error('expected the dataset to be rejected');
  return result.issues;
}

function expectIssue(input: unknown, path: (string | number)[], message: RegExp) {
  const issues = issuesOf(input);
  expect(issues, JSON.stringify(issues, null, 2)).toContainEqual({ path, message: expect.stringMatching(message) });
}

describe('parseDataset', () => {
  it('accepts a valid dataset and returns a deep-frozen copy', () => {
    const parsed = parseDataset(copyMini());
    expect(parsed.entities.map((e) => e.id)).toEqual(miniDataset.entities.map((e) => e.id));
    expect(Object.isFrozen(parsed)).toBe(true);
    expect(Object.isFrozen(parsed.events[0]!.participants[0])).toBe(true);
    expect(() => {
      (parsed.entities as any).push({});
    }).toThrow(TypeError);
  });

  it('rejects a dangling participant reference and suggests the closest id', () => {
    const d = copyMini();
    d.events[0].participants[0].entity = 'group-b';
    expectIssue(d, ['events', 0, 'participants', 0, 'entity'], /unknown entity id 'group-b'; closest: 'group-a'/);
  });

  it('rejects dangling relationship ends, event-link ends, locations and evidence sources', () => {
    const d = copyMini();
    d.relationships[0].object = 'nobody';
    d.eventLinks[0].to = 'no-event';
    d.events[0].location = 'nowhere';
    d.entities[0].evidence[0].source = 'src-b';
    d.events[1].attributedTo = 'someone';
    const issues = issuesOf(d);
    const paths = issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'relationships.0.object',
        'eventLinks.0.to',
        'events.0.location',
        'entities.0.evidence.0.source',
        'events.1.attributedTo',
      ]),
    );
  });

  it('rejects a location that is not a place', () => {
    const d = copyMini();
    d.events[0].location = 'group-a';
    expectIssue(d, ['events', 0, 'location'], /is an organization; a location must be a place or a state/);
  });

  it('rejects a duplicate id, even across record kinds', () => {
    const d = copyMini();
    d.events[1].id = 'attack-one';
    expectIssue(d, ['events', 1, 'id'], /duplicate id 'attack-one' \(already used at events\.0\)/);
    const e = copyMini();
    e.relationships[0].id = 'land';
    expectIssue(e, ['relationships', 0, 'id'], /duplicate id 'land' \(already used at entities\.0\)/);
  });

  it('rejects paragraph 99 of a 10-paragraph source', () => {
    const d = copyMini();
    d.events[0].evidence[0].paragraphs = [4, 99];
    expectIssue(d, ['events', 0, 'evidence', 0, 'paragraphs', 1], /paragraph 99 does not exist: source 'src-a' has paragraphs 1–10/);
  });

  it('rejects a reversed interval', () => {
    const d = copyMini();
    d.relationships[0].valid = '2024/2020';
    expectIssue(d, ['relationships', 0, 'valid'], /ends before it starts/);
  });

  it('rejects an unknown key', () => {
    const d = copyMini();
    d.entities[2].colour = 'red';
    expectIssue(d, ['entities', 2], /Unrecognized key.*colour/);
  });

  it('rejects a malformed date string, naming the accepted forms', () => {
    const d = copyMini();
    d.events[0].date = 'January 2024';
    expectIssue(d, ['events', 0, 'date'], /'January 2024' is not an accepted date; accepted: EDTF/);
  });

  it('rejects a __proto__ key without polluting any prototype', () => {
    const json = JSON.stringify(copyMini()).replace('"kind":"organization"', '"__proto__":{"polluted":true},"kind":"organization"');
    const input = JSON.parse(json);
    expect(Object.hasOwn(input.entities[2], '__proto__')).toBe(true);
    expectIssue(input, ['entities', 2], /Unrecognized key.*__proto__/);
    expect(({} as any).polluted).toBeUndefined();
    expect((Object.prototype as any).polluted).toBeUndefined();
  });

  it('rejects a constructor key', () => {
    const d = copyMini();
    d.events[0].constructor = { prototype: { polluted: true } };
    expectIssue(d, ['events', 0], /Unrecognized key.*constructor/);
  });

  it('reports every problem at once, and parseDataset throws them all in a DatasetError', () => {
    const d = copyMini();
    d.events[0].participants[0].entity = 'x';
    d.relationships[0].subject = 'y';
    d.eventLinks[0].from = 'z';
    expect(issuesOf(d)).toHaveLength(3);
    try {
      parseDataset(d);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetError);
      expect((error as DatasetError).issues).toHaveLength(3);
      expect((error as DatasetError).message).toMatch(/^invalid dataset: 3 problems\n {2}- events\[0\]\.participants\[0\]\.entity: unknown entity id 'x'/);
    }
  });

  it('checks the per-record rules', () => {
    const d = copyMini();
    d.entities[2].subtype = 'city';
    d.entities[2].iso = { alpha2: 'GA', alpha3: 'GAA', certainty: 'external', source: 'x' };
    d.entities[3].note = undefined;
    d.events[1].condition = undefined;
    d.events[0].casualties.killed.low = 5;
    d.relationships[0].object = 'group-a';
    d.eventLinks[0].to = 'threat-one';
    d.entities[0].aliases = ['land'];
    const paths = issuesOf(d).map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        "entities.2.subtype: subtype 'city' belongs to kind 'place', not 'organization'",
        'entities.2.iso: only a state has ISO codes, not an organization',
        "entities.3.note: a record with certainty 'inferred' needs a note saying how it is inferred",
        'events.1.condition: a conditional event needs its condition',
        'events.0.casualties.killed.best: must not be below low (5)',
        'relationships.0.object: a relationship cannot point to its own subject',
        'eventLinks.0.to: an event cannot link to itself',
        "entities.0.aliases.0: repeats the name or an alias: 'land'",
      ]),
    );
  });

  it('rejects things that are not datasets at all with a root issue', () => {
    expect(issuesOf(null)[0]!.path).toEqual([]);
    expect(issuesOf([])[0]!.message).toMatch(/expected object/);
    expect(() => parseDataset('dataset')).toThrow(DatasetError);
  });
});
