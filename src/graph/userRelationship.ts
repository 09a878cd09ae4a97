import { z } from 'zod';
import { EntitySchemaNameSchema } from '../model/entity.js';
import { PartialDateSchema } from '../model/partialDate.js';
import { RelationshipTypeSchema } from '../model/relationship.js';

/**
 * One party of a user-supplied relationship. Give `id` to point at an entity of the loaded lists
 * (`ofac-sdn:42033`); a party whose id is not in the lists, or that has only a name, becomes a graph node of
 * its own (`user:<id or name slug>`), marked as not listed.
 */
export const UserPartySchema = z.object({
  id: z.string().trim().min(1).optional(),
  name: z.string().trim().min(1, 'a party needs a name'),
  schema: EntitySchemaNameSchema.optional(),
});

/** See {@link UserPartySchema}. */
export type UserParty = z.infer<typeof UserPartySchema>;

/**
 * A relationship a user knows about parties that may not be listed: a vendor's beneficial owners, a customer's
 * directors. Read from `from`'s side, like an entity's relationships (`{ from: vendor, type: 'ownedBy', to: owner,
 * share: 60 }`). `share` is a percentage; leave it out when unknown (never write 0 for unknown).
 *
 * @example
 * UserRelationshipSchema.parse({
 *   from: { name: 'Örnek Köprü Dış Ticaret Ltd. Şti.' }, type: 'ownedBy',
 *   to: { id: 'ofac-sdn:42033', name: 'AZU INTERNATIONAL' }, share: 60,
 * });
 */
export const UserRelationshipSchema = z.object({
  from: UserPartySchema,
  to: UserPartySchema,
  type: RelationshipTypeSchema,
  share: z.number().min(0).max(100).optional(),
  role: z.string().optional(),
  since: PartialDateSchema.optional(),
  until: PartialDateSchema.optional(),
  /** Where the user has it from (a register extract, a KYC file); defaults to "user-supplied". */
  origin: z.string().optional(),
});

/** See {@link UserRelationshipSchema}. */
export type UserRelationship = z.infer<typeof UserRelationshipSchema>;

/** What {@link UserRelationshipSchema} accepts, for relationships written by hand or read from a user's file. */
export type UserRelationshipInput = z.input<typeof UserRelationshipSchema>;
