import { describe, expect, it } from 'vitest';
import { path } from '../../src/query/path.js';

describe('path (bundled data)', () => {
  it('the chain that links Kataib Hezbollah to Iran: it is backed by Iran', () => {
    const p = path('kataib-hezbollah', 'iran')!;
    expect(p.steps.map((s) => `${s.from.id} ${s.predicate} ${s.to.id}`)).toEqual(['kataib-hezbollah backed-by iran']);
    expect(p.steps[0]!.relationship.id).toBe('kataib-hezbollah-backed-by-iran');
  });

  it('links Abu Mahdi al-Muhandis to Iran through the group he led', () => {
    const p = path('abu-mahdi-al-muhandis', 'iran')!;
    expect(p.entities.map((e) => e.id)).toEqual(['abu-mahdi-al-muhandis', 'kataib-hezbollah', 'iran']);
    expect(p.steps.map((s) => s.predicate)).toEqual(['leader-of', 'backed-by']);
  });
});
