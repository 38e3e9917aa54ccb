import { deepFreeze } from '../dataset/deepFreeze.js';

/**
 * Event types: a fixed taxonomy learnt from ACLED's event / sub-event types and PLOVER's
 * categories. Attack types name their means; `attack` alone is an attack whose means the
 * source does not give. A `threat` is never an attack: it records a threat being made.
 *
 * @example
 * EVENT_TYPES.includes('drone-strike') // => true
 */
export const EVENT_TYPES = /* @__PURE__ */ Object.freeze([
  'attack',
  'drone-strike',
  'air-strike',
  'missile-strike',
  'rocket-attack',
  'armed-clash',
  'attack-campaign',
  'threat',
  'statement',
  'demand',
  'objection',
  'formation',
  'joining',
  'negotiation',
  'war-outbreak',
  'military-mission',
  'funeral',
  'pause',
] as const);

/** One of {@link EVENT_TYPES}. */
export type EventType = (typeof EVENT_TYPES)[number];

/** ACLED's six event types (ACLED Codebook). */
export type AcledEventType =
  | 'Battles'
  | 'Explosions/Remote violence'
  | 'Violence against civilians'
  | 'Protests'
  | 'Riots'
  | 'Strategic developments';

/** The PLOVER event categories (as used by the POLECAT dataset). */
export type PloverCategory =
  | 'AGREE'
  | 'CONSULT'
  | 'SUPPORT'
  | 'CONCEDE'
  | 'COOPERATE'
  | 'AID'
  | 'RETREAT'
  | 'REQUEST'
  | 'ACCUSE'
  | 'REJECT'
  | 'THREATEN'
  | 'PROTEST'
  | 'SANCTION'
  | 'MOBILIZE'
  | 'COERCE'
  | 'ASSAULT';

/** Where an event type lands in ACLED's and PLOVER's schemes; `null` where a scheme has no place for it. */
export interface EventTypeCrosswalk {
  /** What the type means here, in one line. */
  readonly description: string;
  /** True for types that are acts of violence (threats and statements are not). */
  readonly violent: boolean;
  readonly acled: { readonly eventType: AcledEventType; readonly subEventType: string | null } | null;
  readonly plover: PloverCategory | null;
}

/**
 * The crosswalk from each event type to ACLED (event type, sub-event type) and PLOVER.
 * ACLED records no threats, so `threat` maps to `null` there.
 *
 * @example
 * EVENT_TYPE_CROSSWALK['drone-strike'].acled
 * // => { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike' }
 */
