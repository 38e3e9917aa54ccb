import { buildGraph, type GraphOptions } from './buildGraph.js';

/** A node id Mermaid reads as one token: a slug's hyphens as underscores; any other character (never in valid data) as `_u<hex>_`. */
const nodeId = (kind: 'entity' | 'event', id: string): string =>
  `${kind === 'entity' ? 'n' : 'ev'}_${id.replace(/[^A-Za-z0-9-]/gu, (ch) => `_u${ch.codePointAt(0)!.toString(16)}_`).replaceAll('-', '_')}`;
/**
 * A label inside `["…"]`: `#` and `"` as Mermaid entity codes (`#35;`, `#quot;`), and every
 * character that could end the line or the Markdown fence the diagram sits in, or hide text
 * (controls, line separators, bidi overrides, the backtick), as a numeric entity code, so a label
 * can never break out of its node, its line or its code block.
 */
const text = (s: string): string =>
  s.replace(/[#"`\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, (ch) => (ch === '"' ? '#quot;' : `#${ch.codePointAt(0)};`));

/**
 * Draws the actor network as a Mermaid flowchart: entities as boxes (`n_<id>`, hyphens as
 * underscores), relationships as labelled arrows subject → object; with `events`, events as
 * rounded nodes (`ev_<id>`), participations as dotted arrows labelled with the role, event links
 * as thick arrows.
 *
 * @param filters - which entities, predicates and events to draw, and the dataset ({@link GraphOptions}).
 * @returns the Mermaid source, starting `flowchart LR`.
 * @throws {UnknownIdError} for an unknown entity or event id in the filters.
 * @example
 * toMermaid({ entities: ['kataib-hezbollah', 'iran'] })
 * // => 'flowchart LR\n  n_kataib_hezbollah["Kataib Hezbollah"]\n  n_iran["Iran"]\n  n_kataib_hezbollah -->|backed-by| n_iran\n'
 */
export function toMermaid(filters: GraphOptions = {}): string {
  const graph = buildGraph(filters, 'toMermaid');
  const kindOf = new Map(graph.nodes.map((n) => [n.id, n.kind]));
  const lines = ['flowchart LR'];
  for (const n of graph.nodes) {
    lines.push(n.kind === 'entity' ? `  ${nodeId('entity', n.id)}["${text(n.label)}"]` : `  ${nodeId('event', n.id)}("${text(n.label)}")`);
  }
  const arrow = { relationship: '-->', participation: '-.->', 'event-link': '==>' } as const;
  for (const e of graph.edges) {
    lines.push(`  ${nodeId(kindOf.get(e.source)!, e.source)} ${arrow[e.kind]}|${e.label}| ${nodeId(kindOf.get(e.target)!, e.target)}`);
  }
  return `${lines.join('\n')}\n`;
}
