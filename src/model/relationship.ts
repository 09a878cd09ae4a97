import { z } from 'zod';
import { PartialDateSchema } from './partialDate.js';

/**
 * How this entity relates to another, read from this entity's side:
 * `ownedBy` X (X owns a share of this entity), `ownerOf` X, `subsidiaryOf` X, `parentOf` X, `directorOf` X,
 * `hasDirector` X, `family`, `associate`, `actingFor` X (acts for or on behalf of X), and `linkedTo`
 * (OFAC's "Linked To:", a designation basis whose exact nature the list does not state).
 */
export const RelationshipTypeSchema = z.enum([
  'linkedTo',
  'ownedBy',
  'ownerOf',
  'subsidiaryOf',
  'parentOf',
  'directorOf',
  'hasDirector',
  'family',
  'associate',
  'actingFor',
]);

/** See {@link RelationshipTypeSchema}. */
export type RelationshipType = z.infer<typeof RelationshipTypeSchema>;

/**
 * A relationship to another party. `targetId` is set when the other party is an entity of a loaded list
 * (e.g. OFAC "Linked To: X" resolved to X's uid); `targetName` always keeps the text the list used.
 * `share` is an ownership percentage (0–100) when the source states one; absent means unknown, never 0.
 */
export const RelationshipSchema = z.object({
  type: RelationshipTypeSchema,
  targetId: z.string().optional(),
  targetName: z.string().min(1),
  share: z.number().min(0).max(100).optional(),
  role: z.string().optional(),
  since: PartialDateSchema.optional(),
  until: PartialDateSchema.optional(),
  /** Where the relationship comes from (a list's remark, an FtM Ownership record, a user's file). */
  origin: z.string().optional(),
});

/** See {@link RelationshipSchema}. */
export type Relationship = z.infer<typeof RelationshipSchema>;

/** The relationship as seen from the other side (`ownedBy` ↔ `ownerOf`); symmetric types map to themselves. */
export const INVERSE_RELATIONSHIP: Readonly<Record<RelationshipType, RelationshipType>> = {
  linkedTo: 'linkedTo',
  ownedBy: 'ownerOf',
  ownerOf: 'ownedBy',
  subsidiaryOf: 'parentOf',
  parentOf: 'subsidiaryOf',
  directorOf: 'hasDirector',
  hasDirector: 'directorOf',
  family: 'family',
  associate: 'associate',
  actingFor: 'actingFor',
};
