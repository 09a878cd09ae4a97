import type { RelationshipType } from '../model/relationship.js';
import { type AsOf, asOfSpan, isActiveOn } from './asOf.js';
import type { GraphEdge, GraphNode, Neighbour, PathStep } from './graphTypes.js';

/** Filters for {@link RelationshipGraph.neighbours}: only these relationship types, only relationships held on `asOf`. */
export interface NeighbourQuery {
  types?: readonly RelationshipType[];
  asOf?: AsOf;
}

/**
 * The parties of the loaded lists (and of user-supplied relationships) and how they relate, stored in both
 * directions as adjacency arrays keyed by node index. Build it once with `buildGraph`, then query it many times:
 * `neighbours`, `exposure`, `blockedByOwnership`.
 */
export class RelationshipGraph {
  readonly #nodes: readonly GraphNode[];
  readonly #edges: readonly (readonly GraphEdge[])[];
  readonly #byId: ReadonlyMap<string, number>;

  /** Use `buildGraph`; this constructor takes the arrays a `GraphBuilder` produced. */
  constructor(nodes: readonly GraphNode[], edges: readonly (readonly GraphEdge[])[]) {
    this.#nodes = nodes;
    this.#edges = edges;
    this.#byId = new Map(nodes.map((n) => [n.id, n.index]));
  }

  /** Number of nodes (listed, user-supplied and name-only parties). */
  get size(): number {
    return this.#nodes.length;
  }

  /** Number of stored directed edges (each relationship counts twice, once from each end). */
  get edgeCount(): number {
    return this.#edges.reduce((n, list) => n + list.length, 0);
  }

  /** Every node, in index order. */
  nodes(): readonly GraphNode[] {
    return this.#nodes;
  }

  /** The node with this id (`ofac-sdn:22543`, `user:…`, `name:…`), or `undefined`. */
  node(id: string): GraphNode | undefined {
    const index = this.#byId.get(id);
    return index === undefined ? undefined : this.#nodes[index];
  }

  /** The index of the node with this id; for graph algorithms that work on indexes. */
  indexOf(id: string): number | undefined {
    return this.#byId.get(id);
  }

  /** The node at an index (from {@link indexOf} or an edge's `target`). */
  nodeAt(index: number): GraphNode {
    const node = this.#nodes[index];
    if (!node) throw new RangeError(`no graph node at index ${index}`);
    return node;
  }

  /** The relationships stored from a node's side, unfiltered; for graph algorithms. */
  edgesAt(index: number): readonly GraphEdge[] {
    return this.#edges[index] ?? [];
  }

  /**
   * How a party relates to its neighbours, read from its side (`ownedBy` X, `linkedTo` Y), including the inverse of
   * what its neighbours state about it. Returns an empty list for an id not in the graph.
   *
   * @example
   * graph.neighbours('ofac-sdn:22543', { types: ['linkedTo'] }); // SEWA SECURITY SERVICES, UTKIN, …
   */
  neighbours(id: string, query: NeighbourQuery = {}): Neighbour[] {
    const index = this.#byId.get(id);
    if (index === undefined) return [];
    const types = query.types ? new Set(query.types) : undefined;
    const span = query.asOf === undefined ? undefined : asOfSpan(query.asOf);
    const found: Neighbour[] = [];
    for (const edge of this.edgesAt(index)) {
      if (types && !types.has(edge.type)) continue;
      if (span && !isActiveOn(edge, span)) continue;
      found.push({
        type: edge.type,
        node: this.nodeAt(edge.target),
        ...(edge.share !== undefined ? { share: edge.share } : {}),
        ...(edge.role !== undefined ? { role: edge.role } : {}),
        ...(edge.since !== undefined ? { since: edge.since } : {}),
        ...(edge.until !== undefined ? { until: edge.until } : {}),
        ...(edge.origin !== undefined ? { origin: edge.origin } : {}),
      });
    }
    return found;
  }

  /** The path step for an edge leaving the node at `from`; for building explanations. */
  step(from: number, edge: GraphEdge): PathStep {
    const source = this.nodeAt(from);
    const target = this.nodeAt(edge.target);
    return {
      from: source.id,
      fromName: source.name,
      type: edge.type,
      to: target.id,
      toName: target.name,
      ...(edge.share !== undefined ? { share: edge.share } : {}),
      ...(edge.role !== undefined ? { role: edge.role } : {}),
      ...(edge.origin !== undefined ? { origin: edge.origin } : {}),
    };
  }
}
