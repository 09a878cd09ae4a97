import type { EntitySchemaName } from '../model/entity.js';
import { makeName } from '../model/name.js';
import { type ExplanationStep, QuerySchemaSchema } from '../model/screening.js';
import { DEFAULT_THRESHOLD } from './createScreener.js';
import { applyEvidenceRule } from './evidence.js';
import { NameIndex } from './nameIndex.js';
import { analyseQuery } from './queryName.js';
import { scoreName } from './scoreName.js';

/** The result of {@link compareNames}. */
export interface NameComparison {
  score: number;
  match: boolean;
  explanation: ExplanationStep[];
}

function compareAs(a: string, b: string, schema: EntitySchemaName): { score: number; explanation: ExplanationStep[] } {
  const entity = {
    id: 'compare:b',
    sourceId: 'b',
    source: { list: 'compare', name: 'compareNames' },
    schema,
    names: [makeName(b, 'primary')],
    birthDates: [],
    birthPlaces: [],
    nationalities: [],
    countries: [],
    addresses: [],
    identifiers: [],
    programs: [],
    positions: [],
    remarks: [],
    relationships: [],
  };
  const index = NameIndex.build([entity], true);
  const isPerson = schema === 'Person';
  const query = analyseQuery(index, a, isPerson ? 'person' : 'organization');
  const result = scoreName(index, query, 0, isPerson);
  const explanation = [...result.steps];
  const score = applyEvidenceRule(result, result.score, false, index.minEvidence, explanation);
  return { score, explanation };
}

/**
 * Compares two names directly, with the screening engine's normalization and alignment, for rule checks
 * and unit tests ("our rule treats Vagner and Wagner as one"). With no list to learn token rarity from,
 * every name token weighs the same; generic words and legal forms still weigh little. Without a schema both
 * names are read as persons and as organisations, and the closer reading counts.
 *
 * @example
 * compareNames('PMC Wagner', 'ЧВК Вагнер', { schema: 'organization' }).match; // true
 */
export function compareNames(
  a: string,
  b: string,
  options: { schema?: string; threshold?: number } = {},
): NameComparison {
  const family = options.schema ? QuerySchemaSchema.parse(options.schema) : undefined;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const readings =
    family === 'Person'
      ? [compareAs(a, b, 'Person')]
      : family
        ? [compareAs(a, b, family === 'Organization' ? 'LegalEntity' : family)]
        : [compareAs(a, b, 'Person'), compareAs(a, b, 'LegalEntity')];
  const best = readings.reduce((x, y) => (y.score > x.score ? y : x));
  return { score: best.score, match: best.score >= threshold, explanation: best.explanation };
}
