import { type ExposureHit, exposure } from '../graph/exposure.js';
import type { OwnershipStatus } from '../graph/ownershipExplanation.js';
import { ownershipStatus } from '../graph/ownershipRule.js';
import type { ScreeningMatch } from '../match/createScreener.js';
import type { Entity } from '../model/entity.js';
import type { ScreenQuery } from '../model/screening.js';
import { asOfBounds, type ListingOnDate, listingOn } from './asOf.js';
import type { TransactionContext } from './transactionContext.js';

/** Options of {@link exposureOfName}. */
export interface NameExposureOptions {
  /** Relationship hops to follow (default 2). */
  maxDepth?: number;
  /** Judge listings, relationships and ownership as they stood on this date (YYYY-MM-DD); default: every listing counts. */
  asOf?: string;
}

/** One party the name was matched to, with the listed parties around it and its status under the ownership rule. */
export interface PartyExposure {
  /** The list entity, or the graph-only party (a user-supplied vendor, `source.list` `graph`). */
  readonly entity: Entity;
  readonly score: number;
  /** A listed party in its own right (not a context or graph-only party). */
  readonly listedParty: boolean;
  /** Its listing on `asOf`, when a date was given. */
  readonly listing?: ListingOnDate;
  /** Every listed party within `maxDepth` hops, shortest path first. */
  readonly exposure: readonly ExposureHit[];
  readonly ownership: OwnershipStatus;
  /** True when the party is listed on the date, has a listed party within reach, or is blocked or at risk by ownership. */
  readonly exposed: boolean;
}

/** What {@link exposureOfName} finds: the parties the name matches, and the best candidates that did not match. */
export interface NameExposure {
  readonly matches: readonly PartyExposure[];
  /** Up to three candidates below the threshold, for "did you mean" output, when nothing matched. */
  readonly nearMatches: readonly ScreeningMatch[];
  /** True when any match is exposed. */
  readonly exposed: boolean;
}

function isExposed(found: Omit<PartyExposure, 'exposed'>): boolean {
  const { ownership } = found;
  const listedOnDate = found.listedParty && (found.listing === undefined || found.listing.state === 'listed');
  return (
    listedOnDate ||
    found.exposure.length > 0 ||
    ownership.blocked ||
    ownership.belowThreshold ||
    ownership.unknownShares.length > 0 ||
    ownership.control.length > 0
  );
}

/**
 * The exposure of a screening query, for "who is this party connected to?": the name is screened against the lists
 * and against the graph's own parties (user-supplied vendors and owners), then for each match every listed party
 * within `maxDepth` hops with the path (SEWA SECURITY SERVICES → linked to → PRIVATE MILITARY COMPANY 'WAGNER') and
 * its status under the ownership rule. Use `exposure` on the graph instead when you already hold an entity id.
 *
 * @throws InputError for an invalid query, `maxDepth` or `asOf`.
 */
export function exposureOfName(
  context: Pick<
    TransactionContext,
    'screener' | 'graph' | 'graphParties' | 'isListed' | 'isListedNode' | 'ownershipRule'
  >,
  query: ScreenQuery,
  options: NameExposureOptions = {},
): NameExposure {
  const maxDepth = options.maxDepth ?? 2;
  const { asOf } = options;
  if (asOf !== undefined) asOfBounds(asOf);
  const dated = asOf === undefined ? {} : { asOf };
  const listed = context.screener.screen(query);
  const graphOnly = context.graphParties?.screen(query);
  const candidates = [...listed.matches, ...(graphOnly?.matches ?? [])];
  const matches: PartyExposure[] = [];
  for (const match of candidates) {
    if (!match.match || context.graph.indexOf(match.entity.id) === undefined) continue;
    const listedParty = match.entity.source.list !== 'graph' && context.isListed(match.entity);
    const found = {
      entity: match.entity,
      score: match.score,
      listedParty,
      ...(asOf !== undefined && listedParty ? { listing: listingOn(match.entity, asOf) } : {}),
      exposure: exposure(context.graph, match.entity.id, { maxDepth, isListed: context.isListedNode, ...dated }),
      ownership: ownershipStatus(context.graph, match.entity.id, {
        isBlocked: context.isListedNode,
        rule: context.ownershipRule,
        ...dated,
      }),
    };
    matches.push({ ...found, exposed: isExposed(found) });
  }
  return {
    matches,
    nearMatches: matches.length === 0 ? candidates.slice(0, 3) : [],
    exposed: matches.some((m) => m.exposed),
  };
}
