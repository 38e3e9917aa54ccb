import { describe, expect, expectTypeOf, it } from 'vitest';
import type { DirectedPredicate, InversePredicate } from '../../src/query/types.js';
import { PREDICATE_INFO, PREDICATES, type Predicate } from '../../src/vocab/relationships.js';

/** Every inverse name, as the type lists them; a missing or extra one is a compile error here. */
const INVERSES: Readonly<Record<InversePredicate, true>> = {
  'has-member': true,
  'has-part': true,
  'location-of': true,
  hosts: true,
  'led-by': true,
  'has-spokesperson': true,
  'has-official': true,
  backs: true,
  arms: true,
  funds: true,
  'opposed-by': true,
  'fought-by': true,
  'has-contributor': true,
};

describe('query types', () => {
  it('InversePredicate lists exactly the inverse names of PREDICATE_INFO (symmetric predicates read the same both ways)', () => {
    const derived = PREDICATES.filter((p) => !PREDICATE_INFO[p].symmetric).map((p) => PREDICATE_INFO[p].inverse);
    expect(Object.keys(INVERSES).sort()).toEqual([...derived].sort());
    for (const p of PREDICATES.filter((q) => PREDICATE_INFO[q].symmetric)) expect(PREDICATE_INFO[p].inverse).toBe(p);
  });

  it('DirectedPredicate is a predicate or an inverse name', () => {
    expectTypeOf<Predicate>().toExtend<DirectedPredicate>();
    expectTypeOf<InversePredicate>().toExtend<DirectedPredicate>();
    expectTypeOf<'likes'>().not.toExtend<DirectedPredicate>();
  });
});
