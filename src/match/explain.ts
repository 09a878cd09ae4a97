import type { ExplanationStep } from '../model/screening.js';

const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}`;

/**
 * Renders one explanation step as analyst-readable text: "WAGNER ≈ VAGNER (transliteration)",
 * "GROUP ignored (generic)", "DOB year differs by 8 −0.15".
 */
export function renderStep(step: ExplanationStep): string {
  const q = step.query?.toUpperCase();
  const c = step.candidate?.toUpperCase();
  switch (step.feature) {
    case 'token':
      return step.relation === 'exact' ? `${q} = ${c}` : `${q} ≈ ${c} (${step.relation ?? step.note})`;
    case 'generic':
      return c && q
        ? `${q} ${step.relation === 'exact' ? '=' : '≈'} ${c} (generic, weighs little)`
        : `${q ?? c} ignored (generic)`;
    case 'legalForm':
      return `${q ?? c} ignored (legal form)`;
    case 'stopWord':
      return `${q ?? c} ignored (stop word)`;
    case 'unmatchedQuery':
      return `${q} not in the listed name${step.effect !== undefined ? ` ${signed(step.effect)}` : ''}`;
    case 'unmatchedCandidate':
      return `${c} missing from the screened name${step.note.includes('middle') ? ' (middle name)' : ''}${step.effect !== undefined ? ` ${signed(step.effect)}` : ''}`;
    default:
      return `${step.note}${step.query || step.candidate ? ` (${[step.query, step.candidate].filter(Boolean).join(' vs ')})` : ''}${step.effect !== undefined && Number.isFinite(step.effect) && step.effect !== 0 ? ` ${signed(step.effect)}` : ''}`;
  }
}

/** Renders a whole explanation on one line, steps separated by commas. */
export function renderExplanation(steps: readonly ExplanationStep[]): string {
  return steps.map(renderStep).join(', ');
}
