import { describe, expect, it } from 'vitest';
import { ArgumentTypeError } from '../../src/errors/ArgumentTypeError.js';
import { DateFormatError } from '../../src/errors/DateFormatError.js';
import { UnknownIdError } from '../../src/errors/UnknownIdError.js';
import { createIndex } from '../../src/query/createIndex.js';
import type { DatasetRecord } from '../../src/schema/types.js';
import { miniDataset } from '../fixtures/miniDataset.js';

const ev = [{ source: 's', paragraphs: [1] }] as const;
const base = { evidence: ev, certainty: 'stated' } as const;

/** A small world: an umbrella whose members join at known dates, nested places, a spokesman, linked events. */
const world = {
  schemaVersion: '1.0.0',
  sources: [],
  entities: [
    { ...base, id: 'land', kind: 'state', name: 'Land', aliases: [], description: 'A state.' },
    { ...base, id: 'city', kind: 'place', name: 'City', aliases: [], description: 'A city.', within: 'land' },
    { ...base, id: 'airport', kind: 'place', name: 'City Airport', aliases: [], description: 'An airport.', within: 'city' },
    { ...base, id: 'umbrella', kind: 'organization', name: 'Islamic Resistance', aliases: ['The Resistance'], description: 'A coalition.' },
    { ...base, id: 'brigade', kind: 'organization', name: "Kata'ib Ḥizb", aliases: ['Hizb Brigades', 'KB'], description: 'A member.' },
    { ...base, id: 'cell', kind: 'organization', name: 'Cell', aliases: [], description: 'A member of the brigade.' },
    { ...base, id: 'late-joiner', kind: 'organization', name: 'Late Joiner', aliases: [], description: 'Joined in 2024.' },
    { ...base, id: 'spokesman', kind: 'person', name: 'Abu Ali al-Askari', aliases: ['Al Askari'], description: 'Speaks for the brigade.' },
    { ...base, id: 'patron', kind: 'state', name: 'Patron', aliases: [], description: 'Backs the brigade.' },
  ],
  events: [
    { ...base, id: 'founding', type: 'formation', modality: 'actual', date: '2023-10', participants: [{ entity: 'umbrella', role: 'subject' }], summary: 'Formed.', attributedTo: null },
    { ...base, id: 'strike-2023', type: 'drone-strike', modality: 'actual', date: '2023-11-02', location: 'airport', participants: [{ entity: 'brigade', role: 'perpetrator' }, { entity: 'land', role: 'target' }], summary: 'A strike.', attributedTo: null },
    { ...base, id: 'late-attack-2023', type: 'rocket-attack', modality: 'actual', date: '2023-12', location: 'city', participants: [{ entity: 'late-joiner', role: 'perpetrator' }], summary: 'Before joining.', attributedTo: null },
    { ...base, id: 'late-attack-2024', type: 'rocket-attack', modality: 'actual', date: '2024-03-05', location: 'land', participants: [{ entity: 'late-joiner', role: 'perpetrator' }], summary: 'After joining.', attributedTo: null },
    { ...base, id: 'cell-attack', type: 'attack', modality: 'claimed', date: '2024-01-15/2024-02-10', participants: [{ entity: 'cell', role: 'claimant' }], summary: 'Claimed.', attributedTo: 'cell' },
    { ...base, id: 'warning', type: 'threat', modality: 'threatened', date: '2024-04-20', participants: [{ entity: 'spokesman', role: 'speaker' }, { entity: 'land', role: 'addressee' }], summary: 'A warning.', attributedTo: 'spokesman' },
    { ...base, id: 'retaliation', type: 'air-strike', modality: 'actual', date: '2024-04', location: 'city', participants: [{ entity: 'land', role: 'perpetrator' }, { entity: 'brigade', role: 'target' }], summary: 'Land hit back.', attributedTo: null },
    { ...base, id: 'ongoing', type: 'attack-campaign', modality: 'actual', date: '2023-10-18/..', participants: [{ entity: 'umbrella', role: 'perpetrator' }], summary: 'Ongoing attacks.', attributedTo: null },
  ],
  relationships: [
    { ...base, id: 'brigade-member-of-umbrella', subject: 'brigade', predicate: 'member-of', object: 'umbrella' },
    { ...base, id: 'cell-part-of-brigade', subject: 'cell', predicate: 'part-of', object: 'brigade' },
    { ...base, id: 'late-joiner-member-of-umbrella', subject: 'late-joiner', predicate: 'member-of', object: 'umbrella', valid: '2024-02/..' },
    { ...base, id: 'spokesman-spokesperson-of-brigade', subject: 'spokesman', predicate: 'spokesperson-of', object: 'brigade' },
    { ...base, id: 'brigade-backed-by-patron', subject: 'brigade', predicate: 'backed-by', object: 'patron' },
    { ...base, id: 'umbrella-allied-with-patron', subject: 'umbrella', predicate: 'allied-with', object: 'patron', valid: '2020/2022' },
  ],
  eventLinks: [
    { ...base, id: 'retaliation-for-strike', from: 'retaliation', type: 'retaliation-for', to: 'strike-2023' },
    { ...base, id: 'strike-follows-founding', from: 'strike-2023', type: 'follows', to: 'founding' },
    { ...base, id: 'strike-part-of-ongoing', from: 'strike-2023', type: 'part-of', to: 'ongoing' },
  ],
} as const satisfies DatasetRecord;

