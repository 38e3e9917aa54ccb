import { deepFreeze } from '../dataset/deepFreeze.js';
import type { EntityKind } from './entities.js';

/**
 * Relationship predicates. Each is stored in one canonical direction, `subject predicate object`
 * (e.g. `kataib-hezbollah member-of islamic-resistance-in-iraq`); queries derive the inverse
 * ({@link PREDICATE_INFO}) instead of storing it twice. Symmetric predicates read the same both ways.
 *
 * @example
 * PREDICATES.includes('backed-by') // => true
 */
export const PREDICATES = /* @__PURE__ */ Object.freeze([
  'member-of',
  'part-of',
  'located-in',
  'stationed-in',
  'leader-of',
  'spokesperson-of',
  'official-of',
  'backed-by',
  'armed-by',
  'funded-by',
  'allied-with',
  'affiliated-with',
  'opposes',
  'fought',
  'contributes-to',
] as const);

/** One of {@link PREDICATES}. */
export type Predicate = (typeof PREDICATES)[number];

/** How a predicate reads, forwards and backwards. */
export interface PredicateInfo {
  /** What `subject predicate object` means. */
  readonly description: string;
  /** The name of the predicate read from the object's side. */
  readonly inverse: string;
  /** True when `a p b` implies `b p a`; the inverse then equals the predicate. */
  readonly symmetric: boolean;
  /** True when membership of the object implies membership of what it belongs to (for `membersOf`). */
  readonly membership: boolean;
  /** The entity kinds the subject may have (validation rejects others, e.g. a place `backed-by` a state). */
  readonly subjectKinds: readonly EntityKind[];
  /** The entity kinds the object may have (validation rejects e.g. `stationed-in` an organisation). */
  readonly objectKinds: readonly EntityKind[];
}

/** Kinds that act: everything but a place. */
const ACTORS = ['person', 'organization', 'state', 'group'] as const;
/** Kinds that are somewhere: a place or a state. */
const PLACES = ['place', 'state'] as const;

/**
 * What each predicate means, how it reads backwards, and which entity kinds it joins.
 *
 * @example
 * PREDICATE_INFO['backed-by'].inverse // => 'backs'
 */
export const PREDICATE_INFO = /* @__PURE__ */ deepFreeze({
  'member-of': {
    description: 'The subject (a group or person) belongs to the object (a coalition, organisation or category).',
    inverse: 'has-member',
    symmetric: false,
    membership: true,
    subjectKinds: ACTORS,
    objectKinds: ['organization', 'group'],
  },
  'part-of': {
    description: 'The subject is a formal component of the object (a body within a state apparatus).',
    inverse: 'has-part',
    symmetric: false,
    membership: true,
    subjectKinds: ['organization', 'group'],
    objectKinds: ['organization', 'group', 'state'],
  },
  'located-in': {
    description: 'A non-place subject (a force, an organisation, a group of them) is based in or operates from the object place.',
    inverse: 'location-of',
    symmetric: false,
    membership: false,
    subjectKinds: ['person', 'organization', 'group'],
    objectKinds: PLACES,
  },
  'stationed-in': {
    description: 'Forces of the subject are deployed in the object country.',
    inverse: 'hosts',
    symmetric: false,
    membership: false,
    subjectKinds: ['organization', 'state', 'group'],
    objectKinds: PLACES,
  },
  'leader-of': {
    description: 'The subject person leads the object organisation.',
    inverse: 'led-by',
    symmetric: false,
    membership: false,
    subjectKinds: ['person'],
    objectKinds: ['organization', 'group', 'state'],
  },
  'spokesperson-of': {
    description: 'The subject person speaks for the object organisation.',
    inverse: 'has-spokesperson',
    symmetric: false,
    membership: false,
    subjectKinds: ['person'],
    objectKinds: ['organization', 'group', 'state'],
  },
  'official-of': {
    description: 'The subject person (or group of people) serves the object state or body as an officer or official.',
    inverse: 'has-official',
    symmetric: false,
    membership: false,
    subjectKinds: ['person', 'group'],
    objectKinds: ['organization', 'state'],
  },
  'backed-by': {
    description: 'The subject receives political, military or material backing from the object.',
    inverse: 'backs',
    symmetric: false,
    membership: false,
    subjectKinds: ACTORS,
    objectKinds: ACTORS,
  },
  'armed-by': {
    description: 'The subject receives weapons from the object.',
    inverse: 'arms',
    symmetric: false,
    membership: false,
    subjectKinds: ACTORS,
    objectKinds: ACTORS,
  },
  'funded-by': {
    description: 'The subject receives money from the object.',
    inverse: 'funds',
    symmetric: false,
    membership: false,
    subjectKinds: ACTORS,
    objectKinds: ACTORS,
  },
  'allied-with': {
    description: 'The two are allies.',
    inverse: 'allied-with',
    symmetric: true,
    membership: false,
    subjectKinds: ACTORS,
    objectKinds: ACTORS,
  },
  'affiliated-with': {
    description: 'The two are loosely linked (an affiliate), without formal membership.',
    inverse: 'affiliated-with',
    symmetric: true,
    membership: false,
    subjectKinds: ACTORS,
    objectKinds: ACTORS,
  },
  opposes: {
    description: 'The subject opposes the object (politically or by force) and seeks its removal or defeat.',
    inverse: 'opposed-by',
    symmetric: false,
    membership: false,
    subjectKinds: ACTORS,
    objectKinds: ACTORS,
  },
  fought: {
    description: 'The subject fought the object in armed conflict.',
    inverse: 'fought-by',
    symmetric: false,
    membership: false,
    subjectKinds: ACTORS,
    objectKinds: ACTORS,
  },
  'contributes-to': {
    description: 'The subject contributes troops or resources to the object (a mission or coalition).',
    inverse: 'has-contributor',
    symmetric: false,
    membership: false,
    subjectKinds: ['organization', 'group', 'state'],
    objectKinds: ['organization'],
  },
} as const satisfies Readonly<Record<Predicate, PredicateInfo>>);
