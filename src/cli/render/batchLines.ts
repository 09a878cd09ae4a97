import type { BatchAudit, BatchResult } from '../../batch/batchResult.js';
import type { BatchSummary } from '../../batch/batchSummary.js';
import { scoreText } from '../../batch/reports/reportWriter.js';
import { describeListVersions } from '../../sources/listVersions.js';

/** One stdout line for a row that needs attention (alert, blocked, error), when no report file is written. */
export function attentionLine(r: BatchResult): string | undefined {
  if (r.status === 'error') return `ERROR   row ${r.row} ${r.key}: ${r.error}`;
  if (r.status === 'blocked-by-list') return `BLOCKED row ${r.row} ${r.key} "${r.name}": ${r.blocked?.reason ?? ''}`;
  if (r.status !== 'alert') return undefined;
  const top = r.matches.find((m) => m.decision !== 'accepted') ?? r.matches[0]!;
  const more = r.matches.length > 1 ? ` (+${r.matches.length - 1} more)` : '';
  return `ALERT   row ${r.row} ${r.key} "${r.name}" → ${scoreText(top.score)} ${top.entityId} ${top.entityName} [${top.programs.join(', ') || 'no program'}]${top.note ? `; ${top.note}` : ''}${more}`;
}

/** What the summary line says besides the counts. */
export interface SummaryFacts {
  audit: BatchAudit | undefined;
  elapsedMs: number;
  /** The report file, when one was written. */
  out?: string;
  /** Records of the file with no content at all, passed over. */
  blankRecords?: number;
  /** Set when the run stopped before the end of the file. */
  stopped?: boolean;
}

/**
 * The one-line summary a batch run ends with on stderr, for pipelines and logs: rows, alerts, blocked,
 * accepted, errors, empty and clear rows, the rate, the list versions used and the elapsed time, e.g.
 * `batch: 10 rows in 0.4 s (24 rows/s): 3 alerts, 0 blocked, 0 accepted, 0 errors, 1 empty, 6 clear; lists: …`.
 */
export function summaryLine(summary: BatchSummary, facts: SummaryFacts): string {
  const s = summary.byStatus;
  const n = (x: number) => x.toLocaleString('en-US');
  const rate = Math.round(summary.rows / Math.max(0.001, facts.elapsedMs / 1000));
  const blank = facts.blankRecords ? ` (${n(facts.blankRecords)} blank lines passed over)` : '';
  return (
    `batch${facts.stopped ? ' STOPPED' : ''}: ${n(summary.rows)} rows${blank} in ${(facts.elapsedMs / 1000).toFixed(1)} s (${n(rate)} rows/s): ` +
    `${n(s.alert)} alerts, ${n(s['blocked-by-list'])} blocked, ${n(s.accepted)} accepted, ${n(s.error)} errors, ` +
    `${n(s.empty)} empty, ${n(s.clear)} clear; lists: ${facts.audit ? describeListVersions(facts.audit.lists) : 'none'}` +
    `${facts.out ? `; report: ${facts.out}` : ''}`
  );
}
