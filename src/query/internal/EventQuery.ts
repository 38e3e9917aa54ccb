/** A validated, resolved set of event filters (internal form of `QueryFilters`). */
export interface EventQuery {
  /** Entity position of the actor, or `null`. */
  readonly actor: number | null;
  /** Role bits to keep for the actor; 0 = any role. */
  readonly roleMask: number;
  /** Predicate codes whose chains expand the actor (members …), or `null`. */
  readonly expand: Uint8Array | null;
  /** First / last day of the window (infinite when open). */
  readonly w0: number;
  readonly w1: number;
  /** The event must lie within the window (rather than overlap it). */
  readonly within: boolean;
  /** Type codes to keep, or `null` for any. */
  readonly types: readonly number[] | null;
  /** Entity position of the place, or `null`. */
  readonly place: number | null;
  /** Modality codes to keep, or `null` for any. */
  readonly modalities: readonly number[] | null;
  /** Keep only what happened (`happened`): the default when no modality is given. */
  readonly happenedOnly: boolean;
}
