/**
 * Entity kinds. Every entity has exactly one.
 *
 * - `person` — a named (or described but unnamed) individual.
 * - `organization` — an armed group, coalition, government body, military force or media outlet.
 * - `state` — a sovereign state; it is also a place (it can be an event's location).
 * - `place` — a city, region, site, building or base.
 * - `group` — a collective that is not one organisation (e.g. "Sunni MPs", "Iran-backed militias").
 *
 * @example
 * ENTITY_KINDS.includes('state') // => true
 */
export const ENTITY_KINDS = /* @__PURE__ */ Object.freeze(['person', 'organization', 'state', 'place', 'group'] as const);

/** One of {@link ENTITY_KINDS}. */
export type EntityKind = (typeof ENTITY_KINDS)[number];

/**
 * Entity subtypes. Each is valid for one kind only ({@link ENTITY_SUBTYPE_KIND}).
 *
 * Organizations: `armed-group` (a militia or faction), `umbrella-coalition` (a banner under which
 * several groups act or claim attacks), `paramilitary-coalition` (a state-sanctioned grouping of
 * armed groups), `military-coalition` (states fighting together), `military-alliance` (a standing
 * treaty alliance), `military-mission`, `armed-forces` (a state's military or its deployed forces),
 * `security-forces` (a state's combined security apparatus), `government`, `regime` (a former
 * government named after its ruler), `militant-group` (a non-state armed movement outside the
 * militia landscape, e.g. ISIS, Hamas), `media`. People: `leader`, `military-officer`,
 * `spokesperson`. Groups: `legislators`, `armed-groups`. Places: `city`, `region`, `site`,
 * `building`, `military-base`, `airport`.
 *
 * @example
 * ENTITY_SUBTYPES.includes('armed-group') // => true
 */
export const ENTITY_SUBTYPES = /* @__PURE__ */ Object.freeze([
  'armed-group',
  'umbrella-coalition',
  'paramilitary-coalition',
  'military-coalition',
  'military-alliance',
  'military-mission',
  'armed-forces',
  'security-forces',
  'government',
  'regime',
  'militant-group',
  'media',
  'leader',
  'military-officer',
  'spokesperson',
  'legislators',
  'armed-groups',
  'city',
  'region',
  'site',
  'building',
  'military-base',
  'airport',
] as const);

/** One of {@link ENTITY_SUBTYPES}. */
export type EntitySubtype = (typeof ENTITY_SUBTYPES)[number];

/**
 * The kind each subtype belongs to; the schema rejects a subtype on an entity of another kind.
 *
 * @example
 * ENTITY_SUBTYPE_KIND['airport'] // => 'place'
 */
export const ENTITY_SUBTYPE_KIND: Readonly<Record<EntitySubtype, EntityKind>> = /* @__PURE__ */ Object.freeze({
  'armed-group': 'organization',
  'umbrella-coalition': 'organization',
  'paramilitary-coalition': 'organization',
  'military-coalition': 'organization',
  'military-alliance': 'organization',
  'military-mission': 'organization',
  'armed-forces': 'organization',
  'security-forces': 'organization',
  government: 'organization',
  regime: 'organization',
  'militant-group': 'organization',
  media: 'organization',
  leader: 'person',
  'military-officer': 'person',
  spokesperson: 'person',
  legislators: 'group',
  'armed-groups': 'group',
  city: 'place',
  region: 'place',
  site: 'place',
  building: 'place',
  'military-base': 'place',
  airport: 'place',
});

/**
 * How exact a coordinate is: the point stands for a precise `site`, a `city`, a `region`
 * or a whole `country` (a centroid).
 *
 * @example
 * COORDINATE_PRECISIONS[0] // => 'site'
 */
export const COORDINATE_PRECISIONS = /* @__PURE__ */ Object.freeze(['site', 'city', 'region', 'country'] as const);

/** One of {@link COORDINATE_PRECISIONS}. */
export type CoordinatePrecision = (typeof COORDINATE_PRECISIONS)[number];
