import { renderExplanation } from '../../match/explain.js';
import type { BatchAudit, BatchResult } from '../batchResult.js';
import type { BatchSummary } from '../batchSummary.js';
import type { ReportRun, ReportWriter } from './reportWriter.js';

/** The format tag of JSON and JSON-lines reports, for the programs that read them. */
export const BATCH_REPORT_FORMAT = 'sanctions-screen/batch-report@1';

/** A result as reports write it: the audit stated once at the top instead of on every row, explanations also as text. */
function resultJson(result: BatchResult) {
  const { audit: _audit, ...rest } = result;
  return {
    ...rest,
    matches: result.matches.map((m) => ({ ...m, explanationText: renderExplanation(m.explanation) })),
  };
}

/**
 * The JSON report: one object `{ format, audit, run, results: […], summary }`, written as a stream (a result a
 * line inside the array) so a million rows never sit in memory.
 */
export function createJsonReportWriter(): ReportWriter {
  let first = true;
  return {
    format: 'json',
    begin: (audit: BatchAudit, run: ReportRun) =>
      `{"format":${JSON.stringify(BATCH_REPORT_FORMAT)},\n"audit":${JSON.stringify(audit)},\n"run":${JSON.stringify(run)},\n"results":[\n`,
    write: (result) => {
      const text = `${first ? '' : ',\n'}${JSON.stringify(resultJson(result))}`;
      first = false;
      return text;
    },
    end: (summary: BatchSummary, run: ReportRun) => `\n],\n"summary":${JSON.stringify({ ...summary, ...run })}}\n`,
  };
}

/**
 * The JSON-lines report: a `{"type":"run"}` line with the audit, one `{"type":"result"}` line per row, and a
 * closing `{"type":"summary"}` line; a reader that finds no summary line knows the report is incomplete.
 */
export function createJsonlReportWriter(): ReportWriter {
  return {
    format: 'jsonl',
    begin: (audit: BatchAudit, run: ReportRun) =>
      `${JSON.stringify({ type: 'run', format: BATCH_REPORT_FORMAT, audit, ...run })}\n`,
    write: (result) => `${JSON.stringify({ type: 'result', ...resultJson(result) })}\n`,
    end: (summary: BatchSummary, run: ReportRun) => `${JSON.stringify({ type: 'summary', ...summary, ...run })}\n`,
  };
}
