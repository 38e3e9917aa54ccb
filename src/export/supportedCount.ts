/** An estimate as stored (low / best / high, the report's words), with the optional per-claim certainty. */
type EstimateLike =
  | { readonly low: number | null; readonly best: number | null; readonly high: number | null; readonly text?: string | undefined }
  | undefined;

/** The conservative count of an estimate, and what was set aside. */
export interface SupportedCount {
  /** The lowest figure the report supports (`low`, else `best`), or `null` when it supports none. */
  readonly count: number | null;
  /** A figure set aside because it is inferred rather than stated, or `null`. */
  readonly inferred: number | null;
}

/**
 * The lowest figure an estimate supports, under the conservative rule ACLED and UCDP share:
 * `low` when given, else `best`; never `high` alone (an upper bound says nothing about the least),
 * never 0 for unknown. A figure whose claim is marked `certainty: 'inferred'` is not a reported
 * figure: it is set aside in `inferred` and `count` is `null`.
 *
 * @param estimate - an estimate (`casualties.killed`, …) or `undefined`.
 * @returns the supported count and any inferred figure set aside.
 * @example
 * supportedCount({ low: 2, best: null, high: null }) // => { count: 2, inferred: null }
 * supportedCount({ low: null, best: null, high: 200 }) // => { count: null, inferred: null }
 */
export function supportedCount(estimate: EstimateLike): SupportedCount {
  if (estimate === undefined) return { count: null, inferred: null };
  const figure = estimate.low ?? estimate.best;
  if ((estimate as { readonly certainty?: unknown }).certainty === 'inferred') return { count: null, inferred: figure };
  return { count: figure, inferred: null };
}