const ix = createIndex(world);
const ids = (xs: readonly { readonly id: string }[]) => xs.map((x) => x.id);

describe('createIndex', () => {
  it('keeps the dataset and returns frozen helpers', () => {
    expect(ix.dataset).toBe(world);
    expect(Object.isFrozen(ix)).toBe(true);
    expect(createIndex(miniDataset).byActor('group-a').map((e) => e.id)).toEqual(['attack-one']);
  });

  it('rejects what is not a dataset', () => {
    expect(() => createIndex(null as never)).toThrow(ArgumentTypeError);
    expect(() => createIndex(null as never)).toThrow(/createIndex: dataset: expected a dataset object \(entities, events, relationships, eventLinks arrays\), got null/);
    expect(() => createIndex(42 as never)).toThrow(/got 42/);
    expect(() => createIndex({ ...world, events: 'x' } as never)).toThrow(/createIndex: dataset\.events: expected an array of records .*, got 'x'/);
    expect(() => createIndex({ ...world, events: null } as never)).toThrow(/dataset\.events: expected an array of records .*, got null/);
    // a record of the wrong shape is named by its path, not met as a TypeError deep inside
    expect(() => createIndex({ ...world, events: [{ ...world.events[1], participants: 'none' }] } as never)).toThrow(/createIndex: dataset\.events\[0\]\.participants: expected an array of participants/);
    expect(() => createIndex({ ...world, events: [null] } as never)).toThrow(/dataset\.events\[0\]: expected a record object/);
    expect(() => createIndex({ ...world, entities: [{ ...world.entities[0], id: 7 }] } as never)).toThrow(/dataset\.entities\[0\]\.id: expected a string/);
  });

  it('names the record whose date cannot be parsed', () => {
    const bad = { ...world, events: [{ ...world.events[0], date: '2024-13' }] };
    expect(() => createIndex(bad as never)).toThrow(DateFormatError);
    expect(() => createIndex(bad as never)).toThrow(/createIndex: event 'founding' date: '2024-13' has month 13/);
    const badRel = { ...world, relationships: [{ ...world.relationships[0], valid: 'soon' }] };
    expect(() => createIndex(badRel as never)).toThrow(/relationship 'brigade-member-of-umbrella' valid/);
  });

  it('tolerates unvalidated data: unknown ids and vocabulary are skipped, not crashed on', () => {
    const odd = {
      ...world,
      events: [
        { ...world.events[0], participants: [{ entity: 'nobody', role: 'subject' }, { entity: 'umbrella', role: 'mystery' }] },
        { ...world.events[1], type: 'bombing', modality: 'rumoured', participants: [] },
        { ...world.events[2], id: 'founding' },
      ],
      relationships: [{ ...world.relationships[0], predicate: 'likes' }, { ...world.relationships[1], object: 'nobody' }],
      eventLinks: [{ ...world.eventLinks[0], to: 'nothing' }],
    } as unknown as DatasetRecord;
    const oddIx = createIndex(odd);
    expect(ids(oddIx.byActor('umbrella'))).toEqual(['founding']);
    expect(ids(oddIx.timeline({ modality: 'any' }))).toHaveLength(3);
    expect(oddIx.relationsOf('brigade').map((r) => r.predicate)).toEqual(['likes']);
    expect(oddIx.relationsOf('umbrella').map((r) => r.predicate)).toEqual(['likes']);
    expect(oddIx.relationsOf('cell')).toEqual([]);
    expect(oddIx.causes('strike-2023')).toEqual([]);
    expect(oddIx.consequences('founding')).toEqual([]);
  });
});

