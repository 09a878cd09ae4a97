import { asOfClasses } from '../graph/asOfClasses.js';
import { buildGraph } from '../graph/buildGraph.js';
import type { GraphNode } from '../graph/graphTypes.js';
import type { OwnershipStatus } from '../graph/ownershipExplanation.js';
import { blockedByOwnership } from '../graph/ownershipRule.js';
import { OFAC_50_PERCENT_RULE, type OwnershipRule } from '../graph/ownershipRules.data.js';
import type { RelationshipGraph } from '../graph/relationshipGraph.js';
import { createScreener, type Screener } from '../match/createScreener.js';
import { type Entity, EntitySchema } from '../model/entity.js';
import { buildIdentifierIndex, type IdentifierIndex } from './identifierIndex.js';
import { isListedParty, type ListedPartyTest } from './listedParty.js';
import { createTextScanner, type TextScanner } from './textScan.js';

/** Ownership-rule findings of the whole graph on one date, by entity id (blocked by the rule, or at risk). */
export type OwnershipIndex = ReadonlyMap<string, OwnershipStatus>;

/**
 * What screening transactions needs besides the transaction, built once and reused: the screener, the relationship
 * graph, the identifier lookup, the free-text scanner, and the ownership findings per date (computed on first use).
 */
export interface TransactionContext {
  readonly screener: Screener;
  readonly graph: RelationshipGraph;
  /**
   * A screener over the graph's parties that are no list record: those of user-supplied relationships (a vendor, its
   * owners) and those a list names only in a relationship. A payment names them in its own spelling ("ORNEK KOPRU
   * DIS TICARET LTD STI" for "Örnek Köprü Dış Ticaret Limited Şirketi"), so they are found by name, not by id.
   * Undefined when the graph has none.
   */
  readonly graphParties?: Screener;
  readonly identifiers: IdentifierIndex;
  readonly textScanner: TextScanner;
  readonly isListed: ListedPartyTest;
  readonly ownershipRule: OwnershipRule;
  /**
   * Ownership findings on `asOf` (YYYY-MM-DD), computed once per class of dates that read the graph's listing and
   * relationship dates alike (see `asOfClasses`): once in all for a list without dates.
   */
  ownershipOn(asOf: string): OwnershipIndex;
  /** The graph-node test "a listed party in its own right" (dates are applied by the graph functions). */
  readonly isListedNode: (node: GraphNode) => boolean;
}

/** What {@link createTransactionContext} takes. */
export interface TransactionContextOptions {
  graph?: RelationshipGraph;
  isListed?: ListedPartyTest;
  ownershipRule?: OwnershipRule;
  freeTextThreshold?: number;
}

const GRAPH_PARTY_SOURCE = { list: 'graph', name: 'parties of user-supplied and list relationships' };

// Graph-only parties become minimal entities (id = the node's id) so the name engine can match them.
function graphPartyScreener(graph: RelationshipGraph): Screener | undefined {
  const parties: Entity[] = [];
  for (const node of graph.nodes()) {
    if (node.kind === 'entity') continue;
    const parsed = EntitySchema.safeParse({
      id: node.id,
      sourceId: node.id,
      source: GRAPH_PARTY_SOURCE,
      schema: node.schema ?? 'LegalEntity',
      names: [{ full: node.name, kind: 'primary' }],
    });
    if (parsed.success) parties.push(parsed.data);
  }
  return parties.length > 0 ? createScreener(parties) : undefined;
}

// Past this many classes of dates the oldest findings are dropped rather than kept forever.
const OWNERSHIP_CACHE_SIZE = 366;

/**
 * Builds the reusable part of transaction screening for a screener (and a graph, built from the screener's
 * entities when not given). Use it through `createTransactionScreener`, or directly when you already hold a
 * screener and a graph.
 */
export function createTransactionContext(
  screener: Screener,
  options: TransactionContextOptions = {},
): TransactionContext {
  const graph = options.graph ?? buildGraph(screener.entities);
  const isListed = options.isListed ?? isListedParty;
  const ownershipRule = options.ownershipRule ?? OFAC_50_PERCENT_RULE;
  const isListedNode = (node: GraphNode) => node.entity !== undefined && isListed(node.entity);
  const ownershipByDate = new Map<string, OwnershipIndex>();
  const classOf = asOfClasses(graph);
  const graphParties = graphPartyScreener(graph);
  return {
    screener,
    graph,
    ...(graphParties ? { graphParties } : {}),
    identifiers: buildIdentifierIndex(screener.entities),
    textScanner: createTextScanner(screener, {
      ...(options.freeTextThreshold !== undefined ? { threshold: options.freeTextThreshold } : {}),
    }),
    isListed,
    ownershipRule,
    isListedNode,
    ownershipOn(asOf) {
      const key = classOf(asOf);
      const known = ownershipByDate.get(key);
      if (known) return known;
      const findings = blockedByOwnership(graph, { isBlocked: isListedNode, rule: ownershipRule, asOf });
      const index = new Map<string, OwnershipStatus>();
      for (const status of [...findings.blocked, ...findings.atRisk]) index.set(status.entityId, status);
      if (ownershipByDate.size >= OWNERSHIP_CACHE_SIZE) {
        const oldest = ownershipByDate.keys().next().value;
        if (oldest !== undefined) ownershipByDate.delete(oldest);
      }
      ownershipByDate.set(key, index);
      return index;
    },
  };
}
