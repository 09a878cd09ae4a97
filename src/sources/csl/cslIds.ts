import { toCountryCode } from '../../model/country.js';
import type { Identifier } from '../../model/identifier.js';
import { parsePartialDate } from '../../model/partialDate.js';
import type { CslId } from './cslRecord.js';
import { CSL_ID_LABELS, type CslIdLabelMeaning } from './idLabels.data.js';

/** What a record's `ids` field says once read: identifiers, other facts by property key, and gender. */
export interface CslIdFacts {
  identifiers: Identifier[];
  properties: Record<string, string[]>;
  gender?: 'male' | 'female';
}

/** The meaning of a CSL id label per {@link CSL_ID_LABELS}; an unknown label is an `other` identifier. */
export function cslIdLabelMeaning(label: string): CslIdLabelMeaning {
  const trimmed = label.trim();
  for (const [pattern, meaning] of CSL_ID_LABELS) if (pattern.test(trimmed)) return meaning;
  return { kind: 'identifier', type: 'other' };
}

/**
 * Sorts a record's CSL `ids` entries into typed identifiers (with country and dates), listing facts kept as
 * properties (websites, directive dates, secondary-sanctions notes), and gender.
 */
export function readCslIds(ids: readonly CslId[]): CslIdFacts {
  const facts: CslIdFacts = { identifiers: [], properties: {} };
  for (const id of ids) {
    const value = id.value.trim();
    if (value === '') continue;
    const meaning = cslIdLabelMeaning(id.label);
    if (meaning.kind === 'gender') {
      const g = value.toLowerCase();
      if (g === 'male' || g === 'female') facts.gender = g;
      continue;
    }
    if (meaning.kind === 'property') {
      const text = meaning.key === 'sanctionsInformation' ? `${id.label.trim()} ${value}` : value;
      facts.properties[meaning.key] = [...(facts.properties[meaning.key] ?? []), text];
      continue;
    }
    const identifier: Identifier = { type: meaning.type, value, label: id.label.trim() };
    const country = toCountryCode(id.country);
    if (country) identifier.country = country;
    const issued = id.issueDate ? parsePartialDate(id.issueDate) : undefined;
    if (issued) identifier.issuedOn = issued;
    const expires = id.expirationDate ? parsePartialDate(id.expirationDate) : undefined;
    if (expires) identifier.expiresOn = expires;
    if (id.note) identifier.note = id.note;
    facts.identifiers.push(identifier);
  }
  return facts;
}
