import { INVERSE_RELATIONSHIP, type Relationship } from '../model/relationship.js';
import { activeSpan } from './asOf.js';
import type { GraphEdge, GraphNode } from './graphTypes.js';
import { RelationshipGraph } from './relationshipGraph.js';

/** A relationship between two interned nodes, as a source stated it from `from`'s side. */
export type StatedRelationship = Omit<Relationship, 'targetId' | 'targetName'>;

const dateKey = (d: Relationship['since']) => (d ? `${d.date}~${d.to ?? ''}` : '');

/**
 * Interns nodes by id and stores each relationship from both ends, dropping duplicates: OFAC states "Linked To" on
 * one side only, an FtM Ownership gives both sides, and two lists may state the same link. Use it through `buildGraph`.
 */
export class GraphBuilder {
  readonly #nodes: GraphNode[] = [];
  readonly #edges: GraphEdge[][] = [];
  readonly #byId = new Map<string, number>();
  // key → [node index, position in that node's edge list], to merge a duplicate into the edge already stored.
  readonly #edgeAt = new Map<string, [number, number]>();

  /** The index of a node by id, if it has been added. */
  indexOf(id: string): number | undefined {
    return this.#byId.get(id);
  }

  /** Adds a node unless its id is already there; returns its index either way (the first description wins). */
  addNode(node: Omit<GraphNode, 'index'>): number {
    const existing = this.#byId.get(node.id);
    if (existing !== undefined) return existing;
    const index = this.#nodes.length;
    this.#nodes.push({ ...node, index });
    this.#edges.push([]);
    this.#byId.set(node.id, index);
    return index;
  }

  /** Stores a relationship stated from `from`'s side, and its inverse from `to`'s side. */
  addRelationship(from: number, to: number, relationship: StatedRelationship): void {
    this.#addEdge(from, to, relationship, true);
    this.#addEdge(to, from, { ...relationship, type: INVERSE_RELATIONSHIP[relationship.type] }, false);
  }

  #addEdge(from: number, to: number, rel: StatedRelationship, stated: boolean): void {
    const key = `${from}|${to}|${rel.type}|${rel.share ?? ''}|${dateKey(rel.since)}|${dateKey(rel.until)}`;
    const edge: GraphEdge = {
      type: rel.type,
      target: to,
      stated,
      ...activeSpan(rel.since, rel.until),
      ...(rel.share !== undefined ? { share: rel.share } : {}),
      ...(rel.role !== undefined ? { role: rel.role } : {}),
      ...(rel.since !== undefined ? { since: rel.since } : {}),
      ...(rel.until !== undefined ? { until: rel.until } : {}),
      ...(rel.origin !== undefined ? { origin: rel.origin } : {}),
    };
    const list = this.#edges[from]!;
    const seen = this.#edgeAt.get(key);
    if (!seen) {
      this.#edgeAt.set(key, [from, list.length]);
      list.push(edge);
      return;
    }
    // The side a source stated carries its own role wording; prefer it to an inverse, and fill what is missing.
    const old = list[seen[1]]!;
    const [keep, other] = !old.stated && stated ? [edge, old] : [old, edge];
    list[seen[1]] = {
      ...keep,
      ...(keep.role === undefined && other.role !== undefined ? { role: other.role } : {}),
      ...(keep.origin === undefined && other.origin !== undefined ? { origin: other.origin } : {}),
    };
  }

  /** The finished, read-only graph. */
  build(): RelationshipGraph {
    return new RelationshipGraph(this.#nodes, this.#edges);
  }
}
