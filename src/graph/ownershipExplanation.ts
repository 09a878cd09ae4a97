import type { RelationshipType } from '../model/relationship.js';
import type { PathStep } from './graphTypes.js';

/** How an owner or controller is blocked: named on a list, or itself blocked by the ownership rule. */
export type BlockedOwnerStatus = 'listed' | 'blocked-by-rule';

/**
 * A blocked owner's stated share in the entity, counted toward the aggregate. `path` runs from the entity through
 * the owner to a listed party (`C ownedBy 60% B`, `B ownedBy 60% X`), so the chain behind a blocked-by-rule owner shows.
 */
export interface OwnershipContribution {
  readonly ownerId: string;
  readonly ownerName: string;
  readonly share: number;
  readonly ownerStatus: BlockedOwnerStatus;
  readonly relationship: RelationshipType;
  readonly path: readonly PathStep[];
}

/**
 * An ownership link to a blocked owner with no stated percentage: a risk to resolve (ask for the share register),
 * never counted as 0 nor as 100. `risk` says it in words, e.g. "owned by blocked AZU INTERNATIONAL…, share unknown".
 */
export interface UnknownShare {
  readonly ownerId: string;
  readonly ownerName: string;
  readonly ownerStatus: BlockedOwnerStatus;
  readonly relationship: RelationshipType;
  readonly path: readonly PathStep[];
  readonly risk: string;
}

/** Control of the entity by a blocked party (a director, a stated controlling role); `counted` when the rule counts control. */
export interface ControlContribution {
  readonly controllerId: string;
  readonly controllerName: string;
  readonly ownerStatus: BlockedOwnerStatus;
  readonly relationship: RelationshipType;
  readonly role?: string;
  readonly counted: boolean;
  readonly path: readonly PathStep[];
}

/**
 * Whether one party is blocked under an ownership rule, and why, as data for the CLI or an app to render:
 * `listed` (named on a list), `blocked-by-rule` (`reason` says whether by ownership or control) or `not-blocked`.
 * `aggregateShare` sums the stated shares of all blocked owners; `belowThreshold` marks a party with blocked
 * ownership that does not reach the rule's threshold (30% + 15% = 45% under the OFAC rule).
 *
 * @example
 * { entityId: 'demo:ORNEK-LIMAN', status: 'blocked-by-rule', blocked: true, reason: 'ownership', aggregateShare: 55,
 *   rule: 'OFAC 50% rule', contributions: [{ ownerId: 'ofac-sdn:42033', share: 30, ownerStatus: 'listed', … }, …] }
 */
export interface OwnershipStatus {
  readonly entityId: string;
  readonly entityName: string;
  readonly rule: string;
  readonly threshold: number;
  readonly inclusive: boolean;
  readonly status: 'listed' | 'blocked-by-rule' | 'not-blocked';
  readonly blocked: boolean;
  readonly reason?: 'ownership' | 'control';
  readonly aggregateShare: number;
  readonly belowThreshold: boolean;
  readonly contributions: readonly OwnershipContribution[];
  readonly unknownShares: readonly UnknownShare[];
  readonly control: readonly ControlContribution[];
}
