import { InputError } from '../errors.js';
import { type Entity, primaryName } from '../model/entity.js';
import type { Relationship } from '../model/relationship.js';
import { GraphBuilder, type StatedRelationship } from './graphBuilder.js';
import { partySlug } from './partySlug.js';
import type { RelationshipGraph } from './relationshipGraph.js';
import { type UserParty, type UserRelationshipInput, UserRelationshipSchema } from './userRelationship.js';

/** Options of {@link buildGraph}. */
export interface BuildGraphOptions {
  /** Relationships the user knows (a vendor's owners, a customer's directors), validated with `UserRelationshipSchema`. */
  extraRelationships?: readonly UserRelationshipInput[];
}

/** Origin given to a user-supplied relationship that names none. */
export const USER_ORIGIN = 'user-supplied';

function stated(relationship: Omit<Relationship, 'targetId' | 'targetName'>): StatedRelationship {
  const { type, share, role, since, until, origin } = relationship;
  return {
    type,
    ...(share !== undefined ? { share } : {}),
    ...(role !== undefined ? { role } : {}),
    ...(since !== undefined ? { since } : {}),
    ...(until !== undefined ? { until } : {}),
    ...(origin !== undefined ? { origin } : {}),
  };
}

/** The node a list relationship points to: the loaded entity, else a name-only node that keeps the list's wording. */
function targetOf(builder: GraphBuilder, relationship: Relationship): number {
  const { targetId, targetName } = relationship;
  if (targetId !== undefined) {
    return (
      builder.indexOf(targetId) ?? builder.addNode({ id: targetId, name: targetName, kind: 'name-only', listed: false })
    );
  }
  return builder.addNode({ id: `name:${partySlug(targetName)}`, name: targetName, kind: 'name-only', listed: false });
}

/** The node of a user's party: the list entity with that id, else a `user:` node of its own. */
function userParty(builder: GraphBuilder, party: UserParty): number {
  if (party.id !== undefined) {
    const found = builder.indexOf(party.id);
    if (found !== undefined) return found;
  }
  const key = party.id ?? partySlug(party.name);
  const id = key.startsWith('user:') ? key : `user:${key}`;
  return builder.addNode({
    id,
    name: party.name,
    kind: 'user',
    listed: false,
    ...(party.schema !== undefined ? { schema: party.schema } : {}),
  });
}

/**
 * Builds the relationship graph of a set of list entities, plus relationships a user supplies about parties that
 * may not be listed. Every relationship is stored from both ends; relationships to parties that are not loaded
 * (no `targetId`, or an id of a list not loaded) are kept as edges to a name-only node, never dropped.
 * Throws an `InputError` naming the first invalid user relationship.
 *
 * @example
 * const graph = buildGraph(entities, {
 *   extraRelationships: [{ from: { name: 'My Vendor Ltd' }, type: 'ownedBy', to: { id: 'ofac-sdn:42033', name: 'AZU' }, share: 60 }],
 * });
 */
export function buildGraph(entities: readonly Entity[], options: BuildGraphOptions = {}): RelationshipGraph {
  const builder = new GraphBuilder();
  for (const entity of entities) {
    builder.addNode({
      id: entity.id,
      name: primaryName(entity),
      kind: 'entity',
      listed: entity.programs.length > 0,
      schema: entity.schema,
      entity,
    });
  }
  for (const entity of entities) {
    const from = builder.indexOf(entity.id)!;
    for (const relationship of entity.relationships) {
      builder.addRelationship(from, targetOf(builder, relationship), stated(relationship));
    }
  }
  (options.extraRelationships ?? []).forEach((input, position) => {
    const parsed = UserRelationshipSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = [`extraRelationships[${position}]`, ...(issue?.path ?? []).map(String)].join('.');
      throw new InputError(where, `${issue?.message ?? 'invalid relationship'}; fix this relationship and retry`);
    }
    const relationship = parsed.data;
    const from = userParty(builder, relationship.from);
    const to = userParty(builder, relationship.to);
    builder.addRelationship(from, to, stated({ ...relationship, origin: relationship.origin ?? USER_ORIGIN }));
  });
  return builder.build();
}