describe('byActor', () => {
  it('gives the events an entity takes part in, chronologically', () => {
    expect(ids(ix.byActor('brigade'))).toEqual(['strike-2023', 'retaliation']);
    expect(ids(ix.byActor('land'))).toEqual(['strike-2023', 'retaliation', 'warning']);
  });

  it('filters by role', () => {
    expect(ids(ix.byActor('brigade', { roles: 'perpetrator' }))).toEqual(['strike-2023']);
    expect(ids(ix.byActor('brigade', { roles: ['target', 'victim'] }))).toEqual(['retaliation']);
    expect(ids(ix.byActor('brigade', { roles: [] }))).toEqual([]);
  });

  it('includes member groups transitively, only while the membership is valid at the event date', () => {
    expect(ids(ix.byActor('umbrella'))).toEqual(['founding', 'ongoing']);
    // the cell is part of the brigade, a member; the late joiner counts only from 2024-02
    expect(ids(ix.byActor('umbrella', { includeMembers: true, modality: 'any' }))).toEqual([
      'founding',
      'ongoing',
      'strike-2023',
      'cell-attack',
      'late-attack-2024',
      'retaliation',
    ]);
    expect(ids(ix.byActor('umbrella', { includeMembers: true, roles: 'perpetrator' }))).toEqual(['ongoing', 'strike-2023', 'late-attack-2024']);
  });

  it('combines with the window, type, place and modality filters', () => {
    expect(ids(ix.byActor('umbrella', { includeMembers: true, from: '2024', modality: ['actual'] }))).toEqual(['ongoing', 'late-attack-2024', 'retaliation']);
    expect(ids(ix.byActor('umbrella', { includeMembers: true, from: '2024', mode: 'within' }))).toEqual(['late-attack-2024', 'retaliation']);
    expect(ids(ix.byActor('umbrella', { includeMembers: true, from: '2024', mode: 'within', modality: 'any' }))).toEqual(['cell-attack', 'late-attack-2024', 'retaliation']);
    expect(ids(ix.byActor('umbrella', { includeMembers: true, place: 'city' }))).toEqual(['strike-2023', 'retaliation']);
    expect(ids(ix.byActor('land', { type: 'air-strike' }))).toEqual(['retaliation']);
  });

  it('throws clear errors for bad input from JS', () => {
    expect(() => ix.byActor('brigad' as never)).toThrow(UnknownIdError);
    expect(() => ix.byActor('brigad' as never)).toThrow(/byActor: actor: unknown entity id 'brigad'; did you mean 'brigade'/);
    expect(() => ix.byActor(undefined as never)).toThrow(ArgumentTypeError);
    expect(() => ix.byActor(undefined as never)).toThrow(/byActor: actor: expected an entity id \(a string\), got undefined/);
    expect(() => ix.byActor('brigade', { role: 'target' } as never)).toThrow(/byActor: unknown option 'role'; did you mean 'roles'\? Accepted options: .*roles/);
    expect(() => ix.byActor('brigade', { zzzzzzzzzzzzzzzzzzzzz: 1 } as never)).toThrow(/unknown option 'zzzzzzzzzzzzzzzzzzzzz'/);
    expect(() => ix.byActor('brigade', 'target' as never)).toThrow(/byActor: options: expected an object of options \(.*\) or nothing, got 'target'/);
    expect(() => ix.byActor('brigade', null as never)).toThrow(/options: expected an object of options .*, got null/);
    expect(() => ix.byActor('brigade', ['x'] as never)).toThrow(/options: expected an object of options .*, got an array/);
    expect(() => ix.byActor('brigade', { roles: 'shooter' } as never)).toThrow(/option 'roles' has unknown value 'shooter'/);
    expect(() => ix.byActor('brigade', { roles: [1] } as never)).toThrow(/byActor: option 'roles': expected a string or an array of strings, got 1/);
    expect(() => ix.byActor('brigade', { roles: [null] } as never)).toThrow(/got null/);
    expect(() => ix.byActor('brigade', { includeMembers: 'yes' } as never)).toThrow(/option 'includeMembers' must be true or false, got 'yes'/);
    expect(() => ix.byActor('brigade', { mode: 'inside' } as never)).toThrow(/option 'mode' must be 'overlap' or 'within', got 'inside'/);
    expect(() => ix.byActor('brigade', { mode: 3 } as never)).toThrow(/got 3/);
    expect(() => ix.byActor('brigade', { place: 'cty' } as never)).toThrow(/byActor: place: unknown entity id 'cty'; did you mean 'city'/);
    expect(() => ix.byActor('brigade', { place: 'umbrella' } as never)).toThrow(/byActor: place: 'umbrella' is an organization, not a place or a state/);
  });
});

