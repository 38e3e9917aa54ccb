import { buildGraph, type GraphOptions } from './buildGraph.js';

const nodeId = (kind: 'entity' | 'event', id: string): string => `${kind === 'entity' ? 'n' : 'ev'}_${id.replaceAll('-', '_')}`;
const text = (s: string): string => s.replaceAll('"', '#quot;');

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
