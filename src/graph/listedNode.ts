import type { AsOfSpan } from './asOf.js';
import { wasListedOn } from './asOf.js';
import type { GraphNode } from './graphTypes.js';

/** A caller's test of whether a node counts (as listed, as blocked); the default is {@link isListEntity}. */
export type NodePredicate = (node: GraphNode) => boolean;

/**
 * The default {@link NodePredicate}: a record of the loaded lists that carries a sanctions program (`node.listed`),
 * not a user-supplied or name-only party. Use {@link isAnyListRecord} instead for a team's block list whose entries
 * name no program.
 */
export const isListEntity: NodePredicate = (node) => node.listed;

/** Every record of the loaded lists counts, with or without a program (a team's own block list). */
export const isAnyListRecord: NodePredicate = (node) => node.kind === 'entity';

/**
 * Combines a caller's predicate with the listing dates: on `asOf`, a list entity counts only if it was listed on
 * that day (see `wasListedOn`); other nodes are taken as the predicate says. Use it once per query.
 */
export function listedOnDay(predicate: NodePredicate, span: AsOfSpan | undefined): NodePredicate {
  if (!span) return predicate;
  return (node) => predicate(node) && (node.entity === undefined || wasListedOn(node.entity, span));
}