describe('between', () => {
  it('gives the events overlapping a window, with month and year ends covering their whole span', () => {
    expect(ids(ix.between('2024-04', '2024-04'))).toEqual(['ongoing', 'retaliation', 'warning']);
    expect(ids(ix.between('2023', '2023'))).toEqual(['founding', 'ongoing', 'strike-2023', 'late-attack-2023']);
  });

  it("keeps only events wholly inside the window with mode 'within'", () => {
    expect(ids(ix.between('2024-04', '2024-04', { mode: 'within' }))).toEqual(['retaliation', 'warning']);
    expect(ids(ix.between('2024-01-20', '2024-02', { mode: 'within' }))).toEqual([]);
    expect(ids(ix.between('2024-01-15', '2024-02-10', { mode: 'within' }))).toEqual([]);
    expect(ids(ix.between('2024-01-15', '2024-02-10', { mode: 'within', modality: 'claimed' }))).toEqual(['cell-attack']);
  });

  it('accepts Dates, open ends and any EDTF form', () => {
    // a Date stands for its UTC day: two instants of one day make a one-day window
    expect(ids(ix.between(new Date('2024-04-20T23:59:00Z'), new Date('2024-04-20T00:00:00Z')))).toEqual(['ongoing', 'retaliation', 'warning']);
    expect(() => ix.between(new Date('2024-04-21T00:00:00Z'), new Date('2024-04-20T23:00:00Z'))).toThrow(RangeError);
    expect(ids(ix.between(new Date('2024-04-20T12:00:00Z'), new Date('2024-04-20T12:00:00Z')))).toEqual(['ongoing', 'retaliation', 'warning']);
    expect(ids(ix.between('2024-04', null, { mode: 'within' }))).toEqual(['retaliation', 'warning']);
    expect(ids(ix.between(undefined, '2023-10-17'))).toEqual(['founding']);
    expect(ids(ix.between('..', '2023-10-17'))).toEqual(['founding']);
    expect(ids(ix.between(null, null))).toEqual(ids(ix.timeline()));
    expect(ids(ix.between('202X', '2024-03/2024-04', { type: 'rocket-attack' }))).toEqual(['late-attack-2023', 'late-attack-2024']);
    expect(ids(ix.between('2024-03~', '2024-03'))).toEqual(['ongoing', 'late-attack-2024']);
  });

  it('combines with an actor', () => {
    expect(ids(ix.between('2024', null, { actor: 'umbrella', includeMembers: true, roles: 'claimant', modality: 'any' }))).toEqual(['cell-attack']);
  });

  it('throws a DateFormatError naming the argument, and a RangeError for a reversed window', () => {
    expect(() => ix.between('April 2024', null)).toThrow(DateFormatError);
    expect(() => ix.between('April 2024', null)).toThrow(/between: from: 'April 2024' is not an accepted date; expected a Date, null \/ undefined \/ '\.\.' for an open end, or an EDTF date string; accepted: EDTF dates/);
    expect(() => ix.between(null, '2024-02-30')).toThrow(/between: to: '2024-02-30' has day 30/);
    expect(() => ix.between(new Date('nope'), null)).toThrow(/between: from: got an invalid Date/);
    expect(() => ix.between(2024 as never, null)).toThrow(/between: from: got the number 2024/);
    expect(() => ix.between(null, {} as never)).toThrow(/between: to: got an object/);
    expect(() => ix.between('2024-05', '2024-04')).toThrow(RangeError);
    expect(() => ix.between('2024-05', '2024-04')).toThrow(/between: from \(2024-05\) is after to \(2024-04\)/);
    expect(() => ix.between(new Date('2024-05-02T00:00:00Z'), new Date('2024-05-01T00:00:00Z'))).toThrow(/from \(2024-05-02T00:00:00.000Z\) is after to/);
    expect(() => ix.between(null, null, { from: '2024' } as never)).toThrow(/between: unknown option 'from'/);
  });
});

