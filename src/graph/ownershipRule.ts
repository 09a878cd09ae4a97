import { InputError } from '../errors.js';
import { type AsOf, asOfSpan } from './asOf.js';
import type { PathStep } from './graphTypes.js';
import { isListEntity, listedOnDay, type NodePredicate } from './listedNode.js';
import type {
  BlockedOwnerStatus,
  ControlContribution,
  OwnershipContribution,
  OwnershipStatus,
  UnknownShare,
} from './ownershipExplanation.js';
import { type OwnershipLinks, ownershipLinks } from './ownershipLinks.js';
import { OFAC_50_PERCENT_RULE, type OwnershipRule } from './ownershipRules.data.js';
import {
  BLOCKED_BY_RULE,
  LISTED,
  NOT_BLOCKED,
  type OwnershipSolution,
  solveOwnership,
  sumShares,
} from './ownershipSolve.js';
import type { RelationshipGraph } from './relationshipGraph.js';

/** Options of {@link blockedByOwnership} and {@link ownershipStatus}. */
export interface OwnershipOptions {
  /**
   * Which parties are blocked in their own right (default: list records with a sanctions program). Combined with `asOf`:
   * a list entity counts only if it was listed on that date.
   */
  isBlocked?: NodePredicate;
  /** The rule to apply (default {@link OFAC_50_PERCENT_RULE}). */
  rule?: OwnershipRule;
  /** Judge listings and ownership as they stood on this date. */
  asOf?: AsOf;
}

/** What {@link blockedByOwnership} finds: the parties the rule blocks, and those with blocked ownership that it does not. */
export interface OwnershipFindings {
  readonly rule: OwnershipRule;
  /** Parties blocked by the rule (not listed themselves), each with its explanation. */
  readonly blocked: readonly OwnershipStatus[];
  /**
   * Parties not blocked but part-owned by blocked parties below the threshold, owned by blocked parties in shares
   * nobody states, or controlled by blocked parties under a rule that does not count control: review them.
   */
  readonly atRisk: readonly OwnershipStatus[];
}

interface Analysis {
  graph: RelationshipGraph;
  rule: OwnershipRule;
  links: OwnershipLinks;
  solution: OwnershipSolution;
  chains: Map<number, PathStep[]>;
}

function analyse(graph: RelationshipGraph, options: OwnershipOptions): Analysis {
  const rule = options.rule ?? OFAC_50_PERCENT_RULE;
  const span = options.asOf === undefined ? undefined : asOfSpan(options.asOf);
  const isBlocked = listedOnDay(options.isBlocked ?? isListEntity, span);
  const links = ownershipLinks(graph, span);
  const solution = solveOwnership(graph.size, links, (index) => isBlocked(graph.nodeAt(index)), rule);
  return { graph, rule, links, solution, chains: new Map() };
}

/** The steps from a blocked node to the listed party behind it (none for a listed node). */
function chainOf(analysis: Analysis, index: number): PathStep[] {
  const { solution, graph, chains } = analysis;
  const known = chains.get(index);
  if (known) return known;
  const steps: PathStep[] = [];
  // `via` always points to a node blocked earlier, so this walk ends at a listed node.
  for (let at = index; solution.state[at] === BLOCKED_BY_RULE; at = solution.via[at]!) {
    steps.push(graph.step(at, solution.viaEdge[at]!));
  }
  chains.set(index, steps);
  return steps;
}

const ownerStatusOf = (analysis: Analysis, index: number): BlockedOwnerStatus =>
  analysis.solution.state[index] === LISTED ? 'listed' : 'blocked-by-rule';

const UNKNOWN_SHARE_WORDING: Readonly<Record<string, string>> = {
  ownedBy: 'owned by',
  subsidiaryOf: 'a subsidiary of',
};

