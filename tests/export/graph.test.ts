import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/bundled/dataset.js';
import { buildGraph } from '../../src/export/buildGraph.js';
import { toDOT } from '../../src/export/toDOT.js';
import { toGraphJSON } from '../../src/export/toGraphJSON.js';
import { toMermaid } from '../../src/export/toMermaid.js';
import { UnknownIdError } from '../../src/errors/UnknownIdError.js';
import { copyMini, miniDataset } from '../fixtures/miniDataset.js';

const mini = { dataset: miniDataset };

describe('buildGraph', () => {
  it('draws relationships between entities and drops untouched entities unless asked', () => {
    const g = buildGraph(mini);
    expect(g.nodes.map((n) => n.id)).toEqual(['group-a', 'umbrella']);
    expect(g.edges).toEqual([{ id: 'group-a-member-of-umbrella', source: 'group-a', target: 'umbrella', label: 'member-of', kind: 'relationship' }]);
    expect(buildGraph({ ...mini, isolated: true }).nodes).toHaveLength(miniDataset.entities.length);
  });

  it('adds events with participation edges and event links', () => {
    const g = buildGraph({ ...mini, events: true });
    expect(g.nodes.filter((n) => n.kind === 'event').map((n) => n.label)).toEqual(['drone-strike 2024-01', 'threat /2024-06-09']);
    expect(g.edges.filter((e) => e.kind === 'participation').map((e) => e.id)).toEqual([
      'attack-one:perpetrator:group-a',
      'attack-one:target:land',
      'threat-one:speaker:umbrella',
    ]);
    expect(g.edges.filter((e) => e.kind === 'event-link').map((e) => [e.source, e.label, e.target])).toEqual([['threat-one', 'follows', 'attack-one']]);
  });

  it('filters by entity ids or callback, predicates and event ids or callback', () => {
    expect(buildGraph({ ...mini, entities: ['group-a'] }).edges).toEqual([]);
    expect(buildGraph({ ...mini, entities: (e) => e.kind === 'organization' }).edges).toHaveLength(1);
    expect(buildGraph({ ...mini, predicates: ['backed-by'] }).edges).toEqual([]);
    const g = buildGraph({ ...mini, events: ['threat-one'], entities: ['umbrella'] });
    expect(g.nodes.map((n) => n.id)).toEqual(['umbrella', 'threat-one']);
    expect(buildGraph({ ...mini, events: (e) => e.modality === 'actual' }).nodes.filter((n) => n.kind === 'event').map((n) => n.id)).toEqual(['attack-one']);
    expect(buildGraph({ ...mini, events: false }).nodes.every((n) => n.kind === 'entity')).toBe(true);
  });

  it('rejects unknown ids with the nearest ones, and filters of the wrong type', () => {
    expect(() => buildGraph({ ...mini, entities: ['group-b'] }, 'toDOT')).toThrow(UnknownIdError);
    expect(() => buildGraph({ ...mini, entities: ['group-b'] }, 'toDOT')).toThrow(/toDOT: unknown entity id 'group-b'; did you mean 'group-a'/);
    expect(() => buildGraph({ ...mini, events: ['attack-two'] })).toThrow(/unknown event id 'attack-two'/);
    expect(() => buildGraph({ ...mini, entities: 'group-a' as never })).toThrow(/entity filter must be an array of ids or a function, got string/);
  });
});

describe('toMermaid', () => {
  it('writes a flowchart with safe node ids and escaped labels', () => {
    const data = copyMini();
    data.entities[2].name = 'Group "A"';
    expect(toMermaid({ dataset: data, events: ['attack-one'] })).toBe(
      [
        'flowchart LR',
        '  n_land["Land"]',
        '  n_group_a["Group #quot;A#quot;"]',
        '  n_umbrella["Umbrella"]',
        '  ev_attack_one("drone-strike 2024-01")',
        '  n_group_a -->|member-of| n_umbrella',
        '  n_group_a -.->|perpetrator| ev_attack_one',
        '  n_land -.->|target| ev_attack_one',
        '',
      ].join('\n'),
    );
  });

  it('draws every bundled relationship once by default', () => {
    const lines = toMermaid().split('\n');
    expect(lines.filter((l) => l.includes('-->|'))).toHaveLength(dataset.relationships.length);
  });
});

describe('toDOT', () => {
  it('writes a digraph with quoted, escaped ids and labels', () => {
    const data = copyMini();
    data.entities[2].name = 'Group "A" \\ B';
    const dot = toDOT({ dataset: data, events: true });
    expect(dot.startsWith('digraph "iraq-militias" {\n  rankdir=LR;\n')).toBe(true);
    expect(dot).toContain('"group-a" [label="Group \\"A\\" \\\\ B", shape=box, type="organization"];');
    expect(dot).toContain('"attack-one" [label="drone-strike 2024-01", shape=ellipse, type="drone-strike"];');
    expect(dot).toContain('"group-a" -> "umbrella" [label="member-of"];');
    expect(dot).toContain('"group-a" -> "attack-one" [label="perpetrator", style=dashed];');
    expect(dot).toContain('"threat-one" -> "attack-one" [label="follows", style=bold];');
    expect(dot.endsWith('}\n')).toBe(true);
  });

  it('writes no control or bidi character raw: escaped as \\u{…}, a line break as DOT\'s \\n', () => {
    const data = copyMini();
    data.entities[2].name = 'A\u001b[31m\u0007\u009b\u202e\u007f\r\nB\\';
    const dot = toDOT({ dataset: data });
    // eslint-disable-next-line no-control-regex
    expect(dot).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(dot).toContain('[label="A\\\\u{1b}[31m\\\\u{7}\\\\u{9b}\\\\u{202e}\\\\u{7f}\\nB\\\\", shape=box');
  });
});

describe('toGraphJSON', () => {
  it('loads into graphology with the same node and edge counts', () => {
    for (const options of [{}, { events: true }, { predicates: ['member-of', 'backed-by'] as const }]) {
      const json = toGraphJSON(options);
      const graph = MultiDirectedGraph.from(json as never);
      const plain = buildGraph(options);
      expect(graph.order).toBe(plain.nodes.length);
      expect(graph.size).toBe(plain.edges.length);
      expect(graph.type).toBe('directed');
      for (const e of plain.edges) expect(graph.source(e.id)).toBe(e.source);
    }
  });

  it('keys edges by relationship id and keeps labels as attributes', () => {
    const graph = new MultiDirectedGraph();
    graph.import(toGraphJSON(mini) as never);
    expect(graph.getEdgeAttributes('group-a-member-of-umbrella')).toEqual({ label: 'member-of', kind: 'relationship' });
    expect(graph.getNodeAttribute('umbrella', 'label')).toBe('Umbrella');
  });

  it('counts every bundled relationship whose ends are entities', () => {
    const graph = MultiDirectedGraph.from(toGraphJSON() as never);
    expect(graph.size).toBe(dataset.relationships.length);
  });
});
