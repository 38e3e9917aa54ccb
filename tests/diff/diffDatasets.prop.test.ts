import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { diffDatasets } from '../../src/diff/diffDatasets.js';
import { DIFF_KINDS, type DiffableDataset, type DiffKind } from '../../src/diff/types.js';

/** Naive reference: canonical JSON per record (keys sorted), sets of ids, sorted by code unit. */
const canon = (v: unknown): string =>
  Array.isArray(v) ? `[${v.map(canon).join(',')}]` : v !== null && typeof v === 'object' ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canon((v as Record<string, unknown>)[k])}`).join(',')}}` : JSON.stringify(v);
const sorted = (xs: string[]): string[] => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
function naive(a: DiffableDataset, b: DiffableDataset, kind: DiffKind): { added: string[]; removed: string[]; changed: string[] } {
  const before = new Map(a[kind].map((r) => [r.id, canon(r)]));
  const after = new Map(b[kind].map((r) => [r.id, canon(r)]));
  return {
    added: sorted([...after.keys()].filter((id) => !before.has(id))),
    removed: sorted([...before.keys()].filter((id) => !after.has(id))),
    changed: sorted([...before.keys()].filter((id) => after.has(id) && after.get(id) !== before.get(id))),
  };
}

const edit = fc.record({
  kind: fc.constantFrom(...DIFF_KINDS),
  index: fc.nat(),
  op: fc.constantFrom('remove', 'add', 'set-note', 'set-date', 'drop-field', 'shuffle-keys'),
  text: fc.string({ maxLength: 8 }),
});

describe('diffDatasets against a naive reference', () => {
  it('finds the same records added, removed and changed, in the same order, for any edits', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        const next = JSON.parse(JSON.stringify(dataset)) as Record<DiffKind, Record<string, unknown>[]> & { schemaVersion: string };
        let added = 0;
        for (const { kind, index, op, text } of edits) {
          const list = next[kind];
          if (list.length === 0) continue;
          const i = index % list.length;
          const r = list[i]!;
          if (op === 'remove') list.splice(i, 1);
          else if (op === 'add') list.push({ ...r, id: `new-${text}-${added++}` });
          else if (op === 'set-note') r['note'] = text;
          else if (op === 'set-date') r['date'] = text;
          else if (op === 'drop-field') delete r[Object.keys(r).find((k) => k !== 'id')!];
          else list[i] = Object.fromEntries(Object.entries(r).reverse());
        }
        const diff = diffDatasets(dataset, next as unknown as DiffableDataset);
        for (const kind of DIFF_KINDS) {
          const want = naive(dataset, next as unknown as DiffableDataset, kind);
          expect(diff.added.filter((r) => r.kind === kind).map((r) => r.id)).toEqual(want.added);
          expect(diff.removed.filter((r) => r.kind === kind).map((r) => r.id)).toEqual(want.removed);
          expect(diff.changed.filter((r) => r.kind === kind).map((r) => r.id)).toEqual(want.changed);
          expect(diff.counts[kind].unchanged + want.changed.length + want.removed.length).toBe(dataset[kind].length);
        }
        expect(diff.bump === 'none').toBe(diff.added.length + diff.removed.length + diff.changed.length === 0);
        if (diff.removed.length > 0) expect(diff.bump).toBe('major');
      }),
      { numRuns: 200 },
    );
  });
});
