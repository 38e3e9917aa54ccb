import { describe, expect, it } from 'vitest';
import { ArgumentRangeError, ArgumentTypeError } from '../../src/index.js';
import * as exporter from '../../src/export/index.js';
import { joinLines, MAX_TEXT_LENGTH } from '../../src/export/joinLines.js';
import { copyMini, miniDataset } from '../fixtures/miniDataset.js';

// The audit's rule for /export: a dataset (or events subset) of the wrong shape, with holes, or
// behind getters and Proxies that throw, is a branded error naming the path of the value and
// what is accepted — never a bare TypeError from deep inside, never the caller's raw error.

const { toCSV, toNDJSON, toGeoJSON, toJSONLD, toMermaid, toMermaidTimeline, toDOT, toGraphJSON, toACLED, toACLEDRows, toUCDPGED, toUCDPGEDRows, toPLOVER, toPLOVERRecords } = exporter;

/** Every export that takes `options.dataset`, by the name its errors start with. */
const EXPORTS: readonly [string, (dataset: unknown) => unknown][] = [
  ['toCSV', (dataset) => toCSV('events', { dataset } as never)],
  ['toCSV', (dataset) => toCSV('evidence', { dataset } as never)],
  ['toNDJSON', (dataset) => toNDJSON('events', { dataset } as never)],
  ['toGeoJSON', (dataset) => toGeoJSON({ dataset } as never)],
  ['toJSONLD', (dataset) => toJSONLD({ dataset } as never)],
  ['toMermaid', (dataset) => toMermaid({ dataset, events: true } as never)],
  ['toMermaidTimeline', (dataset) => toMermaidTimeline({ dataset } as never)],
  ['toDOT', (dataset) => toDOT({ dataset } as never)],
  ['toGraphJSON', (dataset) => toGraphJSON({ dataset } as never)],
  ['toACLED', (dataset) => toACLED({ dataset } as never)],
  ['toACLEDRows', (dataset) => toACLEDRows({ dataset } as never)],
  ['toUCDPGED', (dataset) => toUCDPGED({ dataset } as never)],
  ['toUCDPGEDRows', (dataset) => toUCDPGEDRows({ dataset } as never)],
  ['toPLOVER', (dataset) => toPLOVER({ dataset } as never)],
  ['toPLOVERRecords', (dataset) => toPLOVERRecords({ dataset } as never)],
];

class Hostile extends Error {}
const boom = (): never => {
  throw new Hostile('boom');
};
const throwingProxy = (target: object): object =>
  new Proxy(target, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom });

/** Runs `fn` and returns what it threw (or fails the test when it returns). */
function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

/** A branded error whose message starts with the export's name and matches `pattern`. */
function expectBranded(name: string, fn: () => unknown, pattern: RegExp): Error {
  const error = thrown(fn);
  expect(ArgumentTypeError.is(error) || ArgumentRangeError.is(error), `${name}: ${error.name}: ${error.message}`).toBe(true);
  expect(error.message.startsWith(`${name}: `), error.message).toBe(true);
  expect(error.message).toMatch(pattern);
  expect(error.message.length).toBeLessThan(1_000);
  return error;
}

const with_ = (change: (d: any) => void): unknown => {
  const d = copyMini();
  change(d);
  return d;
};

