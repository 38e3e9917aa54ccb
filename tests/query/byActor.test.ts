import { describe, expect, it } from 'vitest';
import { UnknownIdError } from '../../src/errors/UnknownIdError.js';
import { byActor } from '../../src/query/byActor.js';
import { membersOf } from '../../src/query/membersOf.js';

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe('byActor (bundled data)', () => {
  it('events by the Islamic Resistance in Iraq itself: its formation and the Tower 22 attack it claimed', () => {
    const own = ids(byActor('islamic-resistance-in-iraq'));
    expect(own).toEqual(expect.arrayContaining(['islamic-resistance-formation', 'tower-22-drone-attack']));
    expect(own).not.toContain('kh-arsenal-boast-2024-01');
  });

  it('with includeMembers, adds the events of its member factions (Kataib Hezbollah, Nujaba, KSS)', () => {
    const own = ids(byActor('islamic-resistance-in-iraq'));
    const all = ids(byActor('islamic-resistance-in-iraq', { includeMembers: true }));
    expect(all).toEqual(expect.arrayContaining(own));
    expect(all).toEqual(expect.arrayContaining(['kh-arsenal-boast-2024-01', 'nujaba-conditional-threat', 'kss-warning-2024-06-09']));
    // every added event involves a member
    const members = new Set(membersOf('islamic-resistance-in-iraq').map((m) => m.entity.id));
    for (const e of byActor('islamic-resistance-in-iraq', { includeMembers: true })) {
      if (!own.includes(e.id)) expect(e.participants.some((p) => members.has(p.entity))).toBe(true);
    }
  });

  it('who was killed in the 2020 strike: Abu Mahdi al-Muhandis and Qassem Suleimani, as victims', () => {
    expect(ids(byActor('abu-mahdi-al-muhandis', { roles: 'victim' }))).toContain('us-drone-strike-baghdad-airport-2020');
    expect(ids(byActor('qassem-suleimani', { roles: ['victim'] }))).toContain('us-drone-strike-baghdad-airport-2020');
    expect(ids(byActor('united-states', { roles: 'perpetrator', from: '2020', to: '2020' }))).toEqual(['us-drone-strike-baghdad-airport-2020']);
  });

  it('combines with a window: Kataib Hezbollah speaking in 2024', () => {
    expect(ids(byActor('kataib-hezbollah', { roles: ['speaker'], from: '2024' }))).toEqual(['kh-arsenal-boast-2024-01']);
  });

  it('names the nearest ids for a wrong one from JS', () => {
    expect(() => byActor('kataib-hezbolah' as never)).toThrow(UnknownIdError);
    expect(() => byActor('kataib-hezbolah' as never)).toThrow(/did you mean 'kataib-hezbollah'/);
  });
});
