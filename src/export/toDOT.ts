import { safeText } from '../text/safeText.js';
import { buildGraph, type GraphOptions } from './buildGraph.js';

/**
 * A DOT quoted string: a line break as DOT's `\n` (so no label spans lines of the source), every
 * other control character (C0, DEL, C1) and bidirectional control written as `\u{…}` as
 * `safeText` does (so no escape sequence reaches a terminal showing the source), then
 * backslashes and quotes escaped.
 */
const quote = (s: string): string =>
  `"${s
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map((line) => safeText(line).replaceAll('\\', '\\\\').replaceAll('"', '\\"'))
    .join('\\n')}"`;

/**
 * Draws the actor network in Graphviz DOT: a `digraph` with entities as boxes and events (with
 * `events`) as ellipses, each node keyed by its id and labelled with its name; relationship
 * edges solid, participations dashed, event links bold, each labelled.
 *
 * @param filters - which entities, predicates and events to draw, and the dataset ({@link GraphOptions}).
 * @returns the DOT source.
 * @throws {UnknownIdError} for an unknown entity or event id in the filters.
 * @example
 * toDOT({ entities: ['kataib-hezbollah', 'iran'] }).includes('"kataib-hezbollah" -> "iran" [label="backed-by"]') // => true
 */
export function toDOT(filters: GraphOptions = {}): string {
  const graph = buildGraph(filters, 'toDOT');
  const lines = ['digraph "iraq-militias" {', '  rankdir=LR;'];
  for (const n of graph.nodes) {
    lines.push(`  ${quote(n.id)} [label=${quote(n.label)}, shape=${n.kind === 'entity' ? 'box' : 'ellipse'}, type=${quote(n.type)}];`);
  }
  const style = { relationship: '', participation: ', style=dashed', 'event-link': ', style=bold' } as const;
  for (const e of graph.edges) lines.push(`  ${quote(e.source)} -> ${quote(e.target)} [label=${quote(e.label)}${style[e.kind]}];`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