export const EVENT_TYPE_CROSSWALK: Readonly<Record<EventType, EventTypeCrosswalk>> = /* @__PURE__ */ deepFreeze({
  attack: {
    description: 'An armed attack whose means the source does not give.',
    violent: true,
    acled: { eventType: 'Explosions/Remote violence', subEventType: null },
    plover: 'ASSAULT',
  },
  'drone-strike': {
    description: 'A strike by an armed drone or a one-way attack drone.',
    violent: true,
    acled: { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike' },
    plover: 'ASSAULT',
  },
  'air-strike': {
    description: 'A strike by manned aircraft.',
    violent: true,
    acled: { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike' },
    plover: 'ASSAULT',
  },
  'missile-strike': {
    description: 'A strike with ballistic or cruise missiles (possibly with drones alongside).',
    violent: true,
    acled: { eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack' },
    plover: 'ASSAULT',
  },
  'rocket-attack': {
    description: 'An attack with rockets.',
    violent: true,
    acled: { eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack' },
    plover: 'ASSAULT',
  },
  'armed-clash': {
    description: 'Fighting between armed parties, including exchanges of fire.',
    violent: true,
    acled: { eventType: 'Battles', subEventType: 'Armed clash' },
    plover: 'ASSAULT',
  },
  'attack-campaign': {
    description: 'A series or wave of attacks recorded as one event, with its count as an estimate.',
    violent: true,
    acled: { eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack' },
    plover: 'ASSAULT',
  },
  threat: {
    description: 'A party threatens or warns that it will use force; the act itself has not happened.',
    violent: false,
    acled: null,
    plover: 'THREATEN',
  },
  statement: {
    description: 'A public statement, claim or boast that is neither a threat nor a demand.',
    violent: false,
    acled: null,
    plover: null,
  },
  demand: {
    description: 'A party presses another to do something (e.g. to expel foreign forces).',
    violent: false,
    acled: null,
    plover: 'REQUEST',
  },
  objection: {
    description: 'A party objects to or resists a course of action.',
    violent: false,
    acled: null,
    plover: 'REJECT',
  },
  formation: {
    description: 'An organisation or coalition is founded.',
    violent: false,
    acled: { eventType: 'Strategic developments', subEventType: 'Change to group/activity' },
    plover: null,
  },
  joining: {
    description: 'A group joins a coalition or organisation.',
    violent: false,
    acled: { eventType: 'Strategic developments', subEventType: 'Change to group/activity' },
    plover: 'COOPERATE',
  },
  negotiation: {
    description: 'Talks between parties.',
    violent: false,
    acled: { eventType: 'Strategic developments', subEventType: 'Agreement' },
    plover: 'CONSULT',
  },
  'war-outbreak': {
    description: 'The start of a war.',
    violent: true,
    acled: { eventType: 'Battles', subEventType: 'Armed clash' },
    plover: 'ASSAULT',
  },
  'military-mission': {
    description: 'A foreign military mission (training, advising, fighting) deployed in a country.',
    violent: false,
    acled: { eventType: 'Strategic developments', subEventType: 'Other' },
    plover: 'AID',
  },
  funeral: {
    description: 'A funeral or mourning gathering.',
    violent: false,
    acled: { eventType: 'Strategic developments', subEventType: 'Other' },
    plover: 'PROTEST',
  },
  pause: {
    description: 'A lull: a party’s attacks stop or become rare for a time, without a formal ceasefire.',
    violent: false,
    acled: null,
    plover: 'RETREAT',
  },
});

/**
 * Modality: whether what an event names has happened.
 *
 * - `actual` — it happened (an attack carried out, a statement made).
 * - `threatened` — a party threatened or warned of it, without a stated condition.
 * - `conditional` — a party said it would happen if a condition were met (see the event's `condition`).
 * - `expected` — observers expect it; nobody has done or threatened it.
 * - `claimed` — a party says it happened and the source does not confirm it.
 *
 * Only `actual` events are counted as things that happened.
 *
 * @example
 * MODALITIES[0] // => 'actual'
 */
export const MODALITIES = /* @__PURE__ */ Object.freeze(['actual', 'threatened', 'conditional', 'expected', 'claimed'] as const);

/** One of {@link MODALITIES}. */
export type Modality = (typeof MODALITIES)[number];

/**
 * Participant roles: how an entity takes part in an event.
 *
 * `perpetrator` (carried out an act), `claimant` (claimed an act it may not have carried out),
 * `target` (the act was aimed at it), `victim` (it suffered harm or deaths), `speaker` (it made
 * the statement or threat), `addressee` (a statement or demand was aimed at it), `medium` (the
 * outlet through which a statement was made), `negotiating-party`, `subject` (the group formed,
 * or that joined), `joined` (the organisation it joined), `participant` (takes part otherwise).
 *
 * @example
 * ROLES.includes('medium') // => true
 */
export const ROLES = /* @__PURE__ */ Object.freeze([
  'perpetrator',
  'claimant',
  'target',
  'victim',
  'speaker',
  'addressee',
  'medium',
  'negotiating-party',
  'subject',
  'joined',
  'participant',
] as const);

/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/**
 * Event-to-event link types. Each points from the later or smaller event (`from`) to the
 * earlier or larger one (`to`): `from` is a retaliation for / a response to / caused by /
 * after / a part of `to`. The first three are causal (see {@link CAUSAL_LINK_TYPES}); `follows`
 * records only that `from` came after `to`, with no claim that `to` led to it.
 *
 * @example
 * EVENT_LINK_TYPES.includes('retaliation-for') // => true
 */
export const EVENT_LINK_TYPES = /* @__PURE__ */ Object.freeze(['retaliation-for', 'response-to', 'caused-by', 'follows', 'part-of'] as const);

/** One of {@link EVENT_LINK_TYPES}. */
export type EventLinkType = (typeof EVENT_LINK_TYPES)[number];

/**
 * The link types that mean "`to` led to `from`": the ones `causes` / `consequences` follow by
 * default. `follows` is a sequence only ("happened after"), not a cause, and `part-of` is
 * composition; both stay queryable through the `types` option.
 *
 * @example
 * CAUSAL_LINK_TYPES.includes('follows') // => false
 */
export const CAUSAL_LINK_TYPES: readonly EventLinkType[] = /* @__PURE__ */ Object.freeze(['retaliation-for', 'response-to', 'caused-by']);
