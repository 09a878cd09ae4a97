import { z } from 'zod';
import { EntitySchema, SourceRefSchema } from './entity.js';

/**
 * The project's own list format (`watchlist-json`): a team's watchlist, or the embedded default list.
 * Entities are written as {@link EntitySchema} input; an entity without its own `source` takes the file's
 * `list`, and an entity whose `id` lacks a namespace gets `<list>:<sourceId>`.
 *
 * @example
 * { "format": "sanctions-screen/watchlist@1",
 *   "list": { "list": "acme-blocklist", "name": "ACME internal block list", "publishedAt": "2026-11-01" },
 *   "entities": [{ "sourceId": "B-1", "schema": "Company", "names": [{ "full": "Example Trading LLC", "kind": "primary" }] }] }
 */
export const WatchlistFileSchema = z.object({
  format: z.literal('sanctions-screen/watchlist@1'),
  list: SourceRefSchema,
  description: z.string().optional(),
  entities: z.array(
    EntitySchema.extend({
      id: EntitySchema.shape.id.optional(),
      source: SourceRefSchema.optional(),
    }).loose(),
  ),
});

/** See {@link WatchlistFileSchema}. */
export type WatchlistFile = z.input<typeof WatchlistFileSchema>;
