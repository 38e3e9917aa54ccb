/**
 * Why an event is not in a field-format export (ACLED, UCDP GED, PLOVER):
 *
 * - `not-actual` — threatened, conditional, expected, or (unless asked for) claimed: it has not happened.
 * - `no-category` — the format has no type for it (e.g. ACLED has none for threats or statements).
 * - `series` — a series of attacks recorded as one record; the format codes each attack on its own.
 * - `date-too-coarse` — the report does not date it finely enough for the format's date scale.
 * - `no-deaths` — UCDP GED records only organised violence with deaths the report counts.
 * - `no-dyad` — the format needs two sides (or a perpetrator) the report does not give.
 *
 * @example
 * const reason: OmitReason = 'not-actual';
 */
export type OmitReason = 'not-actual' | 'no-category' | 'series' | 'date-too-coarse' | 'no-deaths' | 'no-dyad';

/** An event left out of a field-format export, with the reason in words. */
export interface OmittedEvent {
  readonly id: string;
  readonly reason: OmitReason;
  /** The reason, in one line. */
  readonly detail: string;
}