describe('byType, byPlace, query, timeline', () => {
  it('byType takes one type or several', () => {
    expect(ids(ix.byType('rocket-attack'))).toEqual(['late-attack-2023', 'late-attack-2024']);
    expect(ids(ix.byType(['air-strike', 'drone-strike']))).toEqual(['strike-2023', 'retaliation']);
    expect(ids(ix.byType([]))).toEqual([]);
    expect(ids(ix.byType('funeral'))).toEqual([]);
    expect(() => ix.byType(undefined as never)).toThrow(/byType: type: expected an event type or an array of them/);
    expect(() => ix.byType('drone' as never)).toThrow(/option 'type' has unknown value 'drone'; did you mean 'drone-strike'/);
  });

  it('byPlace includes the places within the place, transitively', () => {
    expect(ids(ix.byPlace('airport'))).toEqual(['strike-2023']);
    expect(ids(ix.byPlace('city'))).toEqual(['strike-2023', 'late-attack-2023', 'retaliation']);
    expect(ids(ix.byPlace('land'))).toEqual(['strike-2023', 'late-attack-2023', 'late-attack-2024', 'retaliation']);
    expect(ids(ix.byPlace('land', { type: 'rocket-attack', from: '2024' }))).toEqual(['late-attack-2024']);
    expect(() => ix.byPlace('lnd' as never)).toThrow(/byPlace: place: unknown entity id 'lnd'; did you mean 'land'/);
  });

  it('query composes every filter', () => {
    expect(ids(ix.query({ modality: 'claimed' }))).toEqual(['cell-attack']);
    expect(ids(ix.query({ modality: [] }))).toEqual([]);
    expect(ids(ix.query({ actor: 'land', type: ['air-strike', 'threat'], from: '2024-04-01', to: '2024-04-30', mode: 'within' }))).toEqual(['retaliation', 'warning']);
    expect(ids(ix.query({ place: 'land', from: '2023-11', to: '2023-11' }))).toEqual(['strike-2023']);
    expect(ids(ix.query({}))).toEqual(ids(ix.timeline()));
    expect(() => ix.query({ roles: 'target' } as never)).toThrow(/query: options 'roles' and 'includeMembers' apply to an actor; give 'actor' too/);
    expect(() => ix.query({ includeMembers: false } as never)).toThrow(/give 'actor' too/);
    expect(() => ix.query({ actor: 'nobody' } as never)).toThrow(/query: actor: unknown entity id 'nobody'/);
    expect(() => ix.query({ modality: 'maybe' } as never)).toThrow(/option 'modality' has unknown value 'maybe'/);
  });

  it('timeline lists every event chronologically: earliest day, then latest day, then id', () => {
    expect(ids(ix.timeline({ modality: 'any' }))).toEqual(['founding', 'ongoing', 'strike-2023', 'late-attack-2023', 'cell-attack', 'late-attack-2024', 'retaliation', 'warning']);
    // by default, what happened: the claimed attack is left out, the warning (a threat made) is kept
    expect(ids(ix.timeline())).toEqual(['founding', 'ongoing', 'strike-2023', 'late-attack-2023', 'late-attack-2024', 'retaliation', 'warning']);
    expect(ids(ix.timeline({ actor: 'land', from: '2024-04' }))).toEqual(['retaliation', 'warning']);
    expect(() => ix.timeline({ when: 1 } as never)).toThrow(/timeline: unknown option 'when'/);
  });

  it('returns frozen arrays of the dataset’s own records', () => {
    const got = ix.timeline();
    expect(Object.isFrozen(got)).toBe(true);
    expect(got[0]).toBe(world.events[0]);
    expect(() => (got as unknown as unknown[]).push(1)).toThrow(TypeError);
    expect(ix.timeline()).not.toBe(got);
  });
});

