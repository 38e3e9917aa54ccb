import { describe, expect, it } from 'vitest';
import { rawDataset } from '../../data/index.js';
import { safeParseDataset } from '../../src/schema/safeParseDataset.js';

// Tamper tests for per-claim certainty: break one bundled record, expect the named problem.
type Mutable = any;
const copy = (): Mutable => structuredClone(rawDataset) as Mutable;
const indexOf = (d: Mutable, kind: string, id: string): number => {
  const i = d[kind].findIndex((r: { id: string }) => r.id === id);
  if (i < 0) throw new Error(`no ${kind} record '${id}' in the bundled data`);
  return i;
};

function issuesOf(input: unknown) {
  const result = safeParseDataset(input);
  if (result.success) throw new Error('expected the dataset to be rejected');
  return result.issues;
}

function expectIssue(input: unknown, path: (string | number)[], message: RegExp) {
  const issues = issuesOf(input);
  expect(issues, JSON.stringify(issues, null, 2)).toContainEqual({ path, message: expect.stringMatching(message) });
}

describe('per-claim certainty (participants, locations, estimates)', () => {
  it('the bundled data passes', () => {
    expect(safeParseDataset(copy()).success).toBe(true);
  });

  it('a stated event cannot have an inferred participant', () => {
    const d = copy();
    const i = indexOf(d, 'events', 'kh-missile-strikes-on-israel');
    d.events[i].certainty = 'stated';
    d.events[i].note = 'tampered';
    expectIssue(d, ['events', i, 'participants', 0, 'certainty'], /participant kataib-hezbollah is 'inferred', so the record cannot be 'stated'/);
  });

  it('an inferred participant needs its note', () => {
    const d = copy();
    const i = indexOf(d, 'events', 'kh-missile-strikes-on-israel');
    delete d.events[i].participants[0].note;
    expectIssue(d, ['events', i, 'participants', 0, 'note'], /participant kataib-hezbollah is 'inferred' and needs a note saying how it is inferred/);
  });

  it('a stated event cannot have an inferred location, and an inferred location needs its note', () => {
    const d = copy();
    const i = indexOf(d, 'events', 'us-retaliatory-air-strikes');
    d.events[i].certainty = 'stated';
    delete d.events[i].locationNote;
    expectIssue(d, ['events', i, 'locationCertainty'], /the location is 'inferred', so the record cannot be 'stated'/);
    expectIssue(d, ['events', i, 'locationNote'], /the location is 'inferred' and needs a locationNote/);
  });

  it('a location certainty without a location is rejected', () => {
    const d = copy();
    const i = indexOf(d, 'events', 'kh-arsenal-boast-2024-01');
    d.events[i].locationCertainty = 'stated';
    expectIssue(d, ['events', i, 'locationCertainty'], /locationCertainty and locationNote need a location/);
  });

  it('an inferred estimate needs a note and makes its event and relationship non-stated', () => {
    const d = copy();
    const e = indexOf(d, 'events', 'us-strike-baghdad-2024-01');
    d.events[e].casualties.killed.certainty = 'inferred';
    expectIssue(d, ['events', e, 'casualties', 'killed', 'note'], /the killed estimate is 'inferred' and needs a note/);
    expectIssue(d, ['events', e, 'casualties', 'killed', 'certainty'], /the killed estimate is 'inferred', so the record cannot be 'stated'/);
    const r = indexOf(d, 'relationships', 'united-states-stationed-in-iraq');
    d.relationships[r].certainty = 'stated';
    d.relationships[r].quantity.certainty = 'external';
    d.relationships[r].quantity.note = 'from a news agency';
    expectIssue(d, ['relationships', r, 'quantity', 'certainty'], /the quantity is 'external', so the record cannot be 'stated'/);
  });

  it('an absent certainty means stated: a stated participant in a stated record is fine', () => {
    const d = copy();
    const i = indexOf(d, 'events', 'us-strike-baghdad-2024-01');
    d.events[i].participants[0].certainty = 'stated';
    expect(safeParseDataset(d).success).toBe(true);
  });

  it('no bundled record marked stated holds an inferred participant, location or estimate', () => {
    const claims = (e: Mutable): (string | undefined)[] => [
      ...e.participants.map((p: Mutable) => p.certainty),
      e.locationCertainty,
      e.casualties?.killed?.certainty,
      e.casualties?.wounded?.certainty,
      e.quantity?.certainty,
    ];
    const bad = rawDataset.events.filter((e) => e.certainty === 'stated' && claims(e).some((c) => c !== undefined && c !== 'stated')).map((e) => e.id);
    expect(bad).toEqual([]);
  });
});
