import { describe, expect, it } from 'vitest';
import { getEvent } from '../../src/bundled/getEvent.js';
import * as exporter from '../../src/export/index.js';

const { toCSV, toNDJSON, toGeoJSON, toJSONLD, toMermaid, toMermaidTimeline, toDOT, toGraphJSON, buildGraph } = exporter;
const anyOptions = (o: unknown) => o as never;

/** Every export function with an options argument, called with `options`. */
const exporters: Record<string, (options: unknown) => unknown> = {
  toCSV: (o) => toCSV('events', anyOptions(o)),
  toNDJSON: (o) => toNDJSON('events', anyOptions(o)),
  toGeoJSON: (o) => toGeoJSON(anyOptions(o)),
  toJSONLD: (o) => toJSONLD(anyOptions(o)),
  toMermaid: (o) => toMermaid(anyOptions(o)),
  toMermaidTimeline: (o) => toMermaidTimeline(anyOptions(o)),
  toDOT: (o) => toDOT(anyOptions(o)),
  toGraphJSON: (o) => toGraphJSON(anyOptions(o)),
  buildGraph: (o) => buildGraph(anyOptions(o)),
};

describe('/export is strict on options', () => {
  for (const [name, run] of Object.entries(exporters)) {
    it(`${name} rejects null, non-objects and unknown option names, naming the accepted ones`, () => {
      expect(() => run(null)).toThrow(new RegExp(`^${name}: options: expected an object of options \\(dataset.*\\) or nothing, got null$`));
      expect(() => run('events')).toThrow(TypeError);
      expect(() => run({ datset: {} })).toThrow(new RegExp(`^${name}: unknown option 'datset'; did you mean 'dataset'\\?.*Accepted options: dataset`));
      expect(() => run({ dataset: 'bundled' })).toThrow(TypeError);
      expect(run(undefined)).toBeDefined();
    });
  }

  it('an option inherited from a polluted prototype is never read', () => {
    const options = Object.create({ dataset: 42, events: 'x', predicates: ['nope'] }) as object;
    expect(toCSV('events', options as never)).toBe(toCSV('events'));
    expect(toMermaid(options as never)).toBe(toMermaid());
  });

  it("toCSV: { boms: true } suggests 'bom'; bom and formulas take their own values", () => {
    expect(() => toCSV('events', anyOptions({ boms: true }))).toThrow(/unknown option 'boms'; did you mean 'bom'\?/);
    expect(() => toCSV('events', anyOptions({ bom: 'yes' }))).toThrow(/option 'bom' must be true or false, got 'yes'/);
    expect(() => toCSV('events', anyOptions({ formulas: 'off' }))).toThrow(/option 'formulas' must be 'escape' or 'raw', got 'off'/);
  });

  it('ids where event records are expected get a clear error, not a TypeError from inside', () => {
    for (const run of [exporters.toCSV!, exporters.toNDJSON!, exporters.toGeoJSON!, exporters.toJSONLD!]) {
      expect(() => run({ events: ['tower-22-drone-attack'] })).toThrow(/option 'events' takes event records .*not ids; got 'tower-22-drone-attack' at \[0\]/);
      expect(() => run({ events: 'tower-22-drone-attack' })).toThrow(/option 'events' takes an array of event records, got string/);
      expect(() => run({ events: [null] })).toThrow(/options\.events\[0\]: expected an event record .*got null/);
      // a hole in a sparse array is not a record either (forEach would skip it)
      expect(() => run({ events: [, getEvent('tower-22-drone-attack')] })).toThrow(/options\.events\[0\]: a hole in the array; accepted: an event record/);
      expect(() => run({ events: [getEvent('tower-22-drone-attack')] })).not.toThrow();
    }
  });

  it("predicates: an inverse name is explained ('backs' → 'backed-by'), a typo gets a suggestion, a string is refused", () => {
    expect(() => toMermaid({ predicates: ['backs'] as never })).toThrow(
      /option 'predicates' has 'backs', the inverse of 'backed-by': relationships are stored as 'subject backed-by object'/,
    );
    expect(() => toMermaid({ predicates: ['memberof'] as never })).toThrow(/unknown value 'memberof'; did you mean 'member-of'/);
    expect(() => toDOT({ predicates: 'member-of' as never })).toThrow(/option 'predicates' takes an array of values/);
    expect(() => toGraphJSON({ predicates: [3] as never })).toThrow(TypeError);
    expect(toMermaid({ predicates: ['backed-by'] })).toContain('backed-by');
  });

  it("modalities: 'Actual' → 'actual'; a string instead of an array is refused; title must be text", () => {
    expect(() => toMermaidTimeline({ modalities: ['Actual'] as never })).toThrow(/unknown value 'Actual'; did you mean 'actual'/);
    expect(() => toMermaidTimeline({ modalities: 'actual' as never })).toThrow(TypeError);
    expect(() => toMermaidTimeline({ title: 5 as never })).toThrow(/option 'title' takes a string, got number/);
    expect(toMermaidTimeline({ modalities: ['actual'] })).toContain('timeline');
  });

  it('graph filters: isolated must be boolean, events true/false/ids/function, ids must be strings', () => {
    expect(() => toMermaid({ isolated: 'yes' as never })).toThrow(/option 'isolated' must be true or false/);
    expect(() => toMermaid({ events: 'all' as never })).toThrow(/option 'events' takes true, false, an array of event ids or a function, got string/);
    expect(() => toMermaid({ entities: [{ id: 'iran' }] as never })).toThrow(/entity filter takes entity ids \(strings\), got an object \(pass its id\)/);
  });
});

describe('formatCsv and mainActors are strict too', () => {
  it('formatCsv rejects non-array rows, unknown options and bad values', () => {
    expect(() => exporter.formatCsv(['a'], 'x' as never)).toThrow(/^formatCsv: takes the header/);
    expect(() => exporter.formatCsv(['a'], [['x']], { formula: 'raw' } as never)).toThrow(/unknown option 'formula'; did you mean 'formulas'\?/);
    expect(() => exporter.formatCsv(['a'], [['x']], { formulas: 'none' } as never)).toThrow(/option 'formulas' must be 'escape' or 'raw'/);
    expect(() => exporter.formatCsv(['a'], [['x']], null as never)).toThrow(/^formatCsv: options: expected an object of options \(bom, formulas\) or nothing, got null$/);
  });

  it('mainActors takes an event record, not its id', () => {
    expect(() => exporter.mainActors('tower-22-drone-attack' as never)).toThrow(/^mainActors: takes an event record .*pass getEvent\(id\)/);
    expect(() => exporter.mainActors(null as never)).toThrow(TypeError);
    expect(exporter.mainActors(getEvent('tower-22-drone-attack')).actor1?.entity).toBe('islamic-resistance-in-iraq');
  });
});
