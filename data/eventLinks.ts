import type { EventLinkRecord } from '../src/schema/types.js';

const SRC = 'the-national-2024-06-09';

/**
 * Event-to-event links: `from` is a retaliation for / a response to / caused by / after / part of
 * `to`. Ids read `<from>-<type>-<to>` in short.
 */
export const eventLinks = [
  {
    id: 'us-air-strikes-retaliation-for-tower-22',
    from: 'us-retaliatory-air-strikes',
    type: 'retaliation-for',
    to: 'tower-22-drone-attack',
    evidence: [{ source: SRC, paragraphs: [19] }],
    certainty: 'stated',
  },
  {
    id: 'iran-attack-retaliation-for-embassy-strike',
    from: 'iran-attack-on-israel-2024-04-13',
    type: 'retaliation-for',
    to: 'israeli-strike-on-iranian-embassy',
    evidence: [{ source: SRC, paragraphs: [28] }],
    certainty: 'stated',
  },
  {
    id: 'islamic-resistance-formation-follows-war-outbreak',
    from: 'islamic-resistance-formation',
    type: 'follows',
    to: 'israel-gaza-war-outbreak',
    evidence: [{ source: SRC, paragraphs: [12] }],
    certainty: 'stated',
  },
  {
    id: 'attack-wave-follows-war-outbreak',
    from: 'attack-wave-on-us-forces',
    type: 'follows',
    to: 'israel-gaza-war-outbreak',
    evidence: [{ source: SRC, paragraphs: [9, 24] }],
    certainty: 'stated',
  },
  {
    id: 'tower-22-attack-part-of-attack-wave',
    from: 'tower-22-drone-attack',
    type: 'part-of',
    to: 'attack-wave-on-us-forces',
    evidence: [{ source: SRC, paragraphs: [9, 18] }],
    certainty: 'inferred',
    note: 'The report does not say so; the attack falls within the post-October wave against US forces and was claimed by the same militias.',
  },
  {
    id: 'strike-2020-follows-clashes',
    from: 'us-drone-strike-baghdad-airport-2020',
    type: 'follows',
    to: 'pmf-coalition-clashes-before-2020',
    evidence: [{ source: SRC, paragraphs: [15] }],
    certainty: 'stated',
  },
  {
    id: 'pressure-to-expel-follows-strike-2020',
    from: 'pressure-to-expel-us-forces',
    type: 'follows',
    to: 'us-drone-strike-baghdad-airport-2020',
    evidence: [{ source: SRC, paragraphs: [15] }],
    certainty: 'stated',
  },
  {
    id: 'mp-objections-response-to-pressure-to-expel',
    from: 'sunni-kurdish-mp-objections',
    type: 'response-to',
    to: 'pressure-to-expel-us-forces',
    evidence: [{ source: SRC, paragraphs: [15, 17] }],
    certainty: 'stated',
    note: 'The report lists the objections among the problems the push to expel US forces met.',
  },
  {
    id: 'funeral-caused-by-baghdad-strike',
    from: 'pmf-funeral-2024-01',
    type: 'caused-by',
    to: 'us-strike-baghdad-2024-01',
    evidence: [{ source: SRC, paragraphs: [3] }],
    certainty: 'stated',
  },
  {
    id: 'kss-joins-pmf-follows-pmf-formation',
    from: 'kss-joins-pmf',
    type: 'follows',
    to: 'pmf-formation-2014',
    evidence: [{ source: SRC, paragraphs: [8] }],
    certainty: 'inferred',
    note: 'A group can only join the PMF after it exists.',
  },
  {
    id: 'kh-strikes-follow-arsenal-boast',
    from: 'kh-missile-strikes-on-israel',
    type: 'follows',
    to: 'kh-arsenal-boast-2024-01',
    evidence: [{ source: SRC, paragraphs: [20] }],
    certainty: 'stated',
  },
  {
    id: 'kss-warning-part-of-militia-threats',
    from: 'kss-warning-2024-06-09',
    type: 'part-of',
    to: 'militia-threats-2024-06-09',
    evidence: [{ source: SRC, paragraphs: [5, 6] }],
    certainty: 'stated',
    note: 'The report calls it the latest of the day’s warnings.',
  },
  {
    id: 'embassy-strike-follows-war-outbreak',
    from: 'israeli-strike-on-iranian-embassy',
    type: 'follows',
    to: 'israel-gaza-war-outbreak',
    evidence: [{ source: SRC, paragraphs: [28] }],
    certainty: 'stated',
    note: 'The report presents the embassy strike as a sharp escalation of the conflict that began with the war.',
  },
] as const satisfies readonly EventLinkRecord[];