function explain(analysis: Analysis, index: number): OwnershipStatus {
  const { graph, rule, links, solution } = analysis;
  const node = graph.nodeAt(index);
  const contributions: OwnershipContribution[] = [];
  const unknownShares: UnknownShare[] = [];
  for (const link of links.owners[index] ?? []) {
    if (solution.state[link.owner] === NOT_BLOCKED) continue;
    const owner = graph.nodeAt(link.owner);
    const ownerStatus = ownerStatusOf(analysis, link.owner);
    const path = [graph.step(index, link.edge), ...chainOf(analysis, link.owner)];
    const relationship = link.edge.type;
    if (link.share !== undefined) {
      contributions.push({
        ownerId: owner.id,
        ownerName: owner.name,
        share: link.share,
        ownerStatus,
        relationship,
        path,
      });
    } else {
      const wording = UNKNOWN_SHARE_WORDING[relationship] ?? relationship;
      const risk = `${wording} blocked ${owner.name}, share unknown`;
      unknownShares.push({ ownerId: owner.id, ownerName: owner.name, ownerStatus, relationship, path, risk });
    }
  }
  contributions.sort((a, b) => b.share - a.share);
  const control: ControlContribution[] = [];
  for (const link of links.controllers[index] ?? []) {
    if (solution.state[link.controller] === NOT_BLOCKED) continue;
    const controller = graph.nodeAt(link.controller);
    control.push({
      controllerId: controller.id,
      controllerName: controller.name,
      ownerStatus: ownerStatusOf(analysis, link.controller),
      relationship: link.edge.type,
      ...(link.edge.role !== undefined ? { role: link.edge.role } : {}),
      counted: rule.countControl,
      path: [graph.step(index, link.edge), ...chainOf(analysis, link.controller)],
    });
  }
  const state = solution.state[index];
  const aggregateShare = sumShares(contributions.map((c) => c.share));
  const reason = solution.reason[index];
  return {
    entityId: node.id,
    entityName: node.name,
    rule: rule.name,
    threshold: rule.threshold,
    inclusive: rule.inclusive,
    status: state === LISTED ? 'listed' : state === BLOCKED_BY_RULE ? 'blocked-by-rule' : 'not-blocked',
    blocked: state !== NOT_BLOCKED,
    ...(state === BLOCKED_BY_RULE && reason ? { reason } : {}),
    aggregateShare,
    belowThreshold: state === NOT_BLOCKED && aggregateShare > 0,
    contributions,
    unknownShares,
    control,
  };
}

/**
 * Applies an ownership rule (default: the OFAC 50% rule) to the whole graph: every party owned, in aggregate and
 * directly or through parties the rule blocks, at or above the threshold by blocked parties is blocked, computed to
 * a fixed point. Returns each party the rule blocks with its explanation, and the parties to review (below the
 * threshold, unknown shares, uncounted control). Listed parties are blocked in their own right and not repeated.
 *
 * @example
 * const { blocked } = blockedByOwnership(graph, { isBlocked: (n) => n.entity?.source.list === 'ofac-sdn' });
 * blocked[0]; // { entityId: 'demo:ORNEK-KOPRU', aggregateShare: 60, contributions: [{ ownerId: 'ofac-sdn:42033', … }] }
 */
export function blockedByOwnership(graph: RelationshipGraph, options: OwnershipOptions = {}): OwnershipFindings {
  const analysis = analyse(graph, options);
  const blocked: OwnershipStatus[] = [];
  const atRisk: OwnershipStatus[] = [];
  const { solution, links } = analysis;
  for (let index = 0; index < graph.size; index++) {
    const state = solution.state[index];
    if (state === BLOCKED_BY_RULE) {
      blocked.push(explain(analysis, index));
      continue;
    }
    if (state === LISTED) continue;
    const touched =
      links.owners[index]?.some((l) => solution.state[l.owner] !== NOT_BLOCKED) ||
      links.controllers[index]?.some((l) => solution.state[l.controller] !== NOT_BLOCKED);
    if (touched) atRisk.push(explain(analysis, index));
  }
  return { rule: analysis.rule, blocked, atRisk };
}

/**
 * Whether one party is blocked under an ownership rule, with the explanation: its blocked owners and their shares
 * (with the paths to the listed parties behind them), unknown shares and control. Use it to explain one party;
 * to check many, call {@link blockedByOwnership} once. Throws an `InputError` for an id not in the graph.
 */
export function ownershipStatus(graph: RelationshipGraph, id: string, options: OwnershipOptions = {}): OwnershipStatus {
  const index = graph.indexOf(id);
  if (index === undefined) {
    throw new InputError('id', `no party with id "${id}" in the graph; build the graph from the lists that hold it`);
  }
  return explain(analyse(graph, options), index);
}
