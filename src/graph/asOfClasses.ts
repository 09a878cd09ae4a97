import { partialDateBounds } from '../model/partialDate.js';
import { type AsOf, asOfSpan } from './asOf.js';
import type { RelationshipGraph } from './relationshipGraph.js';

/** Counts of the boundaries below and at-or-below an instant: enough to decide any comparison with each of them. */
function rank(boundaries: Float64Array, instant: number): string {
  let low = 0;
  let high = boundaries.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (boundaries[mid]! < instant) low = mid + 1;
    else high = mid;
  }
  const below = low;
  const atOrBelow = below < boundaries.length && boundaries[below] === instant ? below + 1 : below;
  return `${below}.${atOrBelow}`;
}

/**
 * Groups the dates a graph question can be asked for into classes that get the same answer. Listings
 * (`listedOn`, `delistedOn`) and relationships (`since`, `until`) are the graph's only dated facts, and every date
 * test compares the as-of span's first or last instant with one of them; two dates that sit alike against all of
 * them get the same exposure and ownership answers. Use the key to cache per-date results: a list without dates
 * (the OFAC legacy CSV) has one class, so the 50% rule is computed once for every transaction date.
 *
 * @example
 * const classOf = asOfClasses(graph);
 * classOf('2024-01-02') === classOf('2024-03-05'); // true when nothing in the graph changed in between
 */
export function asOfClasses(graph: RelationshipGraph): (asOf: AsOf) => string {
  const instants = new Set<number>();
  for (const node of graph.nodes()) {
    const entity = node.entity;
    if (entity?.listedOn) instants.add(partialDateBounds(entity.listedOn).start.getTime());
    if (entity?.delistedOn) instants.add(partialDateBounds(entity.delistedOn).end.getTime());
    for (const edge of graph.edgesAt(node.index)) {
      if (Number.isFinite(edge.activeFrom)) instants.add(edge.activeFrom);
      if (Number.isFinite(edge.activeTo)) instants.add(edge.activeTo);
    }
  }
  const boundaries = Float64Array.from(instants).sort();
  return (asOf) => {
    const span = asOfSpan(asOf);
    return `${rank(boundaries, span.start)}:${rank(boundaries, span.end)}`;
  };
}
