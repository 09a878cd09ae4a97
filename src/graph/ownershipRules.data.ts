import { z } from 'zod';
import type { RelationshipType } from '../model/relationship.js';

/**
 * A rule by which ownership or control by blocked parties blocks an entity: blocked when the aggregate share
 * of blocked owners reaches `threshold` (`inclusive`: "50% or more"; otherwise "more than 50%"), or, when
 * `countControl` is set, when a blocked party controls it. Swap it to apply another authority's rule.
 */
export const OwnershipRuleSchema = z.object({
  name: z.string().min(1),
  threshold: z.number().min(0).max(100),
  inclusive: z.boolean(),
  countControl: z.boolean(),
});

/** See {@link OwnershipRuleSchema}. */
export type OwnershipRule = z.infer<typeof OwnershipRuleSchema>;

/**
 * OFAC's 50 Percent Rule (guidance of 13 August 2014): an entity owned 50% or more in the aggregate, directly or
 * indirectly, by one or more blocked persons is itself blocked. Control alone does not block under it.
 */
export const OFAC_50_PERCENT_RULE: OwnershipRule = {
  name: 'OFAC 50% rule',
  threshold: 50,
  inclusive: true,
  countControl: false,
};

/**
 * The EU's "owned or controlled" test (Council best practices on restrictive measures): more than 50% of the
 * proprietary rights, aggregated, or control by a listed party (a director, or a stated controlling role).
 */
export const EU_OWNERSHIP_OR_CONTROL_RULE: OwnershipRule = {
  name: 'EU ownership or control',
  threshold: 50,
  inclusive: false,
  countControl: true,
};

/**
 * Relationship types, read from the owned party's side, that state ownership: their stated share counts toward the
 * aggregate; without one the link is an unknown share. `subsidiaryOf` rarely states a share, so it is usually unknown.
 */
export const OWNERSHIP_RELATIONSHIPS: ReadonlySet<RelationshipType> = new Set<RelationshipType>([
  'ownedBy',
  'subsidiaryOf',
]);
