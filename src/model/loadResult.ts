import { z } from 'zod';
import { EntitySchema, SourceRefSchema } from './entity.js';

/** The list formats the loaders read; the name is what `loadList({ format })` and the CLI's `format:path` take. */
export const ListFormatSchema = z.enum([
  'ofac-xml',
  'ofac-csv',
  'un-xml',
  'eu-xml',
  'uk-csv',
  'uk-ods',
  'uk-xlsx',
  'csl-csv',
  'csl-json',
  'canada-xml',
  'dfat-xlsx',
  'ftm-json',
  'opensanctions-csv',
  'watchlist-json',
]);

/** See {@link ListFormatSchema}. */
export type ListFormat = z.infer<typeof ListFormatSchema>;

/**
 * Something a loader could not take as it was. `error`: the record was not loaded (it is named by `record`
 * and `line`, so nothing is lost silently). `warning`: the record was loaded but a field was dropped or
 * guessed. `info`: a known quirk of the file was handled.
 */
export const LoadIssueSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  message: z.string(),
  file: z.string().optional(),
  line: z.number().int().positive().optional(),
  record: z.string().optional(),
  field: z.string().optional(),
});

/** See {@link LoadIssueSchema}. */
export type LoadIssue = z.infer<typeof LoadIssueSchema>;

/**
 * Facts about one load: the format, the list, the files read, and the record accounting.
 * `records === entities + rejected` always holds: every source record is loaded or reported.
 */
export const LoadMetaSchema = z.object({
  format: ListFormatSchema,
  source: SourceRefSchema,
  files: z.array(z.string()),
  /** Source records read (listings; alias rows folded into their listing are counted in `rows`). */
  records: z.number().int().nonnegative(),
  /** Entities produced. */
  entities: z.number().int().nonnegative(),
  /** Records refused, each with an `error` issue. */
  rejected: z.number().int().nonnegative(),
  /** Physical rows or elements read, when a record spans several (DFAT alias rows, OFAC alt.csv). */
  rows: z.number().int().nonnegative().optional(),
  /** The count the file states about itself (OFAC Record_Count), when it has one. */
  declaredCount: z.number().int().nonnegative().optional(),
  /** SHA-256 of the file bytes (hex), set by the file loaders; identifies the list version in audit trails. */
  contentHash: z.string().optional(),
});

/** See {@link LoadMetaSchema}. */
export type LoadMeta = z.infer<typeof LoadMetaSchema>;

/** What every loader returns: the entities, what could not be taken as it was, and the load's facts. */
export const LoadResultSchema = z.object({
  entities: z.array(EntitySchema),
  issues: z.array(LoadIssueSchema),
  meta: LoadMetaSchema,
});

/** See {@link LoadResultSchema}. */
export type LoadResult = z.infer<typeof LoadResultSchema>;
