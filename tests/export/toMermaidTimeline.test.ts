import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { knownSpan } from '../../src/dates/knownSpan.js';
import { parseEdtf } from '../../src/dates/parseEdtf.js';
import { timeline } from '../../src/query/timeline.js';
import { toMermaidTimeline } from '../../src/export/toMermaidTimeline.js';
import { miniDataset } from '../fixtures/miniDataset.js';

/** The entry lines of a timeline, each with the period it falls under (a bare ': x' continues the last one). */
function entries(source: string): { section: string; period: string; text: string }[] {
  const out: { section: string; period: string; text: string }[] = [];
  let section = '';
  let period = '';
  for (const line of source.split('\n')) {
    const s = /^ {2}section (.+)$/.exec(line);
    if (s) {
      section = s[1]!;
      continue;
    }
    const e = /^ {4}(?:(\S+) )?: (.+)$/.exec(line);
    if (e) {
      if (e[1] !== undefined) period = e[1];
      out.push({ section, period, text: e[2]! });
    }
  }
  return out;
}

describe('toMermaidTimeline', () => {
  it('draws what happened, as timeline() counts it, once each and in its order, an unknown start at its known end', () => {
    const rows = entries(toMermaidTimeline());
    const order = timeline();
    expect(rows).toHaveLength(order.length);
    expect(rows.length).toBeLessThan(dataset.events.length);
    expect(rows.map((r) => r.period)).toEqual(order.map((e) => e.date));
    // listing every modality draws every event, in the same order as timeline({ modality: 'any' })
    const all = entries(toMermaidTimeline({ modalities: ['actual', 'threatened', 'conditional', 'expected', 'claimed'] }));
    expect(all).toHaveLength(dataset.events.length);
    expect(all.map((r) => r.period)).toEqual(timeline({ modality: 'any' }).map((e) => e.date));
    for (const r of rows) expect(r.section).toBe(String(new Date(knownSpan(parseEdtf(r.period)).first * 86_400_000).getUTCFullYear()));
    // the talks ('/2024-06-09') are in 2024, not in an undated section after everything else
    expect(rows.some((r) => r.section === 'undated')).toBe(false);
    expect(rows.find((r) => r.period === '/2020')?.section).toBe('2020');
  });

  it('labels an event by type, modality, place and main actors', () => {
    const text = toMermaidTimeline();
    expect(text.startsWith('timeline\n  title Iran-backed militias in Iraq')).toBe(true);
    expect(text).toContain('2024-04-13 : Missile strike - Iran → Israel');
    expect(text).toContain('Drone strike in Tower 22 - Islamic Resistance in Iraq → US forces');
    expect(text).toContain('Threat (conditional) - Harakat Hezbollah Al Nujaba → Israel');
  });

  it('keeps only the modalities asked for, and works on any dataset', () => {
    const actual = entries(toMermaidTimeline({ modalities: ['actual'] }));
    expect(actual).toHaveLength(dataset.events.filter((e) => e.modality === 'actual').length);
    expect(actual.some((r) => r.text.includes('(threatened)'))).toBe(false);
    const mini = toMermaidTimeline({ dataset: miniDataset, title: 'Mini: test; #1' });
    expect(mini.split('\n')[1]).toBe('  title Mini test 1');
    expect(entries(mini).map((r) => r.period)).toEqual(['2024-01', '/2024-06-09']);
  });

  it('never lets a colon, semicolon or hash from the data break the diagram', () => {
    const tricky = {
      ...miniDataset,
      entities: miniDataset.entities.map((e) => (e.id === 'group-a' ? { ...e, name: 'Group: A; #1' } : e)),
    };
    const row = entries(toMermaidTimeline({ dataset: tricky }))[0]!;
    expect(row.text).toBe('Drone strike in Town - Group A 1 → Land');
  });

  it('rejects something that is not a dataset with a clear error', () => {
    expect(() => toMermaidTimeline({ dataset: 42 as never })).toThrow(/toMermaidTimeline: options.dataset must be a dataset object/);
  });
});
