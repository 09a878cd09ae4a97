import type { GivenIdentifier } from './identifyParty.js';

// "IMO 9187629", "IMO: 9187629", "IMO No. 9187629", "IMO#9187629": the 7 digits after the letters IMO.
const IMO_IN_TEXT = /\bIMO(?:\s*(?:NO\.?|NUMBER|NR\.?))?[\s:.#-]*(\d{7})(?!\d)/gi;

/**
 * The identifiers a free text states in a form that cannot be mistaken: IMO numbers written after "IMO" ("MV CASPIAN
 * STAR IMO 9321483" in remittance information). Each is looked up exactly, as the vessel's own IMO field would be.
 *
 * @example
 * identifiersInText('FREIGHT MV ALPHA IMO 9187629', 'remittanceInformation');
 * // [{ field: 'remittanceInformation', type: 'imo', value: '9187629' }]
 */
export function identifiersInText(text: string, field: string): GivenIdentifier[] {
  const found = new Map<string, GivenIdentifier>();
  for (const match of text.matchAll(IMO_IN_TEXT)) {
    const value = match[1];
    if (value && !found.has(value)) found.set(value, { field, type: 'imo', value });
  }
  return [...found.values()];
}
