/**
 * Certainty of a record or an added fact.
 *
 * - `stated` — the report says it, in the cited paragraphs.
 * - `inferred` — the report implies it; the record's `note` says how.
 * - `external` — added from outside the report; the `note` (or `source`) says from where.
 *
 * @example
 * CERTAINTIES[0] // => 'stated'
 */
export const CERTAINTIES = /* @__PURE__ */ Object.freeze(['stated', 'inferred', 'external'] as const);

/** One of {@link CERTAINTIES}. */
export type Certainty = (typeof CERTAINTIES)[number];

/**
 * The version of the dataset's shape. A breaking change to the schema bumps its major.
 *
 * @example
 * SCHEMA_VERSION // => '1.1.0'
 */
export const SCHEMA_VERSION = '1.1.0';
