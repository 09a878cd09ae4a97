import { z } from 'zod';
import { InputError } from '../errors.js';
import type { BatchMatch, MatchFinding } from './batchResult.js';

const IsoDateTextSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'expected an ISO date such as "2025-01-10"');

/**
 * One decided false positive: the input row (by its key) does not refer to this list entry. The decision
 * holds only while the list entry is unchanged (`entityHash`, see entityContentHash); who took it, when and
 * why are kept for the audit trail.
 */
export const AcceptEntrySchema = z.object({
  key: z.string().min(1),
  entityId: z.string().min(1),
  entityHash: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'expected the "sha256:…" hash a batch report gives'),
  acceptedBy: z.string().min(1),
  acceptedAt: IsoDateTextSchema,
  reason: z.string().min(1),
  /** The row's name and the entry's name when decided: for the reader of the file, not used in matching. */
  name: z.string().optional(),
  entityName: z.string().optional(),
});

/** See {@link AcceptEntrySchema}. */
export type AcceptEntry = z.infer<typeof AcceptEntrySchema>;

/**
 * The accept list ("good-guy list") file: decided false positives, one entry per row key and list entry.
 *
 * @example
 * { "format": "sanctions-screen/accept-list@1",
 *   "entries": [{ "key": "V-1044", "entityId": "ofac-sdn:41936", "entityHash": "sha256:…",
 *     "acceptedBy": "a.kaya", "acceptedAt": "2025-01-10", "reason": "Dexias Lighting GmbH, Munich: other company" }] }
 */
export const AcceptListFileSchema = z.object({
  format: z.literal('sanctions-screen/accept-list@1').optional(),
  entries: z.array(AcceptEntrySchema),
});

/** A parsed accept list, indexed by row key and list entry id. */
export interface AcceptList {
  file: string;
  entries: readonly AcceptEntry[];
  byPair: ReadonlyMap<string, AcceptEntry>;
}

const pairKey = (rowKey: string, entityId: string) => `${rowKey}\u0000${entityId}`;

/** Explains the first schema issue of a JSON file the way its author can fix it. */
export function describeSchemaIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.length
    ? issue.path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
        .join('')
        .replace(/^\./, '')
    : 'the file';
  return `${where}: ${issue?.message ?? 'invalid'}`;
}

/**
 * Parses and validates an accept-list file. Use it on the text of the file given with `--accept`.
 *
 * @throws InputError naming the file and the entry that is wrong.
 */
export function parseAcceptList(text: string, file: string): AcceptList {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(file, `the accept list is not valid JSON (${(error as Error).message}).`);
  }
  const parsed = AcceptListFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new InputError(
      file,
      `not a valid accept list: ${describeSchemaIssue(parsed.error)}. See the accept-list format in the README.`,
    );
  }
  const byPair = new Map<string, AcceptEntry>();
  for (const entry of parsed.data.entries) byPair.set(pairKey(entry.key, entry.entityId), entry);
  return { file, entries: parsed.data.entries, byPair };
}

/** The accept list's say on one match of one row: suppressed, re-alerted because the entry changed, or none. */
export type AcceptDecision = Pick<BatchMatch, 'decision' | 'acceptance' | 'note'>;

/**
 * Decides one match against the accept list: `accepted` when the row key and list entry were accepted and the
 * entry's content hash is unchanged; `accepted-but-changed` (alerting again, with the reason) when the entry
 * has changed since; `alert` otherwise.
 */
export function decideAcceptance(list: AcceptList | undefined, rowKey: string, match: MatchFinding): AcceptDecision {
  const entry = list?.byPair.get(pairKey(rowKey, match.entityId));
  if (!entry) return { decision: 'alert' };
  const acceptance = {
    acceptedBy: entry.acceptedBy,
    acceptedAt: entry.acceptedAt,
    reason: entry.reason,
    entityHash: entry.entityHash,
  };
  if (entry.entityHash === match.entityHash) return { decision: 'accepted', acceptance };
  return {
    decision: 'accepted-but-changed',
    acceptance,
    note: `accepted on ${entry.acceptedAt} by ${entry.acceptedBy} ("${entry.reason}"), but the list entry changed since: review it again`,
  };
}

/**
 * Writes the accept-list entry that records a decided false positive for one match of one row. Use it in a
 * review tool, then append the entry to the accept-list file.
 */
export function acceptEntryFor(
  result: { key: string; name: string },
  match: Pick<BatchMatch, 'entityId' | 'entityHash' | 'entityName'>,
  decision: { acceptedBy: string; acceptedAt: string; reason: string },
): AcceptEntry {
  return AcceptEntrySchema.parse({
    key: result.key,
    entityId: match.entityId,
    entityHash: match.entityHash,
    ...decision,
    name: result.name,
    entityName: match.entityName,
  });
}
