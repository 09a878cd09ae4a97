import { InputError } from '../errors.js';
import type { RelationshipType } from '../model/relationship.js';
import { type AsOf, asOfSpan, isActiveOn } from './asOf.js';
import type { GraphEdge, GraphNode, PathStep } from './graphTypes.js';
import { isListEntity, listedOnDay, type NodePredicate } from './listedNode.js';
import type { RelationshipGraph } from './relationshipGraph.js';

/** Options of {@link exposure}. */
export interface ExposureOptions {
  /** How many hops to follow (default 2). */
  maxDepth?: number;
  /** Follow only these relationship types (default: all). */
  types?: readonly RelationshipType[];
  /** Judge listings and relationships as they stood on this date. */
  asOf?: AsOf;
  /** Which nodes count as listed (default: list records with a sanctions program, `isListEntity`); combined with `asOf`. */
  isListed?: NodePredicate;
}

/** A listed party reachable from the start, with the shortest path to it. */
export interface ExposureHit {
  /** The listed party. */
  readonly node: GraphNode;
  /** The start node the path leaves from. */
  readonly startId: string;
  /** Number of hops. */
  readonly depth: number;
  /** The hops from the start to the listed party. */
  readonly path: readonly PathStep[];
  /** The relationship types along the path, in order. */
  readonly relationshipTypes: readonly RelationshipType[];
}

interface Visit {
  parent: number;
  edge: GraphEdge | undefined;
  depth: number;
}

function pathTo(graph: RelationshipGraph, visits: Map<number, Visit>, index: number): PathStep[] {
  const steps: PathStep[] = [];
  let at = index;
  let visit = visits.get(at);
  while (visit?.edge) {
    steps.push(graph.step(visit.parent, visit.edge));
    at = visit.parent;
    visit = visits.get(at);
  }
  return steps.reverse();
}

/**
 * Every listed party within `maxDepth` hops of the start parties, one hit per party, shortest path first
 * (e.g. SEWA SECURITY SERVICES → linkedTo → PRIVATE MILITARY COMPANY 'WAGNER'). The start parties themselves are not
 * reported. Breadth-first with a visited set, so it ends on cycles and visits each node once.
 * Throws an `InputError` for a start id that is not in the graph.
 */
export function exposure(
  graph: RelationshipGraph,
  start: string | readonly string[],
  options: ExposureOptions = {},
): ExposureHit[] {
  const maxDepth = options.maxDepth ?? 2;
  if (!Number.isInteger(maxDepth) || maxDepth < 0) {
    throw new InputError('maxDepth', `${maxDepth} is not a number of hops; give a whole number such as 2`);
  }
  const span = options.asOf === undefined ? undefined : asOfSpan(options.asOf);
  const isListed = listedOnDay(options.isListed ?? isListEntity, span);
  const types = options.types ? new Set(options.types) : undefined;

  const visits = new Map<number, Visit>();
  const origin = new Map<number, number>();
  let frontier: number[] = [];
  for (const id of typeof start === 'string' ? [start] : start) {
    const index = graph.indexOf(id);
    if (index === undefined) {
      throw new InputError(
        'start',
        `no party with id "${id}" in the graph; build the graph from the lists that hold it`,
      );
    }
    if (visits.has(index)) continue;
    visits.set(index, { parent: -1, edge: undefined, depth: 0 });
    origin.set(index, index);
    frontier.push(index);
  }

  const hits: ExposureHit[] = [];
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
    const next: number[] = [];
    for (const from of frontier) {
      for (const edge of graph.edgesAt(from)) {
        if (visits.has(edge.target)) continue;
        if (types && !types.has(edge.type)) continue;
        if (span && !isActiveOn(edge, span)) continue;
        visits.set(edge.target, { parent: from, edge, depth });
        origin.set(edge.target, origin.get(from)!);
        next.push(edge.target);
        const node = graph.nodeAt(edge.target);
        if (!isListed(node)) continue;
        const path = pathTo(graph, visits, edge.target);
        hits.push({
          node,
          startId: graph.nodeAt(origin.get(edge.target)!).id,
          depth,
          path,
          relationshipTypes: path.map((s) => s.type),
        });
      }
    }
    frontier = next;
  }
  return hits;
}
