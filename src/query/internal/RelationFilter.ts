/** Resolved options of the relationship helpers. */
export interface RelationFilter {
  /** Per predicate code: 1 when a relationship of it may be read from its subject. */
  readonly outMask: Uint8Array;
  /** Per predicate code: 1 when a relationship of it may be read from its object. */
  readonly inMask: Uint8Array;
  /** The `asOf` days (infinite when absent). */
  readonly a0: number;
  readonly a1: number;
}
