import { renderExplanation } from '../../match/explain.js';
import type { BatchAudit, BatchMatch, BatchResult } from '../batchResult.js';
import type { BatchSummary } from '../batchSummary.js';
import { type ReportRun, type ReportWriter, renderExposurePath, scoreText } from './reportWriter.js';

/**
 * Alerts shown in full (the highest-scoring ones), and blocked and failed rows (the first ones); beyond this the
 * HTML says how many more the machine report holds.
 */
export const HTML_DETAIL_LIMIT = 5000;

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const h = (value: string | number | undefined | null) =>
  escapeHtml(value === undefined || value === null ? '' : String(value));

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}h3{font-size:1rem;margin:0 0 .4rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0}th,td{border:1px solid #ddd;padding:.25rem .45rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}.num{text-align:right;font-variant-numeric:tabular-nums}.note{background:#fff4d6;border:1px solid #e0b84c;padding:.5rem}
article{border:1px solid #ccc;border-left:5px solid #c0392b;padding:.6rem .8rem;margin:.8rem 0}article.blocked{border-left-color:#6c3483}
.why{font-family:ui-monospace,monospace;font-size:12px}.accepted{color:#666}.meta{color:#555}`;

const topScore = (r: BatchResult) =>
  Math.max(0, ...r.matches.filter((m) => m.decision !== 'accepted').map((m) => m.score));

/** Highest alerting score first; equal scores in file order. */
const byScore = (a: BatchResult, b: BatchResult) => topScore(b) - topScore(a) || a.row - b.row;

function matchRows(matches: readonly BatchMatch[]): string {
  return matches
    .map(
      (m) => `<tr class="${m.decision === 'accepted' ? 'accepted' : ''}"><td class="num">${scoreText(m.score)}</td>
<td>${h(m.entityName)}<br><small>${h(m.entityId)} · ${h(m.schema)}</small></td><td>${h(m.listName)}<br><small>${h(m.list)}</small></td>
<td>${h(m.programs.join(', ') || '—')}</td><td>${h(m.matchedName)}<br><small>${h(m.matchedNameKind)}</small></td>
<td class="why">${h(renderExplanation(m.explanation))}${m.path ? `<br><b>Indirect:</b> ${h(renderExposurePath(m.path))}` : ''}${
        m.note
          ? `<br><b>${h(m.note)}</b>`
          : m.decision === 'accepted' && m.acceptance
            ? `<br>accepted on ${h(m.acceptance.acceptedAt)} by ${h(m.acceptance.acceptedBy)}: ${h(m.acceptance.reason)}`
            : ''
      }</td></tr>`,
    )
    .join('\n');
}

function rowArticle(r: BatchResult): string {
  const head = `<h3>Row ${h(r.row)} · ${h(r.key)} · ${h(r.name || '(no name)')}</h3>`;
  const blocked = r.blocked
    ? `<p>Blocked by the team's block list (by ${h(r.blocked.by)}): ${h(r.blocked.reason)}${r.blocked.addedBy ? `, added by ${h(r.blocked.addedBy)}` : ''}</p>`
    : '';
  const table = r.matches.length
    ? `<table><tr><th>Score</th><th>List entry</th><th>List</th><th>Programs</th><th>Matched name</th><th>Why</th></tr>\n${matchRows(r.matches)}</table>`
    : '';
  const warnings = r.warnings.length ? `<p><small>${h(r.warnings.join('; '))}</small></p>` : '';
  return `<article class="${r.status === 'blocked-by-list' ? 'blocked' : 'alert'}">${head}${blocked}${table}${warnings}</article>`;
}

function auditSection(audit: BatchAudit): string {
  const lists = audit.lists
    .map(
      (
        l,
      ) => `<tr><td>${h(l.list)}</td><td>${h(l.name)}</td><td>${h(l.format ?? 'in memory')}</td><td>${h(l.publishedAt ?? 'not stated')}</td>
<td class="num">${h(l.entities)}${l.rejected ? ` <small>(${h(l.rejected)} records not loaded)</small>` : ''}</td><td><small>${h(l.contentHash ?? '—')}</small></td></tr>`,
    )
    .join('\n');
  const o = audit.options;
  const facts: Array<[string, string | undefined]> = [
    ['Threshold', String(o.threshold)],
    ['Matches kept per row', String(o.matchesPerRow)],
    ['Worker threads', String(o.workers)],
    [
      'Accept list',
      o.acceptList
        ? `${o.acceptList.file} (${o.acceptList.entries} entries, sha256 ${o.acceptList.contentHash})`
        : 'none',
    ],
    [
      'Block list',
      o.blockList ? `${o.blockList.file} (${o.blockList.entries} entries, sha256 ${o.blockList.contentHash})` : 'none',
    ],
    ...Object.entries(o.input ?? {}).map(([k, v]): [string, string] => [`Input ${k}`, v]),
  ];
  return `<h2>Audit: lists and options</h2>
<table><tr><th>List</th><th>Name</th><th>Format</th><th>Published</th><th>Entities</th><th>SHA-256</th></tr>
${lists}</table>
<table>${facts.map(([k, v]) => `<tr><th>${h(k)}</th><td>${h(v)}</td></tr>`).join('')}</table>`;
}

/**
 * The HTML report for people: one self-contained page (inline style, no scripts, no external assets, and a
 * content security policy that forbids loading any) with the summary counts, the alerts sorted by score,
 * each with the matched list entry, its programs, the explanation and the relationship path of an indirect
 * hit, then blocked rows, rows not screened, and the audit facts. All text is HTML-escaped.
 */
export function createHtmlReportWriter(): ReportWriter {
  let audit: BatchAudit | undefined;
  // The highest-scoring alerts are kept, however many there are: sorted and cut back whenever the buffer doubles.
  const alerts: BatchResult[] = [];
  const keepTopAlerts = () => {
    alerts.sort(byScore);
    alerts.length = Math.min(alerts.length, HTML_DETAIL_LIMIT);
  };
  const blocked: BatchResult[] = [];
  const failed: BatchResult[] = [];
  let omitted = 0;
  const keepFirst = (list: BatchResult[], result: BatchResult) => {
    if (list.length < HTML_DETAIL_LIMIT) list.push(result);
    else omitted++;
  };
  return {
    format: 'html',
    begin: (a) => {
      audit = a;
      return '';
    },
    write: (result) => {
      if (result.status === 'alert') {
        alerts.push(result);
        if (alerts.length >= 2 * HTML_DETAIL_LIMIT) keepTopAlerts();
      } else if (result.status === 'blocked-by-list') keepFirst(blocked, result);
      else if (result.status === 'error') keepFirst(failed, result);
      return '';
    },
    end: (summary: BatchSummary, run: ReportRun) => {
      keepTopAlerts();
      omitted += summary.byStatus.alert - alerts.length;
      const s = summary.byStatus;
      const counts: Array<[string, number]> = [
        ['Rows screened', summary.rows],
        ['Alerts (rows to review)', s.alert],
        ['Blocked by the block list', s['blocked-by-list']],
        ['Accepted (decided false positives, list entry unchanged)', s.accepted],
        ['Accepted before, list entry changed since (alerting again)', summary.changedAcceptances],
        ['Clear', s.clear],
        ['Empty (nothing to screen)', s.empty],
        ['Errors (not screened)', s.error],
      ];
      const input = audit?.options.input?.file;
      return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sanctions batch screening${input ? `: ${h(input)}` : ''}</title><style>${STYLE}</style></head><body>
<h1>Sanctions batch screening report</h1>
<p class="meta">${input ? `Input: ${h(input)} · ` : ''}${run.generatedAt ? `Generated ${h(run.generatedAt)} · ` : ''}${
        run.elapsedMs !== undefined ? `took ${h((run.elapsedMs / 1000).toFixed(1))} s` : ''
      }</p>
${(run.notes ?? []).map((n) => `<p class="note">${h(n)}</p>`).join('\n')}
<h2>Summary</h2>
<table>${counts.map(([k, v]) => `<tr><th>${h(k)}</th><td class="num">${h(v)}</td></tr>`).join('')}</table>
<h2>Alerts, highest score first (${h(s.alert)})</h2>
${alerts.length ? alerts.map(rowArticle).join('\n') : '<p>No alerts.</p>'}
${blocked.length ? `<h2>Blocked by the team's block list (${h(s['blocked-by-list'])})</h2>\n${blocked.map(rowArticle).join('\n')}` : ''}
${failed.length ? `<h2>Rows not screened (${h(s.error)})</h2><table><tr><th>Row</th><th>Key</th><th>Why</th></tr>${failed.map((r) => `<tr><td class="num">${h(r.row)}</td><td>${h(r.key)}</td><td>${h(r.error)}</td></tr>`).join('')}</table>` : ''}
${omitted ? `<p class="note">${h(omitted)} more flagged or failed rows (of the alerts, the lowest-scoring) are not shown here; the CSV or JSON report holds every row.</p>` : ''}
${audit ? auditSection(audit) : ''}
</body></html>
`;
    },
  };
}
