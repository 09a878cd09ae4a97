import type { LoadIssue, LoadResult } from '../../model/loadResult.js';

/** Counts issues by severity and code, e.g. `error INVALID_RECORD: 2`. */
export function issueCounts(issues: LoadIssue[]): Array<{ severity: string; code: string; count: number }> {
  const counts = new Map<string, { severity: string; code: string; count: number }>();
  for (const issue of issues) {
    const key = `${issue.severity}\u0000${issue.code}`;
    const entry = counts.get(key) ?? { severity: issue.severity, code: issue.code, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  const order = { error: 0, warning: 1, info: 2 } as Record<string, number>;
  return [...counts.values()].sort((a, b) => (order[a.severity] ?? 3) - (order[b.severity] ?? 3) || b.count - a.count);
}

/** One issue as a line: where, what. */
export function renderIssue(issue: LoadIssue): string {
  const where = [
    issue.file,
    issue.line !== undefined ? `line ${issue.line}` : undefined,
    issue.record && `record ${issue.record}`,
  ]
    .filter(Boolean)
    .join(', ');
  return `${issue.severity} ${issue.code}${issue.field ? ` (${issue.field})` : ''}: ${issue.message}${where ? ` [${where}]` : ''}`;
}

/** A JSON-friendly summary of a load, without the entities. */
export function loadSummary(result: LoadResult) {
  return {
    ...result.meta,
    issues: issueCounts(result.issues),
  };
}
