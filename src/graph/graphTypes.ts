import type { Entity, EntitySchemaName } from '../model/entity.js';
import type { PartialDate } from '../model/partialDate.js';
import type { RelationshipType } from '../model/relationship.js';
import type { ActiveSpan } from './asOf.js';

/**
 * Where a graph node comes from: `entity`, a record of the loaded lists; `user`, a party from user-supplied
 * relationships; `name-only`, a party a list names in a relationship but that is not among the loaded entities.
 */
export type GraphNodeKind = 'entity' | 'user' | 'name-only';

/**
 * A party in the relationship graph. `listed` is true for records of the loaded lists that carry at least one
 * sanctions program, whatever their dates (see `wasListedOn` for a given day). User-supplied and name-only parties
 * are never listed, nor are list records without a program: parties an export names only as owners, directors or
 * relatives (OpenSanctions' non-target companies) and the embedded list's fictional demo companies.
 */
export interface GraphNode {
  /** Position in the graph's arrays; stable for the life of the graph. */
  readonly index: number;
  /** The entity id (`ofac-sdn:22543`), `user:<key>` for a user's party, or `name:<slug>` for an unresolved name. */
  readonly id: string;
  readonly name: string;
  readonly kind: GraphNodeKind;
  readonly listed: boolean;
  readonly schema?: EntitySchemaName;
  /** The list record, for `entity` nodes. */
  readonly entity?: Entity;
}

/**
 * One directed relationship stored in the graph, read from its source node's side. Every relationship is stored
 * twice, once from each end (the far side with the inverse type); `stated` tells which side the source stated.
 */
export interface GraphEdge extends ActiveSpan {
  readonly type: RelationshipType;
  /** Index of the node at the far end. */
  readonly target: number;
  readonly share?: number;
  readonly role?: string;
  readonly since?: PartialDate;
  readonly until?: PartialDate;
  readonly origin?: string;
  /** True when the source stated the relationship from this side; false for the stored inverse. */
  readonly stated: boolean;
}

/** A node's neighbour as {@link RelationshipGraph.neighbours} reports it: how this node relates to `node`. */
export interface Neighbour {
  readonly type: RelationshipType;
  readonly node: GraphNode;
  readonly share?: number;
  readonly role?: string;
  readonly since?: PartialDate;
  readonly until?: PartialDate;
  readonly origin?: string;
}

/**
 * One hop of a path, read from `from`'s side (`SEWA SECURITY SERVICES` `linkedTo` `PRIVATE MILITARY COMPANY
 * 'WAGNER'`). Paths are lists of steps; explanations carry them as data for the CLI or an app to render.
 */
export interface PathStep {
  readonly from: string;
  readonly fromName: string;
  readonly type: RelationshipType;
  readonly to: string;
  readonly toName: string;
  readonly share?: number;
  readonly role?: string;
  readonly origin?: string;
}
