import { z } from 'zod';
import { EntitySchemaNameSchema } from '../model/entity.js';
import { ListVersionSchema } from '../model/listVersion.js';
import { NameKindSchema } from '../model/name.js';
import { RelationshipTypeSchema } from '../model/relationship.js';
import { ExplanationStepSchema } from '../model/screening.js';

/**
 * What became of one input row: `clear` (nothing at or above the threshold), `alert` (at least one match to
 * review), `accepted` (every match was decided a false positive on the accept list, and the list entries are
 * unchanged), `blocked-by-list` (the team's block list names the row), `error` (the row could not be read or
 * screened; the message says why), `empty` (no name and no identifier: nothing to screen, reported, not dropped).
 */
export const BatchStatusSchema = z.enum(['clear', 'alert', 'accepted', 'blocked-by-list', 'error', 'empty']);

/** See {@link BatchStatusSchema}. */
export type BatchStatus = z.infer<typeof BatchStatusSchema>;

/**
 * How a matched list entry leads to a listed party when the hit is indirect (e.g. the vendor is a company
 * owned 60 % by a designated one): `steps[0]` is the matched entry, each later step names the relationship
 * from the step before it.
 */
export const ExposurePathSchema = z.object({
  steps: z
    .array(
      z.object({
        entityId: z.string(),
        name: z.string(),
        relationship: RelationshipTypeSchema.optional(),
        share: z.number().optional(),
      }),
    )
    .min(2),
  note: z.string().optional(),
});

/** See {@link ExposurePathSchema}. */
export type ExposurePath = z.infer<typeof ExposurePathSchema>;

/** A previous decision that a row's match is a false positive, as read from the accept list. */
export const AcceptanceSchema = z.object({
  acceptedBy: z.string(),
  acceptedAt: z.string(),
  reason: z.string(),
  /** The list entry's content hash when the decision was taken. */
  entityHash: z.string(),
});

/**
 * One list entry a row matched at or above the threshold, with the evidence. `decision` is `alert`,
 * `accepted` (suppressed by the accept list) or `accepted-but-changed` (accepted once, but the list entry
 * has changed since, so it alerts again and `note` says so).
 */
export const BatchMatchSchema = z.object({
  entityId: z.string(),
  entityName: z.string(),
  schema: EntitySchemaNameSchema,
  list: z.string(),
  listName: z.string(),
  programs: z.array(z.string()),
  score: z.number(),
  nameScore: z.number(),
  matchedName: z.string(),
  matchedNameKind: NameKindSchema,
  explanation: z.array(ExplanationStepSchema),
  /** Content hash of the list entry (see entityContentHash): what an accept-list decision is tied to. */
  entityHash: z.string(),
  decision: z.enum(['alert', 'accepted', 'accepted-but-changed']),
  acceptance: AcceptanceSchema.optional(),
  note: z.string().optional(),
  path: ExposurePathSchema.optional(),
});

/** See {@link BatchMatchSchema}. */
export type BatchMatch = z.infer<typeof BatchMatchSchema>;

/** What a match is before the accept list and the exposure hook have had their say (as workers return it). */
export type MatchFinding = Omit<BatchMatch, 'decision' | 'acceptance' | 'note' | 'path'>;

/**
 * The audit facts of a batch run: the list versions and the options that produced the results. Every result
 * carries it (the same object), and every report writes it.
 */
export const BatchAuditSchema = z.object({
  lists: z.array(ListVersionSchema),
  options: z.object({
    threshold: z.number(),
    matchesPerRow: z.number().int().positive(),
    workers: z.number().int().nonnegative(),
    /** Per-list thresholds and the candidate limit, when the run set them (ScreenerOptions). */
    listThresholds: z.record(z.string(), z.number()).optional(),
    candidateLimit: z.number().int().positive().optional(),
    acceptList: z.object({ file: z.string(), entries: z.number().int(), contentHash: z.string() }).optional(),
    blockList: z.object({ file: z.string(), entries: z.number().int(), contentHash: z.string() }).optional(),
    input: z.record(z.string(), z.string()).optional(),
  }),
});

/** See {@link BatchAuditSchema}. */
export type BatchAudit = z.infer<typeof BatchAuditSchema>;

/** Why the block list stopped a row. */
export const BlockHitSchema = z.object({
  by: z.enum(['key', 'name']),
  value: z.string(),
  reason: z.string(),
  addedBy: z.string().optional(),
});

/**
 * The outcome for one input row: it always accounts for the row (number and key), whatever happened.
 * `matches` holds the matches at or above the threshold, best first.
 */
export const BatchResultSchema = z.object({
  row: z.number().int().positive(),
  key: z.string(),
  name: z.string(),
  status: BatchStatusSchema,
  matches: z.array(BatchMatchSchema),
  warnings: z.array(z.string()),
  error: z.string().optional(),
  blocked: BlockHitSchema.optional(),
  audit: BatchAuditSchema,
});

/** See {@link BatchResultSchema}. */
export type BatchResult = z.infer<typeof BatchResultSchema>;
