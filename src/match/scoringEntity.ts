import type { Entity } from '../model/entity.js';
import { type Identifier, identifierKey } from '../model/identifier.js';
import type { PartialDate } from '../model/partialDate.js';
import { type SchemaFamily, schemaFamily } from './schemaFamily.js';

/** An identifier of a listed party with its comparable form (see identifierKey), computed once. */
export type ScoringIdentifier = Pick<Identifier, 'type' | 'value' | 'label'> & { key: string };

/**
 * What scoring needs to know of a listed party besides its names, read once from the entity when the screener is
 * built: a few strings and dates instead of the whole record, then laid out in typed arrays (see
 * ScoringEntities), so that a candidate is judged without chasing the entity's addresses and identifiers.
 */
export interface ScoringEntity {
  id: string;
  /** The list key (for per-list thresholds). */
  list: string;
  family: SchemaFamily;
  birthDates: readonly PartialDate[];
  /** Every country the party is tied to, in order: nationalities, countries, addresses, identifier issuers, flag. */
  countries: readonly string[];
  identifiers: readonly ScoringIdentifier[];
}

/** Every country an entity is tied to: nationality, country, addresses, identifier issuers, vessel flag. */
export function entityCountries(entity: Entity): Set<string> {
  const all = new Set<string>([...entity.nationalities, ...entity.countries]);
  for (const a of entity.addresses) if (a.country) all.add(a.country);
  for (const i of entity.identifiers) if (i.country) all.add(i.country);
  if (entity.vessel?.flag) all.add(entity.vessel.flag);
  return all;
}

/** The scoring facts of one entity (see {@link ScoringEntity}). */
export function toScoringEntity(entity: Entity): ScoringEntity {
  return {
    id: entity.id,
    list: entity.source.list,
    family: schemaFamily(entity.schema),
    birthDates: entity.birthDates,
    countries: [...entityCountries(entity)],
    identifiers: entity.identifiers.map((i) => ({
      type: i.type,
      value: i.value,
      ...(i.label !== undefined ? { label: i.label } : {}),
      key: identifierKey(i.type, i.value),
    })),
  };
}

/** A two-letter country code as one number (0 for anything else, which then equals no code). */
export function countryNumber(code: string): number {
  return code.length === 2 ? (code.charCodeAt(0) << 8) | code.charCodeAt(1) : 0;
}
