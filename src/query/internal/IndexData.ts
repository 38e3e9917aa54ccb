import type { DatasetRecord, EntityRecord, EventLinkRecord, EventRecord, RelationshipRecord } from '../../schema/types.js';

/**
 * The indices behind `createIndex`, built once per dataset. Internal: never handed to callers.
 *
 * Events are addressed by their *rank*: their position in chronological order (earliest day,
 * then latest day, then id in code-unit order). A sorted list of ranks is therefore a list of
 * events in chronological order. Entities are addressed by their position in `dataset.entities`,
 * relationships and event links by theirs.
 *
 * Lists keyed by something (an entity, a type, a span class …) are stored CSR-style: the values
 * of key `k` are `values[offsets[k] .. offsets[k + 1])`.
 */
export interface IndexData {
  readonly dataset: DatasetRecord;

  // ── entities ──
  readonly entities: readonly EntityRecord[];
  readonly entityPos: ReadonlyMap<string, number>;
  /** Places directly within each entity (by `within`). */
  readonly childOffsets: Int32Array;
  readonly children: Int32Array;

  // ── events, by rank ──
  readonly eventCount: number;
  /** The events in chronological order. */
  readonly sorted: readonly EventRecord[];
  /** First day known to be covered (days since 1970-01-01 UTC; `-Infinity` when open; see `knownSpan`). */
  readonly start: Float64Array;
  /** Last day known to be covered (`Infinity` when open). */
  readonly end: Float64Array;
  /** Index into `EVENT_TYPES` (255 when not in the vocabulary). */
  readonly typeCode: Uint8Array;
  /** Index into `MODALITIES` (255 when not in the vocabulary). */
  readonly modalityCode: Uint8Array;
  /** Entity position of the location, or -1. */
  readonly location: Int32Array;
  /**
   * Bit 1: the start is unknown (`/2024`), bit 2: the end is unknown. `start` / `end` hold the
   * known span (see `knownSpan`); such an event lies *within* a window only when the window is
   * open on that side.
   */
  readonly unknownEnds: Uint8Array;
  /** 1 when the event happened (see `happened`: actual, or a threat made): the default filter. */
  readonly happened: Uint8Array;
  /** The ranks of the events that happened, ascending, and their first and last days (copies of `start`, `end`). */
  readonly happenedRanks: Int32Array;
  readonly happenedStart: Float64Array;
  readonly happenedEnd: Float64Array;
  /** Their `unknownEnds` bits, side by side. */
  readonly happenedUnknownEnds: Uint8Array;
  /** The records of the events that happened, in rank order (`sorted[happenedRanks[i]]`). */
  readonly happenedSorted: readonly EventRecord[];

  // ── postings ──
  /** Per entity: the ranks of its events, ascending, with the role bits (over `ROLES`) it has in each. */
  readonly actorOffsets: Int32Array;
  readonly actorRanks: Int32Array;
  readonly actorRoles: Uint16Array;
  /** Per entity: the ranks of its events that happened (a subsequence of its `actorRanks`). */
  readonly actorHappenedOffsets: Int32Array;
  readonly actorHappenedRanks: Int32Array;
  /** Per type code: ranks, ascending. */
  readonly typeOffsets: Int32Array;
  readonly typeRanks: Int32Array;
  /** Per entity (as a location): ranks, ascending. */
  readonly placeOffsets: Int32Array;
  readonly placeRanks: Int32Array;
  /**
   * Per span class: ranks, ascending (so by start day). Class `k < FINITE_CLASSES` holds events
   * whose span (end − start, in days) is at most `2^k − 1`; then come the classes of events
   * open at the end only, open at the start only, and open at both.
   */
  readonly classOffsets: Int32Array;
  readonly classRanks: Int32Array;

  // ── relationships (data order) ──
  readonly relationships: readonly RelationshipRecord[];
  readonly relSubject: Int32Array;
  readonly relObject: Int32Array;
  /** Index into `PREDICATES` (255 when not in the vocabulary). */
  readonly relPredicate: Uint8Array;
  readonly relStart: Float64Array;
  readonly relEnd: Float64Array;
  /** Per entity: positions of relationships where it is the subject / the object, ascending. */
  readonly outOffsets: Int32Array;
  readonly outRels: Int32Array;
  readonly inOffsets: Int32Array;
  readonly inRels: Int32Array;
  /** Per entity: its connected component over every relationship (either direction, any date). */
  readonly component: Int32Array;

  // ── event links (data order; indexed lazily by `linkIndex`) ──
  readonly eventLinks: readonly EventLinkRecord[];
}

/** Finite span classes: class `k` holds spans of at most `2^k − 1` days (k = 0: single days). */
export const FINITE_CLASSES = 33;
/** The class of events with a bounded start and an open end. */
export const OPEN_END_CLASS = FINITE_CLASSES;
/** The class of events with an open start and a bounded end. */
export const OPEN_START_CLASS = FINITE_CLASSES + 1;
/** The class of events open at both ends. */
export const OPEN_BOTH_CLASS = FINITE_CLASSES + 2;
/** How many span classes there are. */
export const CLASS_COUNT = FINITE_CLASSES + 3;
/** Code stored for a value outside its vocabulary. */
export const NO_CODE = 255;
