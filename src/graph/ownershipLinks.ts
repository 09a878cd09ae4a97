import { type AsOfSpan, isActiveOn } from './asOf.js';
import { farPartyControls } from './controlLink.js';
import type { GraphEdge } from './graphTypes.js';
import { OWNERSHIP_RELATIONSHIPS } from './ownershipRules.data.js';
import type { RelationshipGraph } from './relationshipGraph.js';

/** One owner of a party: the largest share any source states for it, or none (unknown), and the edge saying so. */
export interface OwnerLink {
  readonly owner: number;
  readonly share?: number;
  readonly edge: GraphEdge;
}

/** One party that controls another, with the edge that says so. */
export interface ControlLink {
  readonly controller: number;
  readonly edge: GraphEdge;
}

/** Owners and controllers of every node, and the reverse (whom each node owns or controls), by node index. */
export interface OwnershipLinks {
  readonly owners: readonly (readonly OwnerLink[] | undefined)[];
  readonly controllers: readonly (readonly ControlLink[] | undefined)[];
  readonly dependants: readonly (readonly number[] | undefined)[];
}

function ownersOf(edges: readonly GraphEdge[], self: number, span: AsOfSpan | undefined): OwnerLink[] {
  const byOwner = new Map<number, OwnerLink>();
  for (const edge of edges) {
    if (!OWNERSHIP_RELATIONSHIPS.has(edge.type) || edge.target === self) continue;
    if (span && !isActiveOn(edge, span)) continue;
    const seen = byOwner.get(edge.target);
    // Two sources may state the same holding with different figures; the larger is the cautious reading.
    if (!seen || (edge.share !== undefined && (seen.share === undefined || edge.share > seen.share))) {
      byOwner.set(edge.target, {
        owner: edge.target,
        edge,
        ...(edge.share !== undefined ? { share: edge.share } : {}),
      });
    }
  }
  return [...byOwner.values()];
}

function controllersOf(edges: readonly GraphEdge[], self: number, span: AsOfSpan | undefined): ControlLink[] {
  const byController = new Map<number, ControlLink>();
  for (const edge of edges) {
    if (edge.target === self || byController.has(edge.target) || !farPartyControls(edge)) continue;
    if (span && !isActiveOn(edge, span)) continue;
    byController.set(edge.target, { controller: edge.target, edge });
  }
  return [...byController.values()];
}

/**
 * Reads, once per question, who owns and who controls each party on `asOf` (relationships that had ended or not
 * begun are left out). The ownership rule then works on these arrays only.
 */
export function ownershipLinks(graph: RelationshipGraph, span: AsOfSpan | undefined): OwnershipLinks {
  const owners: (OwnerLink[] | undefined)[] = [];
  const controllers: (ControlLink[] | undefined)[] = [];
  const dependants: (number[] | undefined)[] = [];
  const addDependant = (of: number, dependant: number) => {
    const list = dependants[of] ?? [];
    if (list[list.length - 1] !== dependant) list.push(dependant);
    dependants[of] = list;
  };
  for (let index = 0; index < graph.size; index++) {
    const edges = graph.edgesAt(index);
    const nodeOwners = ownersOf(edges, index, span);
    const nodeControllers = controllersOf(edges, index, span);
    if (nodeOwners.length > 0) owners[index] = nodeOwners;
    if (nodeControllers.length > 0) controllers[index] = nodeControllers;
    for (const link of nodeOwners) addDependant(link.owner, index);
    for (const link of nodeControllers) addDependant(link.controller, index);
  }
  return { owners, controllers, dependants };
}
