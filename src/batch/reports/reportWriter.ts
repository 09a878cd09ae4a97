import { InputError } from '../../errors.js';
import { RELATIONSHIP_WORDS } from '../../screen/relationshipWords.data.js';
import type { BatchAudit, BatchResult, ExposurePath } from '../batchResult.js';
import type { BatchSummary } from '../batchSummary.js';

/** Facts of a run a report states beside the audit: when, on what input, how long, and notes for the reader. */
export interface ReportRun {
  /** ISO timestamp of the run (the caller's clock; the report code reads none). */
  generatedAt?: string;
  elapsedMs?: number;
  /** Notes shown at the top, e.g. that the lists are the embedded demonstration list. */
  notes?: readonly string[];
}

/**
 * Writes a report as a stream of text: `begin` once the audit facts are known, `write` for each result in
 * order, `end` with the summary. Pure: it returns text and the caller writes it where it wants.
 */
export interface ReportWriter {
  readonly format: ReportFormat;
  begin(audit: BatchAudit, run: ReportRun): string;
  write(result: BatchResult): string;
  end(summary: BatchSummary, run: ReportRun): string;
}

/** The report formats: CSV, JSON and JSON lines for machines, HTML for people. */
export type ReportFormat = 'csv' | 'json' | 'jsonl' | 'html';

/**
 * The report format a file name asks for (`.csv`, `.json`, `.jsonl` / `.ndjson`, `.html` / `.htm`).
 *
 * @throws InputError for any other extension.
 */
export function reportFormatOf(file: string): ReportFormat {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'csv' || ext === 'json' || ext === 'jsonl' || ext === 'html') return ext;
  if (ext === 'ndjson') return 'jsonl';
  if (ext === 'htm') return 'html';
  throw new InputError('--out', `"${file}": give a report file ending in .csv, .json, .jsonl or .html.`);
}

/** A relationship path as one line: "ORNEK KOPRU … → owned by (60 %) → AZU INTERNATIONAL … [ofac-sdn:42033]". */
export function renderExposurePath(path: ExposurePath): string {
  return path.steps
    .map((step, i) => {
      const node = `${step.name} [${step.entityId}]`;
      if (i === 0) return node;
      const relation = step.relationship ? RELATIONSHIP_WORDS[step.relationship] : 'related to';
      return `${relation}${step.share !== undefined ? ` (${step.share} %)` : ''} → ${node}`;
    })
    .join(' → ')
    .concat(path.note ? ` (${path.note})` : '');
}

/** The score as reports print it: three decimals. */
export const scoreText = (score: number) => score.toFixed(3);
