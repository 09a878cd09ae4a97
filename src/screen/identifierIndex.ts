import type { Entity } from '../model/entity.js';
import { type Identifier, type IdentifierType, identifierKey } from '../model/identifier.js';

/** A list entity one of whose identifiers equals the one looked up. */
export interface IdentifierHit {
  readonly entity: Entity;
  readonly identifier: Identifier;
}

/** An exact-match lookup from identifier values to list entities; see {@link buildIdentifierIndex}. */
export interface IdentifierIndex {
  /**
   * The entities holding this identifier. Types must agree (an `other` on either side agrees with anything; tax,
   * registration and national numbers agree with each other, since payments mislabel them), and so must countries
   * when both sides give one.
   */
  lookup(type: IdentifierType, value: string, country?: string): IdentifierHit[];
  /** Number of identifier values indexed. */
  readonly size: number;
}

// Payment messages and lists disagree on which register a company number belongs to (TXID vs registration).
const REGISTER_NUMBERS: ReadonlySet<IdentifierType> = new Set(['taxId', 'registration', 'nationalId']);

function typesAgree(a: IdentifierType, b: IdentifierType): boolean {
  return a === b || a === 'other' || b === 'other' || (REGISTER_NUMBERS.has(a) && REGISTER_NUMBERS.has(b));
}

// A BIC's first 8 characters name the institution; the branch code ("XXX" for the head office) does not change who it is.
function lookupKey(type: IdentifierType, value: string): string {
  const key = identifierKey(type, value);
  return type === 'bic' ? `bic:${key.slice(0, 8)}` : key;
}

/**
 * Builds the identifier lookup of a set of list entities once (BICs by institution, IMO numbers, tax and
 * registration numbers, passports), so screening many transactions costs one Map lookup per identifier.
 *
 * @example
 * const ids = buildIdentifierIndex(entities);
 * ids.lookup('taxId', '2931074985', 'TR')[0]?.entity.id; // 'ofac-sdn:41936'
 */
export function buildIdentifierIndex(entities: readonly Entity[]): IdentifierIndex {
  const byKey = new Map<string, IdentifierHit[]>();
  for (const entity of entities) {
    for (const identifier of entity.identifiers) {
      const key = lookupKey(identifier.type, identifier.value);
      if (key === '' || key === 'bic:') continue;
      const hits = byKey.get(key);
      if (hits) hits.push({ entity, identifier });
      else byKey.set(key, [{ entity, identifier }]);
    }
  }
  return {
    size: byKey.size,
    lookup(type, value, country) {
      const hits = byKey.get(lookupKey(type, value)) ?? [];
      return hits.filter(
        (hit) =>
          typesAgree(type, hit.identifier.type) &&
          (country === undefined || hit.identifier.country === undefined || hit.identifier.country === country),
      );
    },
  };
}
