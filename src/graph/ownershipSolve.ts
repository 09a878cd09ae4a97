import type { GraphEdge } from './graphTypes.js';
import type { OwnershipLinks } from './ownershipLinks.js';
import type { OwnershipRule } from './ownershipRules.data.js';

/** Per-node block state: 0 not blocked, 1 blocked in its own right (listed), 2 blocked by the rule. */
export const NOT_BLOCKED = 0;
/** See {@link NOT_BLOCKED}. */
export const LISTED = 1;
/** See {@link NOT_BLOCKED}. */
export const BLOCKED_BY_RULE = 2;

/**
 * The fixed point of an ownership rule: each node's state, and for nodes blocked by the rule the reason and the
 * owner or controller through which it was blocked (`via`, blocked earlier, so following it always ends at a listed
 * party), with the edge to it.
 */
export interface OwnershipSolution {
  readonly state: Uint8Array;
  readonly reason: readonly ('ownership' | 'control' | undefined)[];
  readonly via: Int32Array;
  readonly viaEdge: readonly (GraphEdge | undefined)[];
}

/** Sums shares without float noise: 33.3 + 16.7 is 50, not 49.99999999999999. */
export function sumShares(shares: readonly number[]): number {
  return Math.round(shares.reduce((sum, s) => sum + s, 0) * 1e6) / 1e6;
}

/** True when an aggregate share meets the rule's threshold (`≥` when inclusive, `>` otherwise). */
export function meetsThreshold(rule: OwnershipRule, share: number): boolean {
  return rule.inclusive ? share >= rule.threshold : share > rule.threshold;
}

/**
 * Applies an ownership rule to a fixed point. Starting from the listed (seed) nodes, each newly blocked node
 * re-examines only the parties it owns or controls; a node is blocked once and never unblocked, so the work is
 * bounded by the number of nodes and edges, and ownership cycles end. OFAC does not multiply through chains: a
 * node blocked by the rule counts as a blocked owner with its full direct share.
 */
export function solveOwnership(
  size: number,
  links: OwnershipLinks,
  isSeed: (index: number) => boolean,
  rule: OwnershipRule,
): OwnershipSolution {
  const state = new Uint8Array(size);
  const reason: ('ownership' | 'control' | undefined)[] = new Array(size).fill(undefined);
  const via = new Int32Array(size).fill(-1);
  const viaEdge: (GraphEdge | undefined)[] = new Array(size).fill(undefined);
  const queue: number[] = [];
  for (let index = 0; index < size; index++) {
    if (isSeed(index)) {
      state[index] = LISTED;
      queue.push(index);
    }
  }

  const examine = (index: number): boolean => {
    let largest: { owner: number; share: number; edge: GraphEdge } | undefined;
    const shares: number[] = [];
    for (const link of links.owners[index] ?? []) {
      if (state[link.owner] === NOT_BLOCKED || link.share === undefined) continue;
      shares.push(link.share);
      if (!largest || link.share > largest.share) largest = { owner: link.owner, share: link.share, edge: link.edge };
    }
    if (largest && meetsThreshold(rule, sumShares(shares))) {
      reason[index] = 'ownership';
      via[index] = largest.owner;
      viaEdge[index] = largest.edge;
      return true;
    }
    if (!rule.countControl) return false;
    const control = links.controllers[index]?.find((link) => state[link.controller] !== NOT_BLOCKED);
    if (!control) return false;
    reason[index] = 'control';
    via[index] = control.controller;
    viaEdge[index] = control.edge;
    return true;
  };

  // Every node enters the queue at most once (when it becomes blocked), so the loop runs at most `size` times;
  // the explicit bound keeps that promise visible.
  for (let head = 0; head < queue.length && head <= size; head++) {
    for (const dependant of links.dependants[queue[head]!] ?? []) {
      if (state[dependant] !== NOT_BLOCKED) continue;
      if (examine(dependant)) {
        state[dependant] = BLOCKED_BY_RULE;
        queue.push(dependant);
      }
    }
  }
  return { state, reason, via, viaEdge };
}
