import type { EntitySchemaName } from '../../model/entity.js';
import type { IdentifierType } from '../../model/identifier.js';

/**
 * Columns of the OpenSanctions "simple CSV" (`targets.simple.csv`) and the other headers a team's own watchlist
 * CSV may use for them (compared case-insensitively, spaces and dashes as underscores). Only `name` is required.
 */
export const SIMPLE_CSV_COLUMNS = {
  id: ['id', 'reference', 'ref'],
  schema: ['schema', 'type', 'entity_type'],
  name: ['name'],
  aliases: ['aliases', 'alias', 'aka'],
  birth_date: ['birth_date', 'date_of_birth', 'dob', 'birthdate'],
  countries: ['countries', 'country'],
  addresses: ['addresses', 'address'],
  identifiers: ['identifiers', 'identifier'],
  sanctions: ['sanctions', 'remarks', 'notes'],
  phones: ['phones', 'phone'],
  emails: ['emails', 'email'],
  program_ids: ['program_ids', 'programs', 'program'],
  dataset: ['dataset'],
  first_seen: ['first_seen'],
  last_seen: ['last_seen'],
  last_change: ['last_change'],
} as const;

/** A column of {@link SIMPLE_CSV_COLUMNS}. */
export type SimpleCsvColumn = keyof typeof SIMPLE_CSV_COLUMNS;

/**
 * `schema` values and the entity schema each means: the FtM names OpenSanctions writes, and the words a team's
 * own list may use ("individual", "ship"). Compared in lower case.
 */
export const SIMPLE_CSV_SCHEMA_WORDS: Readonly<Record<string, EntitySchemaName>> = {
  person: 'Person',
  individual: 'Person',
  organization: 'Organization',
  organisation: 'Organization',
  publicbody: 'Organization',
  company: 'Company',
  legalentity: 'LegalEntity',
  entity: 'LegalEntity',
  vessel: 'Vessel',
  ship: 'Vessel',
  airplane: 'Airplane',
  aircraft: 'Airplane',
};

/**
 * The simple CSV gives identifiers without their type; these patterns recognise the ones that say what they
 * are. Anything else stays an `other` identifier (INN, OGRN and registry numbers look alike).
 */
export const SIMPLE_CSV_IDENTIFIER_PATTERNS: ReadonlyArray<readonly [RegExp, IdentifierType, string]> = [
  [/^IMO\s?\d{7}$/i, 'imo', 'IMO'],
];