describe('/export: a given dataset is checked once, up front, naming the path', () => {
  const cases: readonly [string, unknown, RegExp][] = [
    ['a hole in events', with_((d) => (d.events = [d.events[0], , d.events[1]])), /dataset\.events\[1\]: a hole in the array; accepted: an event record/],
    ['an event without evidence', with_((d) => delete d.events[0].evidence), /dataset\.events\[0\]\.evidence: expected an array \(each element an evidence entry \({ source, paragraphs }\)\)/],
    ['a name that is a number', with_((d) => (d.entities[2].name = 42)), /dataset\.entities\[2\]\.name: expected a string .*got 42/],
    ['a participant that is null', with_((d) => (d.events[0].participants[1] = null)), /dataset\.events\[0\]\.participants\[1\]: expected a participant/],
    ['a paragraph that is a string', with_((d) => (d.events[1].evidence[0].paragraphs = ['5'])), /dataset\.events\[1\]\.evidence\[0\]\.paragraphs\[0\]: expected a number .*got '5'/],
    ['a coordinate that is a string', with_((d) => (d.entities[1].coordinates.lat = '10')), /dataset\.entities\[1\]\.coordinates\.lat: expected a number/],
    ['a killed count that is a string', with_((d) => (d.events[0].casualties.killed.low = 'three')), /dataset\.events\[0\]\.casualties\.killed\.low: expected a number or null/],
    ['an unknown event type', with_((d) => (d.events[0].type = 'drone-attack')), /dataset\.events\[0\]\.type: 'drone-attack' is not one of the accepted values: attack, /],
    ['an unknown role', with_((d) => (d.events[0].participants[0].role = 'attacker')), /dataset\.events\[0\]\.participants\[0\]\.role: 'attacker' is not one of the accepted values/],
    ['an unknown predicate', with_((d) => (d.relationships[0].predicate = 'backs')), /dataset\.relationships\[0\]\.predicate: 'backs' is not one/],
    ['a date that is not EDTF', with_((d) => (d.events[1].date = 'June')), /dataset\.events\[1\]\.date: 'June' is not an EDTF date/],
    ['a source that is an id', with_((d) => (d.sources = ['src-a'])), /dataset\.sources\[0\]: got the id 'src-a'; accepted: a source record/],
    ['an alias that is not a string', with_((d) => (d.entities[0].aliases = [1])), /dataset\.entities\[0\]\.aliases\[0\]: expected a string/],
    ['attributedTo missing', with_((d) => delete d.events[0].attributedTo), /dataset\.events\[0\]\.attributedTo: expected an entity id \(a string\) or null/],
  ];
  for (const [what, dataset, pattern] of cases) {
    it(`${what}: every export names it`, () => {
      for (const [name, run] of EXPORTS) expectBranded(name, () => run(dataset), pattern);
    });
  }

  it('a getter that throws on the dataset is named, with the error as its cause', () => {
    const dataset = {
      ...copyMini(),
      get events() {
        return boom();
      },
    };
    for (const [name, run] of EXPORTS) {
      const error = expectBranded(name, () => run(dataset), /dataset\.events: could not be read \(reading it threw Error: boom\)/);
      expect(error.cause).toBeInstanceOf(Hostile);
    }
  });

  it('a throwing Proxy as the dataset, a record array or a record is named, never passed through raw', () => {
    const asDataset = throwingProxy(copyMini());
    const asEvents = with_((d) => (d.events = throwingProxy(d.events)));
    const asEntities = with_((d) => (d.entities = throwingProxy(d.entities)));
    const asRecord = with_((d) => (d.events[1] = throwingProxy(d.events[1])));
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const [name, run] of EXPORTS) {
      expect(thrown(() => run(asDataset)).cause).toBeInstanceOf(Hostile);
      expectBranded(name, () => run(asDataset), /dataset\.sources: could not be read/);
      expectBranded(name, () => run(asEvents), /dataset\.events: could not be read/);
      expectBranded(name, () => run(asEntities), /dataset\.entities: could not be read/);
      expectBranded(name, () => run(asRecord), /dataset\.events\[1\]: could not be read/);
      expectBranded(name, () => run(revoked.proxy), /dataset\.sources: could not be read/);
    }
  });

  it('a getter that answers differently the second time cannot slip past the check: each value is read once', () => {
    let reads = 0;
    const event = { ...copyMini().events[0] };
    Object.defineProperty(event, 'participants', {
      enumerable: true,
      get: () => (++reads === 1 ? [{ entity: 'group-a', role: 'perpetrator' }] : 'not an array'),
    });
    const dataset = with_((d) => (d.events = [event]));
    for (const [, run] of EXPORTS) {
      reads = 0;
      expect(() => run(dataset)).not.toThrow();
      expect(reads).toBe(1);
    }
  });

  it('the same checks apply to options.events (a subset)', () => {
    const [first, second] = copyMini().events;
    const subsets: readonly [string, (events: unknown) => unknown][] = [
      ['toCSV', (events) => toCSV('events', { events } as never)],
      ['toGeoJSON', (events) => toGeoJSON({ events } as never)],
      ['toJSONLD', (events) => toJSONLD({ events } as never)],
      ['toNDJSON', (events) => toNDJSON('events', { events } as never)],
      ['toACLEDRows', (events) => toACLEDRows({ events } as never)],
      ['toPLOVERRecords', (events) => toPLOVERRecords({ events } as never)],
      ['toUCDPGEDRows', (events) => toUCDPGEDRows({ events } as never)],
    ];
    for (const [name, run] of subsets) {
      expectBranded(name, () => run([first, , second]), /options\.events\[1\]: a hole in the array/);
      expectBranded(name, () => run([, second]), /options\.events\[0\]: a hole in the array/);
      expectBranded(name, () => run([{ ...first, evidence: undefined }]), /options\.events\[0\]\.evidence: expected an array/);
      expectBranded(name, () => run(throwingProxy([first])), /options\.events: could not be read/);
    }
  });

  it('a valid dataset exports as before: the copy is equal to what was given', () => {
    expect(toNDJSON('entities', { dataset: miniDataset })).toBe(miniDataset.entities.map((e) => `${JSON.stringify(e)}\n`).join(''));
    expect(toCSV('events', { dataset: copyMini() })).toBe(toCSV('events', { dataset: miniDataset }));
  });

  it('a field JSON cannot write, passed through as given, is named by its record', () => {
    const dataset = with_((d) => (d.sources[0].extra = 1n));
    expectBranded('toNDJSON', () => toNDJSON('sources', { dataset } as never), /record 'src-a' cannot be written as JSON \(TypeError: .*BigInt/);
  });
});

