import { type AcceptList, decideAcceptance } from './acceptList.js';
import type { BatchAudit, BatchMatch, BatchResult, BatchStatus, ExposurePath, MatchFinding } from './batchResult.js';
import { type BlockList, findBlock } from './blockList.js';
import type { ScreenedRow } from './screenRows.js';

/**
 * Finds how a matched list entry leads to a listed party when the hit is indirect (the entry is a company
 * owned by a designated one). Runs in the calling thread on each alerting match; return undefined for a direct hit.
 */
export type ExposureHook = (match: MatchFinding) => ExposurePath | undefined;

/** What decides a screened row's status besides the screener: accept list, block list, exposure hook, audit. */
export interface RowDecisionContext {
  accept?: AcceptList;
  block?: BlockList;
  exposure?: ExposureHook;
  audit: BatchAudit;
}

function statusOf(screened: ScreenedRow, matches: readonly BatchMatch[], blocked: boolean): BatchStatus {
  if (screened.error !== undefined) return 'error';
  if (blocked) return 'blocked-by-list';
  if (screened.empty) return 'empty';
  if (matches.length === 0) return 'clear';
  return matches.some((m) => m.decision !== 'accepted') ? 'alert' : 'accepted';
}

/**
 * Turns one screened row into its result: applies the block list (the team's own "treat as listed"), the
 * accept list (suppressing decided false positives while the list entry is unchanged), and the exposure hook,
 * then sets the status. Pure: the same screened row and context always give the same result.
 */
export function decideRow(screened: ScreenedRow, context: RowDecisionContext): BatchResult {
  const { row } = screened;
  const matches: BatchMatch[] = screened.findings.map((finding) => {
    const path = context.exposure?.(finding);
    return { ...finding, ...decideAcceptance(context.accept, row.key, finding), ...(path ? { path } : {}) };
  });
  const blocked = screened.error === undefined ? findBlock(context.block, row) : undefined;
  return {
    row: row.row,
    key: row.key,
    name: row.name,
    status: statusOf(screened, matches, blocked !== undefined),
    matches,
    warnings: screened.warnings,
    ...(screened.error !== undefined ? { error: screened.error } : {}),
    ...(blocked ? { blocked } : {}),
    audit: context.audit,
  };
}
