import { parsePartialDate } from '../../model/partialDate.js';
import { cslIdLabelMeaning } from './cslIds.js';
import type { CslId } from './cslRecord.js';

/** Splits a CSL multi-value field on its "; " separator, dropping empty values. */
export function splitCslValues(text: string): string[] {
  return text
    .split(/;\s+|;$/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/**
 * Reads one entry of the CSV `ids` field: "Passport, U00242309, TR", "Identification Number, AO 2879097, IT,
 * 30 Oct 2012", "Website, www.vtb.com". The label comes first; for identifiers the number follows, then an
 * optional country code and issue/expiry dates. Listing facts keep everything after the label as their value.
 */
export function parseCslIdText(text: string): CslId | undefined {
  const comma = text.indexOf(', ');
  if (comma === -1) return text.trim() ? { label: text.trim(), value: '' } : undefined;
  const label = text.slice(0, comma).trim();
  const rest = text.slice(comma + 2).trim();
  if (cslIdLabelMeaning(label).kind !== 'identifier') return { label, value: rest };
  const [value = '', ...extra] = rest.split(', ');
  const id: CslId = { label, value: value.trim() };
  const notes: string[] = [];
  for (const part of extra.map((p) => p.trim()).filter(Boolean)) {
    if (/^[A-Z]{2}$/.test(part) && !id.country) id.country = part;
    else if (parsePartialDate(part) && !id.issueDate) id.issueDate = part;
    else if (parsePartialDate(part) && !id.expirationDate) id.expirationDate = part;
    else notes.push(part);
  }
  if (notes.length > 0) id.note = notes.join(', ');
  return id;
}
