import { classifyName, type NormalizedName, romanizeName } from '../normalize/normalizeName.js';
import type { NameIndex } from './nameIndex.js';
import { analyseNormalized, type QueryName } from './queryName.js';
import type { SchemaFamily } from './schemaFamily.js';
import type { TokenMatchTable } from './tokenMatchTable.js';

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

function sameTokens(a: NormalizedName, b: NormalizedName): boolean {
  if (a.tokens.length !== b.tokens.length) return false;
  for (let i = 0; i < a.tokens.length; i++) {
    const s = a.tokens[i]!;
    const t = b.tokens[i]!;
    if (s.key !== t.key || s.role !== t.role || s.text !== t.text) return false;
  }
  return true;
}

/** A legal form of three letters or more (LLC, LTD, GMBH, COMPANY) says the name is an organisation's. */
function isOrganisationName(name: NormalizedName): boolean {
  for (const t of name.tokens) {
    if (t.role !== 'legalForm') continue;
    let letters = 0;
    for (let i = 0; i < t.text.length; i++) if (t.text.charCodeAt(i) !== 32) letters++;
    if (letters >= 3) return true;
  }
  return false;
}

const ALL = () => true;
const PERSONS_AND_ORGANISATIONS = (f: SchemaFamily) => f === 'Person' || f === 'Organization';

/** Match tables a screener reuses for every query, one per reading (see TokenMatchTable). */
export interface ReadingTables {
  person: TokenMatchTable;
  other: TokenMatchTable;
}

const ONLY: Readonly<Record<SchemaFamily, (f: SchemaFamily) => boolean>> = {
  Person: (f) => f === 'Person',
  Organization: (f) => f === 'Organization',
  Vessel: (f) => f === 'Vessel',
  Airplane: (f) => f === 'Airplane',
};

/**
 * Analyses a query for the schema family asked for, or for both persons and organisations when none is. With
 * `tables`, the analyses fill them and are valid until the next query analysed with the same tables.
 */
export function analyseQueryFor(
  index: NameIndex,
  text: string,
  family: SchemaFamily | undefined,
  tables?: ReadingTables,
): QueryAnalyses {
  const romanized = romanizeName(text);
  if (family === 'Person') {
    const person = analyseNormalized(index, classifyName(romanized, 'person'), 'person', { table: tables?.person });
    return { person, screens: ONLY.Person };
  }
  const asOrganization = classifyName(romanized, 'organization');
  if (family !== undefined) {
    return {
      other: analyseNormalized(index, asOrganization, 'organization', { table: tables?.other }),
      screens: ONLY[family],
    };
  }
  const asPerson = classifyName(romanized, 'person');
  const person = analyseNormalized(index, asPerson, 'person', { table: tables?.person });
  // In Arabic script the readings differ even with the same words: only a person's meets listed words by consonants.
  const other =
    sameTokens(asPerson, asOrganization) && romanized.script !== 'Arab'
      ? person
      : analyseNormalized(index, asOrganization, 'organization', { other: person, table: tables?.other });
  // "Castor Maritime Inc." is a company: no vessel or aircraft is screened for it, and persons only with the
  // person reading, where INC is a word of the name that a listed person's name lacks.
  return { person, other, screens: isOrganisationName(asOrganization) ? PERSONS_AND_ORGANISATIONS : ALL };
}

/** The reading of the query that applies to a listed party of this family. */
export function analysisFor(analyses: QueryAnalyses, family: SchemaFamily): QueryName | undefined {
  return family === 'Person' ? analyses.person : analyses.other;
}
