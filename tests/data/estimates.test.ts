import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import type { DatasetRecord } from '../../src/schema/types.js';
import { estimateRule } from './support/estimateRule.js';
import { normalise } from './support/names.js';
import { loadSourceTexts, requireSourceTexts } from './support/sourceText.js';

// Item 4 of issue 8: one estimate rule (README, "Estimates"), applied to every estimate.
const data: DatasetRecord = dataset;
const texts = loadSourceTexts(data.sources.map((s) => s.id));

interface EstimateLike {
  readonly low: number | null;
  readonly best: number | null;
  readonly high: number | null;
  readonly text?: string | undefined;
}
type Located = { where: string; estimate: EstimateLike; evidence: DatasetRecord['events'][number]['evidence'] };

function estimatesOf(d: DatasetRecord): Located[] {
  const out: Located[] = [];
  for (const e of d.events) {
    if (e.casualties?.killed) out.push({ where: `event ${e.id} killed`, estimate: e.casualties.killed, evidence: e.evidence });
    if (e.casualties?.wounded) out.push({ where: `event ${e.id} wounded`, estimate: e.casualties.wounded, evidence: e.evidence });
    if (e.quantity) out.push({ where: `event ${e.id} quantity`, estimate: e.quantity, evidence: e.evidence });
  }
  for (const r of d.relationships) if (r.quantity) out.push({ where: `relationship ${r.id} quantity`, estimate: r.quantity, evidence: r.evidence });
  return out;
}

/** Every break of the rule: no words, words no rule covers, or bounds other than the rule's. */
function ruleProblems(d: DatasetRecord): string[] {
  return estimatesOf(d).flatMap(({ where, estimate }) => {
    if (estimate.text === undefined) return [`${where}: has no text, so the rule cannot be checked`];
    const expected = estimateRule(estimate.text);
    if (typeof expected === 'string') return [`${where}: ${expected}`];
    const got = { low: estimate.low, best: estimate.best, high: estimate.high };
    return JSON.stringify(got) === JSON.stringify(expected) ? [] : [`${where}: "${estimate.text}" gives ${JSON.stringify(expected)}, not ${JSON.stringify(got)}`];
  });
}

describe('the estimate rule', () => {
  it('maps the report’s words to bounds', () => {
    expect(estimateRule('nearly 200')).toEqual({ low: null, best: null, high: 200 });
    expect(estimateRule('about 2,500')).toEqual({ low: null, best: 2500, high: null });
    expect(estimateRule('more than 40')).toEqual({ low: 40, best: null, high: null });
    expect(estimateRule('barely muster more than five to 10')).toEqual({ low: 5, best: null, high: 10 });
    expect(estimateRule('three soldiers')).toEqual({ low: 3, best: 3, high: 3 });
    expect(estimateRule('dozens')).toEqual({ low: 24, best: null, high: null });
    expect(estimateRule('scores of the fighters')).toEqual({ low: 40, best: null, high: null });
    expect(estimateRule('hundreds')).toEqual({ low: 200, best: null, high: null });
    expect(estimateRule('two senior … generals and five other officers')).toEqual({ low: 7, best: null, high: null });
    expect(estimateRule('the group’s leader … alongside senior Iranian general')).toEqual({ low: 2, best: null, high: null });
    expect(estimateRule('members of the group')).toEqual({ low: 2, best: null, high: null });
    expect(estimateRule('a lot')).toMatch(/no estimate rule covers/);
  });

  it('every estimate in the data follows it', () => {
    expect(estimatesOf(data).length).toBeGreaterThan(5);
    expect(ruleProblems(data)).toEqual([]);
  });

  it('fails on purpose-broken data: a best and high the report does not give', () => {
    const events = data.events.map((e) =>
      e.id === 'israeli-strike-on-iranian-embassy' ? { ...e, casualties: { killed: { ...e.casualties!.killed!, best: 7, high: 7 } } } : e,
    );
    expect(ruleProblems({ ...data, events })).toEqual([
      'event israeli-strike-on-iranian-embassy killed: "two senior … generals and five other officers" gives {"low":7,"best":null,"high":null}, not {"low":7,"best":7,"high":7}',
    ]);
  });

  it('every estimate’s words are the report’s, found in a paragraph the record cites (… joins pieces)', () => {
    if (!requireSourceTexts(texts, 'the estimate-words test')) return;
    const missing = estimatesOf(data).filter(({ estimate, evidence }) => {
      const pieces = estimate.text!.split('…').map(normalise).filter((p) => p.length > 0);
      const cited = evidence.flatMap((ev) => ev.paragraphs.map((p) => normalise(texts.paragraphs.get(ev.source)![p - 1] ?? '')));
      return !cited.some((para) => pieces.every((piece) => ` ${para} `.includes(` ${piece} `)));
    });
    expect(missing.map((m) => `${m.where}: "${m.estimate.text}"`)).toEqual([]);
  });
});