describe('/export helpers under hostile values', () => {
  it('formatCsv: a cell that is not a string, number, boolean or null is named; a throwing Proxy is explained', () => {
    expect(() => exporter.formatCsv(['a'], [[Object.create(null)]])).toThrow(/^formatCsv: rows\[0\]\[0\]: expected a cell value: a string, number, boolean, or null/);
    expect(ArgumentTypeError.is(thrown(() => exporter.formatCsv(['a'], [[Symbol('s')] as never])))).toBe(true);
    const error = thrown(() => exporter.formatCsv(['a'], throwingProxy([['x']]) as never));
    expect(error.message).toMatch(/^formatCsv: rows could not be read \(reading it threw Error: boom\)/);
    expect(error.cause).toBeInstanceOf(Hostile);
    expect(thrown(() => exporter.formatCsv(['a'], [throwingProxy(['x'])] as never)).message).toMatch(/^formatCsv: rows\[0\] could not be read/);
  });

  it('mainActors: a getter that throws is named; participants are read once', () => {
    const error = thrown(() =>
      exporter.mainActors({
        get participants() {
          return boom();
        },
      } as never),
    );
    expect(ArgumentTypeError.is(error)).toBe(true);
    expect(error.message).toMatch(/^mainActors: event\.participants: could not be read \(reading it threw Error: boom\)/);
    expect(error.cause).toBeInstanceOf(Hostile);
    expect(() => exporter.mainActors({ participants: [{ entity: 'a', role: 7 }] } as never)).toThrow(/^mainActors: event\.participants\[0\]\.role: expected a role/);
    let reads = 0;
    const p = { entity: 'a', get role() {
      return ++reads === 1 ? 'perpetrator' : 'target';
    } };
    expect(exporter.mainActors({ participants: [p] } as never).actor1).toBe(p);
    expect(reads).toBe(1);
  });

  it('toMermaid: a Proxy predicates list is read once, so the value checked is the value used', () => {
    let reads = 0;
    const predicates = new Proxy(['member-of'], {
      get: (target, key, receiver) => (key === '0' ? (++reads === 1 ? 'member-of' : 'not-a-predicate') : Reflect.get(target, key, receiver)),
    });
    const out = toMermaid({ dataset: miniDataset, predicates } as never);
    expect(out).toContain('n_group_a -->|member-of| n_umbrella');
    expect(reads).toBe(1);
    expect(() => toMermaid({ predicates: throwingProxy(['member-of']) } as never)).toThrow(/^toMermaid: options\.predicates: could not be read/);
    expect(() => toMermaid({ entities: [, 'iran'] } as never)).toThrow(/^toMermaid: options\.entities\[0\]: a hole in the array/);
  });

  it('a filter callback that throws is named, with the entity it was given', () => {
    const error = thrown(() => toDOT({ dataset: miniDataset, entities: (e) => (e.id === 'town' ? boom() : true) }));
    expect(error.message).toMatch(/^toDOT: the options\.entities callback threw on entity 'town' \(Error: boom\)/);
    expect(error.cause).toBeInstanceOf(Hostile);
  });
});