describe('relationsOf, neighbors, path', () => {
  it('reads relationships from both ends, deriving the inverse names', () => {
    expect(ix.relationsOf('brigade').map((r) => `${r.direction} ${r.predicate} ${r.other.id}`)).toEqual([
      'outgoing member-of umbrella',
      'incoming has-part cell',
      'incoming has-spokesperson spokesman',
      'outgoing backed-by patron',
    ]);
    expect(ix.relationsOf('patron').map((r) => `${r.predicate} ${r.other.id}`)).toEqual(['backs brigade', 'allied-with umbrella']);
    const view = ix.relationsOf('patron')[0]!;
    expect(view.relationship).toBe(world.relationships[4]);
    expect(Object.isFrozen(view)).toBe(true);
  });

  it('filters by predicate (canonical or inverse), direction and asOf', () => {
    expect(ix.relationsOf('patron', { predicate: 'backs' }).map((r) => r.other.id)).toEqual(['brigade']);
    expect(ix.relationsOf('patron', { predicate: 'backed-by' }).map((r) => r.other.id)).toEqual(['brigade']);
    expect(ix.relationsOf('brigade', { predicate: 'backs' })).toEqual([]);
    expect(ix.relationsOf('brigade', { predicate: ['has-part', 'member-of'] }).map((r) => r.other.id)).toEqual(['umbrella', 'cell']);
    expect(ix.relationsOf('brigade', { direction: 'incoming' }).map((r) => r.other.id)).toEqual(['cell', 'spokesman']);
    expect(ix.relationsOf('brigade', { direction: 'outgoing' }).map((r) => r.other.id)).toEqual(['umbrella', 'patron']);
    expect(ix.relationsOf('umbrella', { asOf: '2023' }).map((r) => r.other.id)).toEqual(['brigade']);
    expect(ix.relationsOf('umbrella', { asOf: '2024-06-01' }).map((r) => r.other.id)).toEqual(['brigade', 'late-joiner']);
    expect(ix.relationsOf('umbrella', { asOf: new Date('2021-01-01') }).map((r) => r.other.id)).toEqual(['brigade', 'patron']);
    expect(ix.relationsOf('umbrella', { asOf: null })).toHaveLength(3);
  });

  it('rejects bad relationship options', () => {
    expect(() => ix.relationsOf('brigade', { predicate: 'backz' } as never)).toThrow(/relationsOf: option 'predicate' has unknown value 'backz'; did you mean 'backs'/);
    expect(() => ix.relationsOf('brigade', { predicate: 7 } as never)).toThrow(/option 'predicate': expected a string/);
    expect(() => ix.relationsOf('brigade', { predicate: [null] } as never)).toThrow(/got null/);
    expect(() => ix.relationsOf('brigade', { direction: 'in' } as never)).toThrow(/option 'direction' must be 'outgoing' or 'incoming' or 'both', got 'in'/);
    expect(() => ix.relationsOf('brigade', { asOf: 'now' })).toThrow(/relationsOf: asOf: 'now' is not an accepted date/);
    expect(() => ix.relationsOf('brigade', { predicates: 'x' } as never)).toThrow(/unknown option 'predicates'; did you mean 'predicate'/);
    expect(() => ix.relationsOf('brigad' as never)).toThrow(/relationsOf: entity: unknown entity id 'brigad'/);
  });

  it('neighbors gives each other end once, by id', () => {
    expect(ids(ix.neighbors('brigade'))).toEqual(['cell', 'patron', 'spokesman', 'umbrella']);
    expect(ids(ix.neighbors('umbrella', { asOf: '2023' }))).toEqual(['brigade']);
    expect(ids(ix.neighbors('land'))).toEqual([]);
  });

  it('path finds the shortest chain with its relationships, read along the chain', () => {
    const p = ix.path('spokesman', 'patron')!;
    expect(ids(p.entities)).toEqual(['spokesman', 'brigade', 'patron']);
    expect(p.steps.map((s) => `${s.from.id} ${s.predicate} ${s.to.id}`)).toEqual(['spokesman spokesperson-of brigade', 'brigade backed-by patron']);
    expect(p.steps[1]!.relationship).toBe(world.relationships[4]);
    expect(ix.path('patron', 'cell')!.steps.map((s) => s.predicate)).toEqual(['backs', 'has-part']);
    // valid only 2020–2022: the direct alliance is not there in 2024, so the chain goes through the brigade
    expect(ix.path('umbrella', 'patron')!.steps).toHaveLength(1);
    expect(ix.path('umbrella', 'patron', { asOf: '2024' })!.steps.map((s) => s.to.id)).toEqual(['brigade', 'patron']);
    expect(ix.path('land', 'patron')).toBeNull();
    expect(ix.path('cell', 'patron', { direction: 'outgoing' })!.steps.map((s) => s.to.id)).toEqual(['brigade', 'patron']);
    expect(ix.path('patron', 'cell', { direction: 'outgoing' })).toBeNull();
    const self = ix.path('land', 'land')!;
    expect(ids(self.entities)).toEqual(['land']);
    expect(self.steps).toEqual([]);
    expect(Object.isFrozen(p) && Object.isFrozen(p.steps) && Object.isFrozen(p.entities)).toBe(true);
    expect(() => ix.path('land', 'patrn' as never)).toThrow(/path: b: unknown entity id 'patrn'; did you mean 'patron'/);
    expect(() => ix.path('lnd' as never, 'patron')).toThrow(/path: a: unknown entity id 'lnd'/);
  });
});

