import { PREDICATES, type Predicate } from '../../vocab/relationships.js';

/**
 * A mask over predicate codes (indices into `PREDICATES`, plus the unknown code 255).
 *
 * @param keep - whether chains may use a predicate.
 * @returns 256 bytes, 1 where `keep` holds.
 */
export function predicateMask(keep: (p: Predicate) => boolean): Uint8Array {
  const mask = new Uint8Array(256);
  PREDICATES.forEach((p, i) => {
    if (keep(p)) mask[i] = 1;
  });
  return mask;
}