describe('/export: every option error is one of the branded classes', () => {
  it.each([
    ['toCSV: table', () => toCSV('nope' as never)],
    ['toMermaid: options.predicates', () => toMermaid({ predicates: 'member-of' } as never)],
    ['toMermaid: options.predicates', () => toMermaid({ predicates: ['backs'] } as never)],
    ['toMermaid: options.predicates', () => toMermaid({ predicates: ['memberof'] } as never)],
    ['toDOT: options.entities', () => toDOT({ entities: 42 } as never)],
    ['toDOT: options.entities', () => toDOT({ entities: [42] } as never)],
    ['toDOT: options.events', () => toDOT({ events: 'all' } as never)],
    ['toACLED: options.includeClaimed', () => toACLED({ includeClaimed: 'yes' } as never)],
    ['toMermaidTimeline: options.title', () => toMermaidTimeline({ title: 7 } as never)],
    ['mainActors: event', () => exporter.mainActors('tower-22-drone-attack' as never)],
  ])('%s', (argument, fn) => {
    const error = thrown(fn);
    expect(ArgumentTypeError.is(error) || ArgumentRangeError.is(error), error.message).toBe(true);
    expect((error as ArgumentTypeError).argument).toBe(argument);
  });
});

describe('/export: labels cannot break out of their line, node or fence', () => {
  const nasty = 'Evil"]\n```\nend\r\n# x\u001b[2J\u202e`';
  const dataset = with_((d) => {
    d.entities[2].name = nasty;
    d.entities[3].name = 'Umbrella\u2028two';
  });

  it('toMermaid: one line per node and edge, no raw control character, no fence, no bare quote in a label', () => {
    const out = toMermaid({ dataset } as never);
    const lines = out.trimEnd().split('\n');
    // flowchart + 4 nodes (group-a, umbrella … as kept) + 1 edge: each on its own line
    expect(lines[0]).toBe('flowchart LR');
    expect(lines.every((l, i) => i === 0 || l.startsWith('  n_'))).toBe(true);
    expect(out).not.toMatch(/[\r\u001b\u2028\u202e`]/);
    expect(out).toContain('n_group_a["Evil#quot;]#10;#96;#96;#96;#10;end#13;#10;#35; x#27;[2J#8238;#96;"]');
    expect(out).toContain('n_umbrella["Umbrella#8232;two"]');
  });

  it('toMermaid: an id with characters a slug has not stays one node token', () => {
    const odd = with_((d) => {
      d.entities[2].id = 'a b["x"]\nc';
      d.relationships[0].subject = 'a b["x"]\nc';
    });
    const out = toMermaid({ dataset: odd } as never);
    expect(out).toContain('n_a_u20_b_u5b__u22_x_u22__u5d__ua_c["Group A"]');
    expect(out.trimEnd().split('\n')).toHaveLength(4);
  });

  it('toDOT: a line break in a label is DOT\'s \\n, never a raw one', () => {
    const out = toDOT({ dataset } as never);
    expect(out.trimEnd().split('\n').every((l) => l === 'digraph "iraq-militias" {' || l === '  rankdir=LR;' || l === '}' || l.startsWith('  "'))).toBe(true);
    expect(out).toContain('label="Evil\\"]\\n```\\nend\\n# x');
  });

  it('toMermaidTimeline: control characters and backticks become spaces', () => {
    const timeline = with_((d) => (d.entities[2].name = 'G\u001b[31m`\r\nA'));
    const out = toMermaidTimeline({ dataset: timeline } as never);
    expect(out).not.toMatch(/[\r\u001b`]/);
    expect(out).toContain('- G [31m A → Land');
  });
});

describe('/export: output too long for one string', () => {
  it('MAX_TEXT_LENGTH is V8\'s limit: one more character cannot be a string', () => {
    expect(() => 'x'.repeat(MAX_TEXT_LENGTH + 1)).toThrow(RangeError);
  });
  it('is a clear, branded error naming the limit, where it was reached, and what to use instead, before the text is built', () => {
    let made = 0;
    const error = thrown(() =>
      joinLines('toACLED', '', 1_000, (i) => {
        made++;
        return `row ${i}`;
      }, '\r\n', 'toACLEDRows gives the rows', 50),
    );
    expect(ArgumentRangeError.is(error)).toBe(true);
    expect(error.message).toBe('toACLED: the output would be longer than 50 characters (reached at record 8 of 1000), the longest string JavaScript can hold; export this dataset in parts instead: toACLEDRows gives the rows');
    expect(made).toBe(8);
    expect(joinLines('toNDJSON', '\uFEFF', 2, (i) => `${i}`, '\n', '', 50)).toBe('\uFEFF0\n1\n');
  });
});