describe('membersOf, membershipsOf', () => {
  it('walks membership (member-of, part-of) transitively, by depth then id, with the chain', () => {
    const members = ix.membersOf('umbrella');
    expect(members.map((m) => `${m.depth} ${m.entity.id}`)).toEqual(['1 brigade', '1 late-joiner', '2 cell']);
    expect(members[2]!.via.map((r) => r.id)).toEqual(['brigade-member-of-umbrella', 'cell-part-of-brigade']);
    expect(ix.membersOf('umbrella', { transitive: false }).map((m) => m.entity.id)).toEqual(['brigade', 'late-joiner']);
    expect(ix.membersOf('umbrella', { asOf: '2023' }).map((m) => m.entity.id)).toEqual(['brigade', 'cell']);
    expect(ix.membershipsOf('cell').map((m) => `${m.depth} ${m.entity.id}`)).toEqual(['1 brigade', '2 umbrella']);
    expect(ix.membershipsOf('spokesman')).toEqual([]);
    expect(Object.isFrozen(members) && Object.isFrozen(members[0]) && Object.isFrozen(members[0]!.via)).toBe(true);
  });

  it('rejects bad options', () => {
    expect(() => ix.membersOf('umbrella', { transitive: 'no' } as never)).toThrow(/membersOf: option 'transitive' must be true or false/);
    expect(() => ix.membersOf('umbrella', { asOf: '24' })).toThrow(/membersOf: asOf: '24' is not an accepted date/);
    expect(() => ix.membershipsOf('umbrella', { depth: 1 } as never)).toThrow(/membershipsOf: unknown option 'depth'/);
    expect(() => ix.membersOf('umbrela' as never)).toThrow(/membersOf: entity: unknown entity id 'umbrela'; did you mean 'umbrella'/);
  });
});

describe('findEntity', () => {
  it('folds case, accents, apostrophes, hyphens and the article al', () => {
    expect(ix.findEntity("kata'ib hizb")[0]).toMatchObject({ match: 'exact-name', score: 100, matched: "Kata'ib Ḥizb" });
    expect(ix.findEntity('KATAIB HIZB')[0]!.entity.id).toBe('brigade');
    expect(ix.findEntity('Kata’ib-Ḥizb')[0]!.entity.id).toBe('brigade');
    expect(ix.findEntity('abu ali askari')[0]).toMatchObject({ match: 'exact-name', matched: 'Abu Ali al-Askari' });
    expect(ix.findEntity('al-Askari')[0]).toMatchObject({ match: 'exact-alias', score: 90, matched: 'Al Askari' });
    expect(ix.findEntity('Askari')[0]).toMatchObject({ match: 'exact-alias' });
    // 'al' alone is kept, so it still finds what contains it
    expect(ix.findEntity('al').map((h) => `${h.match} ${h.entity.id}`)).toEqual(['substring spokesman']);
  });

  it('ranks exact name > exact alias > prefix > whole words > substring, then by id', () => {
    expect(ix.findEntity('kb')[0]).toMatchObject({ match: 'exact-alias', entity: { id: 'brigade' } });
    expect(ix.findEntity('city').map((h) => `${h.match} ${h.entity.id}`)).toEqual(['exact-name city', 'prefix airport']);
    expect(ix.findEntity('airport').map((h) => `${h.match} ${h.entity.id}`)).toEqual(['word airport']);
    expect(ix.findEntity('resist').map((h) => `${h.match} ${h.entity.id}`)).toEqual(['substring umbrella']);
    expect(ix.findEntity('islamic').map((h) => `${h.match} ${h.entity.id}`)).toEqual(['prefix umbrella']);
    expect(ix.findEntity('a', { limit: 2 })).toHaveLength(2);
    expect(ix.findEntity('  ')).toEqual([]);
    expect(ix.findEntity('zzz')).toEqual([]);
    expect(Object.isFrozen(ix.findEntity('city')) && Object.isFrozen(ix.findEntity('city')[0])).toBe(true);
  });

  it('rejects bad input', () => {
    expect(() => ix.findEntity(3 as never)).toThrow(/findEntity: text: expected a string .*, got 3/);
    expect(() => ix.findEntity(null as never)).toThrow(/got null/);
    expect(() => ix.findEntity('x', { limit: 0 })).toThrow(/option 'limit' must be a positive integer, got 0/);
    expect(() => ix.findEntity('x', { limit: 1.5 })).toThrow(/got 1.5/);
    expect(() => ix.findEntity('x', { limit: '2' } as never)).toThrow(/got '2'/);
    expect(() => ix.findEntity('x', { max: 2 } as never)).toThrow(/unknown option 'max'/);
  });
});

