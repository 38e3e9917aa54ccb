import { describe, expect, it } from 'vitest';
import { safeParseDataset } from '../../src/schema/safeParseDataset.js';
import { copyMini } from '../fixtures/miniDataset.js';

function issuesOf(input: unknown) {
  const result = safeParseDataset(input);
  if (result.success) throw new Error('expected the dataset to be rejected');
  return result.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

const evidence = [{ source: 'src-a', paragraphs: [3] }];
const rel = (id: string, subject: string, predicate: string, object: string, extra: object = {}) => ({
  id,
  subject,
  predicate,
  object,
  ...extra,
  evidence,
  certainty: 'stated',
});

describe('validation refuses contradictions', () => {
  it('a membership cycle, through member-of and part-of', () => {
    const d = copyMini();
    d.relationships.push(rel('umbrella-part-of-group-a', 'umbrella', 'part-of', 'group-a'));
    expect(issuesOf(d)).toContainEqual({
      path: 'relationships.1',
      message: "membership cycle: 'group-a' member-of 'umbrella', 'umbrella' part-of 'group-a'",
    });
  });

  it('places within one another', () => {
    const d = copyMini();
    d.entities.push({ ...d.entities[1], id: 'district', name: 'District', within: 'town' });
    d.entities[1].within = 'district';
    expect(issuesOf(d)).toContainEqual({
      path: expect.stringMatching(/^entities\.(1|4)\.within$/),
      message: expect.stringMatching(/^places within one another in a cycle: /),
    });
  });

  it('`a follows b` and `b follows a`', () => {
    const d = copyMini();
    d.eventLinks.push({ ...d.eventLinks[0], id: 'attack-follows-threat', from: 'attack-one', to: 'threat-one' });
    expect(issuesOf(d)).toContainEqual({
      path: 'eventLinks.1',
      message: "cycle of event links: 'threat-one' follows 'attack-one', 'attack-one' follows 'threat-one'",
    });
  });

  it('a link against the events’ dates: a retaliation dated wholly before what it answers', () => {
    const d = copyMini();
    d.events[1].date = '2023-05-01';
    d.eventLinks[0].type = 'retaliation-for';
    expect(issuesOf(d)).toContainEqual({
      path: 'eventLinks.0.type',
      message: "'threat-one' (2023-05-01) is dated wholly before 'attack-one' (2024-01), so it cannot be 'retaliation-for' it",
    });
    const overlapping = copyMini();
    overlapping.events[1].date = '2024'; // may be after January 2024: no contradiction
    overlapping.eventLinks[0].type = 'response-to';
    expect(safeParseDataset(overlapping).success).toBe(true);
  });

  it('a schemaVersion of another major version', () => {
    const d = copyMini();
    d.schemaVersion = '2.0.0';
    expect(issuesOf(d)).toEqual([{ path: 'schemaVersion', message: expect.stringMatching(/^schema version 2\.0\.0 has another major version than this package reads \(1\.x\.x/) }]);
    const minor = copyMini();
    minor.schemaVersion = '1.4.0';
    expect(safeParseDataset(minor).success).toBe(true);
  });

  it('fractional casualties and quantities', () => {
    const d = copyMini();
    d.events[0].casualties.killed.best = 2.5;
    d.events[1].quantity.high = 199.9;
    expect(issuesOf(d)).toEqual([
      { path: 'events.0.casualties.killed.best', message: 'must be a whole number (a count), or null when unknown' },
      { path: 'events.1.quantity.high', message: 'must be a whole number (a count), or null when unknown' },
    ]);
  });

  it('a relationship whose ends are of the wrong kind: stationed-in an organisation', () => {
    const d = copyMini();
    d.relationships.push(rel('land-stationed-in-umbrella', 'land', 'stationed-in', 'umbrella'));
    d.relationships.push(rel('town-backed-by-land', 'town', 'backed-by', 'land'));
    expect(issuesOf(d)).toEqual([
      { path: 'relationships.1.object', message: "'umbrella' is an organization; the object of 'stationed-in' must be a place or state" },
      { path: 'relationships.2.subject', message: "'town' is a place; the subject of 'backed-by' must be a person, organization, state or group" },
    ]);
  });

  it('the same relationship twice under two ids, when the times overlap (symmetric ones either way round)', () => {
    const d = copyMini();
    d.relationships.push(rel('again', 'group-a', 'member-of', 'umbrella', { valid: '2024-03' }));
    d.relationships.push(rel('allies', 'group-a', 'allied-with', 'umbrella'));
    d.relationships.push(rel('allies-again', 'umbrella', 'allied-with', 'group-a'));
    expect(issuesOf(d)).toEqual([
      { path: 'relationships.1', message: expect.stringMatching(/^repeats relationships\[0\] \('group-a-member-of-umbrella'\)/) },
      { path: 'relationships.3', message: expect.stringMatching(/^repeats relationships\[2\] \('allies'\)/) },
    ]);
    const disjoint = copyMini();
    disjoint.relationships.push(rel('earlier', 'group-a', 'member-of', 'umbrella', { valid: '2015/2019' }));
    expect(safeParseDataset(disjoint).success).toBe(true);
  });

  it('the bundled report has none of these contradictions', async () => {
    const { dataset } = await import('../../src/bundled/dataset.js');
    const result = safeParseDataset(JSON.parse(JSON.stringify(dataset)));
    expect(result.success ? [] : result.issues).toEqual([]);
  });
});
