/**
 * Whether an event record says something **happened** — the rule every counting helper and
 * export applies by default, so that nothing that did not happen is counted as if it had:
 *
 * - modality `actual`: it happened (an attack carried out, a statement made);
 * - a `threat` whose modality is `threatened` or `conditional`: the threat was made (that is
 *   the event; the act threatened has not happened, and is never counted as an attack);
 * - anything else — `expected` (observers expect it), `claimed` (a party says it happened, the
 *   source does not confirm it), a `threatened` or `conditional` event of any other type (an
 *   attack that was only threatened) — did not happen, as far as the source knows.
 *
 * @param event - an event record (only `type` and `modality` are read).
 * @returns `true` when the event counts as having happened.
 * @example
 * happened({ type: 'attack', modality: 'expected' }) // => false
 * happened({ type: 'threat', modality: 'conditional' }) // => true
 */
export function happened(event: { readonly type: string; readonly modality: string }): boolean {
  const { type, modality } = event;
  return modality === 'actual' || (type === 'threat' && (modality === 'threatened' || modality === 'conditional'));
}
