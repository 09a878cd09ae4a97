import { renderExplanation } from '../../match/explain.js';
import { describeListVersions } from '../../sources/listVersions.js';
import type { BatchAudit, BatchMatch, BatchResult } from '../batchResult.js';
import { csvCell, csvCells, csvLine } from './csvCell.js';
import { type ReportWriter, renderExposurePath, scoreText } from './reportWriter.js';

/** The columns of the CSV report, in order. */
export const CSV_REPORT_COLUMNS = [
  'row',
  'key',
  'name',
  'status',
  'match_rank',
  'score',
  'entity_id',
  'entity_hash',
  'entity_name',
  'list',
  'programs',
  'matched_name',
  'explanation',
  'relationship_path',
  'decision',
  'note',
  'blocked_reason',
  'warnings',
  'error',
  'lists',
  'threshold',
] as const;

/**
 * The CSV report: one line per match (a row with no match has one line with the match columns empty), so a
 * spreadsheet filter on `status` or `score` works directly. Every line names the list versions and the
 * threshold that produced it, and each match the content hash of its list entry (what an accept-list entry
 * records); every cell is neutralised against formula injection (see csvCell). Starts with
 * a UTF-8 byte-order mark so Excel shows "Müller" and "Beyoğlu" as written.
 */
export function createCsvReportWriter(): ReportWriter {
  // The run's cells (list versions, threshold) are the same on every line: escaped once, appended as text.
  let runCells = '';
  const line = (result: BatchResult, match: BatchMatch | undefined, rank: number | undefined) =>
    `${csvCells([
      result.row,
      result.key,
      result.name,
      result.status,
      rank,
      match ? scoreText(match.score) : undefined,
      match?.entityId,
      match?.entityHash,
      match?.entityName,
      match?.list,
      match?.programs.join('; '),
      match?.matchedName,
      match ? renderExplanation(match.explanation) : undefined,
      match?.path ? renderExposurePath(match.path) : undefined,
      match?.decision,
      match?.note ??
        (match?.acceptance
          ? `accepted on ${match.acceptance.acceptedAt} by ${match.acceptance.acceptedBy}: ${match.acceptance.reason}`
          : undefined),
      result.blocked ? `${result.blocked.reason} (block list, by ${result.blocked.by})` : undefined,
      result.warnings.join('; '),
      result.error,
    ])},${runCells}\r\n`;
  return {
    format: 'csv',
    begin: (audit: BatchAudit) => {
      runCells = [csvCell(describeListVersions(audit.lists)), csvCell(audit.options.threshold)].join(',');
      return `\uFEFF${csvLine([...CSV_REPORT_COLUMNS])}`;
    },
    write: (result) =>
      result.matches.length === 0
        ? line(result, undefined, undefined)
        : result.matches.map((m, i) => line(result, m, i + 1)).join(''),
    end: () => '',
  };
}
