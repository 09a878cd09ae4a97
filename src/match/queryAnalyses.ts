import { classifyName, type NormalizedName, romanizeName } from '../normalize/normalizeName.js';
import type { NameIndex, SchemaFamily } from './nameIndex.js';
import { analyseNormalized, type QueryName } from './queryName.js';

/**
 * A screened name read the two ways it may be meant: as a person's name (no legal forms, patronymics
 * discounted) for listed persons, and as an organisation's (legal forms and generic words recognised, no
 * titles) for everything else. When the caller names the schema only one reading is made; when both readings
 * give the same words they share one analysis.
 */
export interface QueryAnalyses {
  person?: QueryName;
  other?: QueryName;
  /** Whether a listed party of this family is screened at all (the caller's schema; no vessel for "… Inc."). */
  screens(family: SchemaFamily): boolean;
}

const sameTokens = (a: NormalizedName, b: NormalizedName) =>
  a.tokens.length === b.tokens.length &&
  a.tokens.every((t, i) => t.key === b.tokens[i]?.key && t.role === b.tokens[i]?.role && t.text === b.tokens[i]?.text);

/** A legal form of three letters or more (LLC, LTD, GMBH, COMPANY) says the name is an organisation's. */
const isOrganisationName = (name: NormalizedName) =>
  name.tokens.some((t) => t.role === 'legalForm' && t.text.replace(/ /g, '').length >= 3);

const ALL = () => true;
const PERSONS_AND_ORGANISATIONS = (f: SchemaFamily) => f === 'Person' || f === 'Organization';

/** Analyses a query for the schema family asked for, or for both persons and organisations when none is. */
export function analyseQueryFor(index: NameIndex, text: string, family: SchemaFamily | undefined): QueryAnalyses {
  const only = (f: SchemaFamily) => f === family;
  const romanized = romanizeName(text);
  if (family === 'Person') {
    return { person: analyseNormalized(index, classifyName(romanized, 'person'), 'person'), screens: only };
  }
  const asOrganization = classifyName(romanized, 'organization');
  if (family !== undefined) return { other: analyseNormalized(index, asOrganization, 'organization'), screens: only };
  const asPerson = classifyName(romanized, 'person');
  const person = analyseNormalized(index, asPerson, 'person');
  const other = sameTokens(asPerson, asOrganization)
    ? person
    : analyseNormalized(index, asOrganization, 'organization');
  // "Castor Maritime Inc." is a company: no vessel or aircraft is screened for it, and persons only with the
  // person reading, where INC is a word of the name that a listed person's name lacks.
  return { person, other, screens: isOrganisationName(asOrganization) ? PERSONS_AND_ORGANISATIONS : ALL };
}

/** The reading of the query that applies to a listed party of this family. */
export function analysisFor(analyses: QueryAnalyses, family: SchemaFamily): QueryName | undefined {
  return family === 'Person' ? analyses.person : analyses.other;
}
