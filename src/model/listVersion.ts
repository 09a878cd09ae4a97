import { z } from 'zod';
import { ListFormatSchema } from './loadResult.js';

/** One version of one list a screening ran on (batch, transaction, CLI): the audit trail's answer to "screened against what?". */
export const ListVersionSchema = z.object({
  list: z.string(),
  name: z.string(),
  /** The loader format; null for entities given in memory. */
  format: ListFormatSchema.nullable(),
  publishedAt: z.string().nullable(),
  entities: z.number().int().nonnegative(),
  /**
   * SHA-256 (hex) of the list file(s); for a list given in memory (the embedded default list, an application's
   * own entities), of its entities' canonical JSON (see `hashOf`). Null only when the caller gave versions without one.
   */
  contentHash: z.string().nullable(),
  /** What `contentHash` is the hash of: the list file's bytes, or the entities screened (a list without a file). */
  hashOf: z.enum(['file', 'entities']).optional(),
  /**
   * Records of the list file that could not be loaded (see the load's issues): the screening did not run against
   * them. Absent for a list given in memory.
   */
  rejected: z.number().int().nonnegative().optional(),
});

/** See {@link ListVersionSchema}. */
export type ListVersion = z.infer<typeof ListVersionSchema>;
