import { z } from 'zod';
import { IdentifierTypeSchema } from '../model/identifier.js';

/**
 * One row of a vendor or customer file, mapped to what screening needs: the row number as the user sees it
 * in the file (CSV line, spreadsheet row, JSON line), the row's key (its id, or its name when the file has no
 * id column), the name, and what else the file says. `error` is set when the row could not be read at all,
 * `warnings` when a field was set aside (an unknown country, a date that is no date).
 */
export const BatchRowSchema = z.object({
  row: z.number().int().positive(),
  key: z.string(),
  name: z.string(),
  /** The kind of party: `person`, `organization`, `vessel`, `aircraft` (see the model's QuerySchemaSchema). */
  schema: z.string().optional(),
  birthDate: z.string().optional(),
  country: z.string().optional(),
  identifiers: z.array(z.object({ type: IdentifierTypeSchema.optional(), value: z.string() })).optional(),
  warnings: z.array(z.string()).optional(),
  error: z.string().optional(),
});

/** See {@link BatchRowSchema}. */
export type BatchRow = z.infer<typeof BatchRowSchema>;

/**
 * What `screenBatch` accepts from an application: a row whose number and key may be omitted (the number
 * defaults to the row's position, counting from 1, and the key to the name).
 */
export const BatchRowInputSchema = BatchRowSchema.extend({
  row: BatchRowSchema.shape.row.optional(),
  key: BatchRowSchema.shape.key.optional(),
});

/** See {@link BatchRowInputSchema}. */
export type BatchRowInput = z.input<typeof BatchRowInputSchema>;

/**
 * The key a row is known by when the file gives none: its name, marked as such, so an accept-list decision
 * survives the file being re-sorted. A row without a name either falls back to its number.
 */
export function fallbackRowKey(name: string, row: number): string {
  const trimmed = name.trim();
  return trimmed ? `name:${trimmed}` : `row:${row}`;
}

/**
 * Validates one application-supplied row at the edge and fills its number and key; a row that does not fit
 * becomes a row with `error` set (reported as an error result, never dropped).
 */
export function toBatchRow(input: unknown, position: number): BatchRow {
  const parsed = BatchRowInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const raw = (typeof input === 'object' && input !== null ? input : {}) as { row?: unknown; key?: unknown };
    const row = typeof raw.row === 'number' && Number.isInteger(raw.row) && raw.row > 0 ? raw.row : position;
    return {
      row,
      key: typeof raw.key === 'string' ? raw.key : `row:${row}`,
      name: '',
      error: `row ${row} is not a screening row: ${issue?.path.join('.') || 'row'}: ${issue?.message ?? 'invalid'}`,
    };
  }
  const value = parsed.data;
  const row = value.row ?? position;
  return { ...value, row, key: value.key?.trim() || fallbackRowKey(value.name, row) };
}
