import { z } from 'zod';
import { InputError } from '../errors.js';
import { describeSchemaIssue } from './acceptList.js';
import type { BatchResult } from './batchResult.js';

/**
 * One party the team treats as listed whatever the official lists say (an internal decision, a regulator's
 * letter): matched by the row key, or by the name (ignoring case, accents, spacing and punctuation).
 */
export const BlockEntrySchema = z
  .object({
    key: z.string().min(1).optional(),
    name: z.string().min(1).optional(),
    reason: z.string().min(1),
    addedBy: z.string().optional(),
    addedAt: z.string().optional(),
  })
  .refine((e) => e.key !== undefined || e.name !== undefined, 'an entry needs a "key" or a "name"');

/** See {@link BlockEntrySchema}. */
export type BlockEntry = z.infer<typeof BlockEntrySchema>;

/**
 * The block-list file.
 *
 * @example
 * { "format": "sanctions-screen/block-list@1",
 *   "entries": [{ "name": "Pioneer Shell Trading FZE", "reason": "internal investigation 2025-07", "addedBy": "mlro" }] }
 */
export const BlockListFileSchema = z.object({
  format: z.literal('sanctions-screen/block-list@1').optional(),
  entries: z.array(BlockEntrySchema),
});

/** A parsed block list, indexed by key and by folded name. */
export interface BlockList {
  file: string;
  entries: readonly BlockEntry[];
  byKey: ReadonlyMap<string, BlockEntry>;
  byName: ReadonlyMap<string, BlockEntry>;
}

/** The comparable form of a name on the block list: case, accents, punctuation and spacing ignored. */
export function blockNameKey(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      // Dots and apostrophes join (A.B. = AB, O'Neil = ONeil); other punctuation separates words.
      .replace(/[.'’`]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/**
 * Parses and validates a block-list file (the `--block` option).
 *
 * @throws InputError naming the file and the entry that is wrong.
 */
export function parseBlockList(text: string, file: string): BlockList {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(file, `the block list is not valid JSON (${(error as Error).message}).`);
  }
  const parsed = BlockListFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new InputError(file, `not a valid block list: ${describeSchemaIssue(parsed.error)}.`);
  }
  const byKey = new Map<string, BlockEntry>();
  const byName = new Map<string, BlockEntry>();
  for (const entry of parsed.data.entries) {
    if (entry.key !== undefined) byKey.set(entry.key, entry);
    if (entry.name !== undefined) byName.set(blockNameKey(entry.name), entry);
  }
  return { file, entries: parsed.data.entries, byKey, byName };
}

/** Whether the block list names this row, by key first, then by name. */
export function findBlock(list: BlockList | undefined, row: { key: string; name: string }): BatchResult['blocked'] {
  if (!list) return undefined;
  const byKey = list.byKey.get(row.key);
  if (byKey)
    return { by: 'key', value: row.key, reason: byKey.reason, ...(byKey.addedBy ? { addedBy: byKey.addedBy } : {}) };
  const byName = row.name.trim() ? list.byName.get(blockNameKey(row.name)) : undefined;
  if (byName)
    return {
      by: 'name',
      value: row.name,
      reason: byName.reason,
      ...(byName.addedBy ? { addedBy: byName.addedBy } : {}),
    };
  return undefined;
}