describe('causes, consequences', () => {
  it('follow causal links transitively, leaving out sequence (follows) and part-of unless asked', () => {
    expect(ix.causes('retaliation').map((c) => `${c.depth} ${c.link.type} ${c.event.id}`)).toEqual(['1 retaliation-for strike-2023']);
    expect(ix.causes('retaliation', { types: ['retaliation-for', 'follows'] }).map((c) => `${c.depth} ${c.link.type} ${c.event.id}`)).toEqual([
      '1 retaliation-for strike-2023',
      '2 follows founding',
    ]);
    expect(ix.causes('retaliation', { transitive: false }).map((c) => c.event.id)).toEqual(['strike-2023']);
    expect(ix.causes('strike-2023', { types: ['part-of', 'follows'] }).map((c) => c.event.id)).toEqual(['founding', 'ongoing']);
    expect(ix.causes('strike-2023', { types: 'part-of' }).map((c) => c.event.id)).toEqual(['ongoing']);
    expect(ix.consequences('founding')).toEqual([]);
    expect(ix.consequences('founding', { types: ['follows', 'retaliation-for'] }).map((c) => `${c.depth} ${c.event.id}`)).toEqual(['1 strike-2023', '2 retaliation']);
    expect(ix.consequences('ongoing')).toEqual([]);
    expect(ix.consequences('ongoing', { types: 'part-of' }).map((c) => c.event.id)).toEqual(['strike-2023']);
    expect(Object.isFrozen(ix.causes('retaliation')[0])).toBe(true);
  });

  it('rejects bad input', () => {
    expect(() => ix.causes('retaliaton' as never)).toThrow(UnknownIdError);
    expect(() => ix.causes('retaliaton' as never)).toThrow(/causes: event: unknown event id 'retaliaton'; did you mean 'retaliation'/);
    expect(() => ix.consequences('x' as never, { types: 'because' } as never)).toThrow(/unknown event id/);
    expect(() => ix.consequences('founding', { types: 'because' } as never)).toThrow(/consequences: option 'types' has unknown value 'because'/);
    expect(() => ix.causes('founding', { transitive: 1 } as never)).toThrow(/option 'transitive' must be true or false, got 1/);
  });
});

describe('statementsBy', () => {
  it("gives what an entity said, including by default its spokespersons' statements", () => {
    expect(ids(ix.statementsBy('spokesman'))).toEqual(['warning']);
    expect(ids(ix.statementsBy('brigade'))).toEqual(['warning']);
    expect(ids(ix.statementsBy('brigade', { includeSpokespersons: false }))).toEqual([]);
    expect(ids(ix.statementsBy('umbrella'))).toEqual([]);
    expect(ids(ix.statementsBy('umbrella', { includeMembers: true }))).toEqual(['warning']);
    expect(ids(ix.statementsBy('umbrella', { includeMembers: true, includeSpokespersons: false }))).toEqual([]);
    expect(ids(ix.statementsBy('brigade', { to: '2024-03' }))).toEqual([]);
  });

  it('rejects bad input', () => {
    expect(() => ix.statementsBy('brigade', { roles: 'speaker' } as never)).toThrow(/statementsBy: unknown option 'roles'/);
    expect(() => ix.statementsBy('brigade', { includeSpokespersons: 'no' } as never)).toThrow(/must be true or false/);
    expect(() => ix.statementsBy('nobody' as never)).toThrow(/statementsBy: entity: unknown entity id 'nobody'/);
  });
});
