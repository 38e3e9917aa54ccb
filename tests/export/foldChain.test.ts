import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldChain } from '../../src/export/foldChain.js';
import type { EntityRecord } from '../../src/schema/types.js';

const entity = (id: string, state: boolean): EntityRecord =>
  ({ id, kind: state ? 'state' : 'place', name: id, aliases: [], description: 'd', evidence: [], certainty: 'stated' }) as unknown as EntityRecord;
const firstState = (e: EntityRecord, ahead: EntityRecord | null): EntityRecord | null => (e.kind === 'state' ? e : ahead);

/** The naive reference: walk up from the entity, stopping at the first repeat; the first state met. */
function naive(start: EntityRecord, parentOf: (e: EntityRecord) => EntityRecord | undefined): EntityRecord | null {
  const seen = new Set<string>();
  for (let at: EntityRecord | undefined = start; at !== undefined && !seen.has(at.id); at = parentOf(at)) {
    if (at.kind === 'state') return at;
    seen.add(at.id);
  }
  return null;
}

describe('foldChain', () => {
  it('equals a naive walk for every entity of random parent graphs (chains, trees, cycles), with one memo for all', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.option(fc.nat(), { nil: undefined }), fc.boolean()), { minLength: 1, maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 60 }),
        (spec, order) => {
          const all = spec.map(([, state], i) => entity(`e${i}`, state));
          const parent = new Map<string, EntityRecord>(spec.flatMap(([p], i) => (p === undefined ? [] : [[`e${i}`, all[p % all.length]!] as [string, EntityRecord]])));
          const parentOf = (e: EntityRecord) => parent.get(e.id);
          const memo = new Map<string, EntityRecord | null>();
          for (const k of [...order, ...all.keys()]) {
            const e = all[k % all.length]!;
            expect(foldChain(e, parentOf, firstState, null, memo)?.id ?? null).toBe(naive(e, parentOf)?.id ?? null);
          }
        },
      ),
    );
  });

  it('walks each entity once in all when one memo is shared', () => {
    const chain = Array.from({ length: 1000 }, (_, i) => entity(`p${i}`, i === 999));
    let reads = 0;
    const parentOf = (e: EntityRecord) => {
      reads++;
      return chain[Number(e.id.slice(1)) + 1];
    };
    const memo = new Map<string, EntityRecord | null>();
    for (const e of chain) expect(foldChain(e, parentOf, firstState, null, memo)?.id).toBe('p999');
    expect(reads).toBeLessThanOrEqual(chain.length);
  });
});
