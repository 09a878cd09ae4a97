import type { Entity } from '../model/entity.js';
import { type Identifier, identifierKey } from '../model/identifier.js';
import { type DateBounds, type PartialDate, partialDateBounds } from '../model/partialDate.js';
import { SCHEMA_FAMILIES, type SchemaFamily, schemaFamily } from './schemaFamily.js';

/** An identifier of a listed party with its comparable form (see identifierKey), computed once. */
export type ScoringIdentifier = Pick<Identifier, 'type' | 'value' | 'label'> & { key: string };

/**
 * What scoring needs to know of a listed party besides its names, read once from the entity when the screener is
 * built: a few strings and dates instead of the whole record, so that a worker thread holds thousands of them in
 * a few megabytes, and a candidate is judged without chasing the entity's addresses and identifiers each time.
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

/**
 * The listed parties' scoring facts as one table: each {@link ScoringEntity}, and the facts every candidate is
 * checked for (schema family, countries) in typed arrays, so that judging a candidate reads a few bytes side by
 * side instead of an object and its arrays from cold memory.
 */
export class ScoringEntities {
  /** The schema family of each entity, as an index into {@link SCHEMA_FAMILIES}. */
  readonly familyCodes: Uint8Array;
  private readonly countryStart: Int32Array;
  private readonly countryCodes: Uint16Array;

  constructor(readonly list: readonly ScoringEntity[]) {
    this.familyCodes = Uint8Array.from(list, (e) => SCHEMA_FAMILIES.indexOf(e.family));
    this.countryStart = new Int32Array(list.length + 1);
    list.forEach((e, i) => {
      this.countryStart[i + 1] = this.countryStart[i]! + e.countries.length;
    });
    this.countryCodes = new Uint16Array(this.countryStart[list.length]!);
    list.forEach((e, i) => {
      e.countries.forEach((c, k) => {
        this.countryCodes[this.countryStart[i]! + k] = countryNumber(c);
      });
    });
  }

  /** The schema family of entity `e`. */
  familyOf(e: number): SchemaFamily {
    return SCHEMA_FAMILIES[this.familyCodes[e]!]!;
  }

  /** How many countries entity `e` is tied to. */
  countryCount(e: number): number {
    return this.countryStart[e + 1]! - this.countryStart[e]!;
  }

  /** Whether entity `e` is tied to the country `code` (see {@link countryNumber}). */
  hasCountry(e: number, code: number): boolean {
    for (let k = this.countryStart[e]!; k < this.countryStart[e + 1]!; k++)
      if (this.countryCodes[k] === code) return true;
    return false;
  }
}

// Date bounds of each entity's dates of birth, worked out when a query with a date of birth first meets it.
const birthBounds = new WeakMap<ScoringEntity, readonly DateBounds[]>();

/** The first and last instants each of the entity's dates of birth can stand for. */
export function birthDateBoundsOf(entity: ScoringEntity): readonly DateBounds[] {
  let bounds = birthBounds.get(entity);
  if (bounds === undefined) {
    bounds = entity.birthDates.map(partialDateBounds);
    birthBounds.set(entity, bounds);
  }
  return bounds;
}
