import { buildGraph, type GraphOptions } from './buildGraph.js';

/** graphology's serialized graph format (`graph.export()` / `Graph.from(json)`). */
export interface GraphologyJSON {
  readonly attributes: { readonly name: string };
  readonly options: { readonly type: 'directed'; readonly multi: true; readonly allowSelfLoops: false };
  readonly nodes: readonly { readonly key: string; readonly attributes: { readonly label: string; readonly kind: 'entity' | 'event'; readonly type: string } }[];
  readonly edges: readonly {
    readonly key: string;
    readonly source: string;
    readonly target: string;
    readonly attributes: { readonly label: string; readonly kind: 'relationship' | 'participation' | 'event-link' };
  }[];
}

/**
 * Exports the actor network as graphology's serialized JSON: a directed multigraph (two actors
 * may be linked by several predicates) whose node keys are entity / event ids and edge keys
 * relationship / event-link ids; `Graph.from(json)` loads it, and so do sigma.js and Gephi Lite.
 *
 * @param filters - which entities, predicates and events to include, and the dataset ({@link GraphOptions}).
 * @returns the serialized graph.
 * @throws {UnknownIdError} for an unknown entity or event id in the filters.
 * @example
 * toGraphJSON().options.type // => 'directed'
 */
export function toGraphJSON(filters: GraphOptions = {}): GraphologyJSON {
  const graph = buildGraph(filters, 'toGraphJSON');
  return {
    attributes: { name: 'iraq-militias' },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: graph.nodes.map((n) => ({ key: n.id, attributes: { label: n.label, kind: n.kind, type: n.type } })),
    edges: graph.edges.map((e) => ({ key: e.id, source: e.source, target: e.target, attributes: { label: e.label, kind: e.kind } })),
  };
}
