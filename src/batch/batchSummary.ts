import type { BatchResult, BatchStatus } from './batchResult.js';

/** The counts of a batch run: rows by status, matches, re-alerted acceptances, warnings. */
export interface BatchSummary {
  rows: number;
  byStatus: Record<BatchStatus, number>;
  /** Matches at or above the threshold, accepted ones included. */
  matches: number;
  /** Matches accepted once whose list entry changed since (they alert again). */
  changedAcceptances: number;
  /** Rows with at least one warning (a field set aside). */
  rowsWithWarnings: number;
}

/** A summary with nothing counted yet. */
export function emptySummary(): BatchSummary {
  return {
    rows: 0,
    byStatus: { clear: 0, alert: 0, accepted: 0, 'blocked-by-list': 0, error: 0, empty: 0 },
    matches: 0,
    changedAcceptances: 0,
    rowsWithWarnings: 0,
  };
}

/** Counts one result into a summary (in place, for a stream of a million results). */
export function countResult(summary: BatchSummary, result: BatchResult): void {
  summary.rows++;
  summary.byStatus[result.status]++;
  summary.matches += result.matches.length;
  for (const m of result.matches) if (m.decision === 'accepted-but-changed') summary.changedAcceptances++;
  if (result.warnings.length > 0) summary.rowsWithWarnings++;
}
