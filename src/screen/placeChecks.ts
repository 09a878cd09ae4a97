import type { TransactionParty } from '../model/transaction.js';
import { findJurisdictions, type JurisdictionHit, type PlaceInput } from './jurisdictions.js';
import type { FieldJurisdiction, Severity, TransactionReason } from './screenedTransaction.js';

/** Where a place was written: a party's address or country (`address`), or free text such as remittance information. */
export type PlaceSource = 'address' | 'text';

/** The places of one party, each with the field it sits in: address lines, city, region, street, countries. */
export function partyPlaces(party: TransactionParty, field: string): Array<[string, PlaceInput]> {
  const places: Array<[string, PlaceInput]> = [];
  const address = party.address;
  if (address) {
    (address.lines ?? []).forEach((line, k) => {
      places.push([`${field}.address.lines[${k}]`, { lines: [line] }]);
    });
    if (address.city) places.push([`${field}.address.city`, { city: address.city }]);
    if (address.region) places.push([`${field}.address.region`, { region: address.region }]);
    if (address.street) places.push([`${field}.address.street`, { street: address.street }]);
    if (address.country) places.push([`${field}.address.country`, { country: address.country }]);
  }
  if (party.country) places.push([`${field}.country`, { country: party.country }]);
  if (party.birthPlace) places.push([`${field}.birthPlace`, { city: party.birthPlace }]);
  return places;
}

/**
 * Runs `findJurisdictions` on each field, rating each jurisdiction as it stood on `asOf` (the transaction's date),
 * and keeps the field with every hit.
 */
export function findFieldJurisdictions(
  places: ReadonlyArray<readonly [string, PlaceInput | string]>,
  asOf?: string,
): FieldJurisdiction[] {
  const options = asOf === undefined ? {} : { asOf };
  return places.flatMap(([field, place]) => findJurisdictions(place, options).map((hit) => ({ field, hit })));
}

/**
 * How much a sanctioned place weighs. In an address or a country field: a comprehensively sanctioned country or
 * region blocks (review when only part of the named area is sanctioned, e.g. an oblast partly occupied), a
 * heightened one goes to review. Named in free text, one level less: review, and info for heightened ones. A
 * birthplace is never more than review. A place whose embargo began after the transaction date is info only.
 */
export function placeSeverity(hit: JurisdictionHit, source: PlaceSource, field: string): Severity {
  if (hit.sanctionedFrom !== undefined) return 'info';
  const comprehensive = hit.level === 'comprehensive' || hit.level === 'regional-comprehensive';
  if (source === 'text') return comprehensive ? 'review' : 'info';
  if (!comprehensive || field.endsWith('.birthPlace')) return 'review';
  return hit.partial ? 'review' : 'block';
}

const LEVEL_WORDS: Readonly<Record<JurisdictionHit['level'], string>> = {
  comprehensive: 'a comprehensively sanctioned country',
  'regional-comprehensive': 'a comprehensively sanctioned region',
  heightened: 'a jurisdiction under heightened sanctions',
};

/**
 * One reason per jurisdiction (the first field naming it, the most severe reading) for a set of hits that belong
 * together (one party, one free-text field).
 */
export function jurisdictionReasons(found: readonly FieldJurisdiction[], source: PlaceSource): TransactionReason[] {
  const byCode = new Map<string, TransactionReason>();
  const rank: Record<Severity, number> = { block: 3, review: 2, info: 1 };
  for (const { field, hit } of found) {
    const severity = placeSeverity(hit, source, field);
    const previous = byCode.get(hit.code);
    if (previous && rank[previous.severity] >= rank[severity]) continue;
    const partial = hit.partial ? ` (only part of it is sanctioned: ${hit.partial})` : '';
    const when = hit.sanctionedFrom
      ? `; the measures apply from ${hit.sanctionedFrom}, after the transaction date: not sanctioned then`
      : hit.levelNote
        ? ` on the transaction date (${hit.levelNote})`
        : '';
    byCode.set(hit.code, {
      kind: 'jurisdiction',
      severity,
      field,
      message: `"${hit.matched}" is in ${hit.name} (${hit.code}), ${LEVEL_WORDS[hit.level]}${partial}${source === 'text' ? ', named in free text' : ''}${when}`,
      jurisdiction: { code: hit.code, name: hit.name, level: hit.level, matched: hit.matched },
    });
  }
  return [...byCode.values()];
}
