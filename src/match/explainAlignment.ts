import type { ExplanationStep } from '../model/screening.js';
import type { Alignment } from './alignTokens.js';
import type { IndexedName } from './nameIndex.js';
import type { QueryName } from './queryName.js';

const round = (x: number) => Math.round(x * 100) / 100;

/** Token weights and totals of one scored name, for the explanation's effects. */
export interface AlignmentWeights {
  qTotal: number;
  cTotal: number;
  cWeights: Float32Array;
}

/**
 * The explanation of an alignment, as data: each matched pair with its relation (= exact, ≈ spelling, typo,
 * transliteration…), generic words and legal forms noted as weighing little, and each unmatched word of
 * either name with the share of the score it cost.
 */
export function explainAlignment(
  query: QueryName,
  name: IndexedName,
  alignment: Alignment,
  weights: AlignmentWeights,
): ExplanationStep[] {
  const qt = query.tokens;
  const ct = name.tokens;
  const steps: ExplanationStep[] = [];
  for (const p of alignment.pairs) {
    const q = qt[p.q]!;
    const c = ct[p.c]!;
    const queryText = p.q2 !== undefined ? `${q.text} ${qt[p.q2]!.text}` : q.text;
    const candidateText = p.c2 !== undefined ? `${c.text} ${ct[p.c2]!.text}` : c.text;
    const similarity = round(p.similarity);
    if (q.role === 'generic' || c.role === 'generic') {
      const note = 'generic word, weighs little';
      steps.push({
        feature: 'generic',
        query: queryText,
        candidate: candidateText,
        relation: p.relation,
        similarity,
        note,
      });
    } else if (q.role === 'legalForm') {
      steps.push({ feature: 'legalForm', query: queryText, candidate: candidateText, note: 'legal form, ignored' });
    } else {
      const note = p.relation;
      steps.push({
        feature: 'token',
        query: queryText,
        candidate: candidateText,
        relation: p.relation,
        similarity,
        note,
      });
    }
  }
  qt.forEach((q, i) => {
    if (alignment.qUsed[i]! > 0) return;
    if (q.role === 'legalForm') steps.push({ feature: 'legalForm', query: q.text, note: 'legal form, ignored' });
    else if (q.role === 'generic') steps.push({ feature: 'generic', query: q.text, note: 'generic word, ignored' });
    else {
      const effect = -round(q.weight / Math.max(weights.qTotal, 1e-9));
      steps.push({ feature: 'unmatchedQuery', query: q.text, effect, note: 'not in the listed name' });
    }
  });
  ct.forEach((c, j) => {
    if (alignment.cUsed[j]! > 0 || c.role !== 'name') return;
    steps.push({
      feature: 'unmatchedCandidate',
      candidate: c.text,
      effect: -round(weights.cWeights[j]! / Math.max(weights.cTotal, 1e-9)),
      note: c.position === 'middle' ? 'middle name not in the query (weighs little)' : 'not in the screened name',
    });
  });
  return steps;
}
