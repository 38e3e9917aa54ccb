/** A directed edge and the record it comes from. */
export interface CycleEdge {
  readonly from: string;
  readonly to: string;
  /** The index of the record that holds the edge. */
  readonly record: number;
}

/** A cycle found: its first edges (at most {@link SHOWN_EDGES}), then the edge that closes it. */
export interface Cycle {
  readonly edges: readonly CycleEdge[];
  /** How many edges the whole cycle has. */
  readonly length: number;
}

/** How many edges of a long cycle are kept (before the closing one), so the output stays linear. */
const SHOWN_EDGES = 8;

/**
 * Finds cycles in a directed graph, in linear time (an iterative depth-first search): one per
 * edge that closes a cycle. A graph without cycles gives `[]`.
 *
 * @param edges - the graph's edges.
 * @returns one {@link Cycle} per closing edge, that edge last in `edges`.
 * @example
 * findCycles([{ from: 'a', to: 'b', record: 0 }, { from: 'b', to: 'a', record: 1 }])[0].edges.map((e) => e.record)
 * // => [0, 1]
 */
export function findCycles(edges: readonly CycleEdge[]): Cycle[] {
  const out = new Map<string, CycleEdge[]>();
  for (const e of edges) {
    const list = out.get(e.from);
    if (list) list.push(e);
    else out.set(e.from, [e]);
  }
  const state = new Map<string, number>(); // its position on the current path, or -1 once done
  const cycles: Cycle[] = [];
  for (const start of out.keys()) {
    if (state.has(start)) continue;
    // The current path: nodes, the edge that entered each, and where each is in its edge list.
    const nodes: string[] = [start];
    const entered: (CycleEdge | undefined)[] = [undefined];
    const next: number[] = [0];
    state.set(start, 0);
    while (nodes.length > 0) {
      const top = nodes.length - 1;
      const node = nodes[top]!;
      const list = out.get(node) ?? [];
      // Read only inside the list: past its end, a polluted prototype's [i] would pass for an edge.
      const at = next[top]!;
      const edge = at < list.length ? list[at] : undefined;
      if (edge === undefined) {
        state.set(node, -1);
        nodes.pop();
        entered.pop();
        next.pop();
        continue;
      }
      next[top]!++;
      const seen = state.get(edge.to);
      if (seen !== undefined && seen >= 0) {
        const shown = entered.slice(seen + 1, Math.min(nodes.length, seen + 1 + SHOWN_EDGES)) as CycleEdge[];
        cycles.push({ edges: [...shown, edge], length: nodes.length - seen });
      } else if (seen === undefined) {
        state.set(edge.to, nodes.length);
        nodes.push(edge.to);
        entered.push(edge);
        next.push(0);
      }
    }
  }
  return cycles;
}
