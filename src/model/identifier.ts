import { z } from 'zod';
import { CountryCodeSchema } from './country.js';
import { PartialDateSchema } from './partialDate.js';

/**
 * The kinds of identifier screening can match exactly. `registration` covers company registration
 * numbers (OGRN, Turkish trade-registry numbers, …); `taxId` covers INN, VKN, TIN.
 */
export const IdentifierTypeSchema = z.enum([
  'passport',
  'nationalId',
  'taxId',
  'registration',
  'imo',
  'mmsi',
  'bic',
  'lei',
  'cryptoWallet',
  'other',
]);

/** See {@link IdentifierTypeSchema}. */
export type IdentifierType = z.infer<typeof IdentifierTypeSchema>;

/** A typed identifier of a listed party, with the list's own label (e.g. "Tax ID No.") kept in `label`. */
export const IdentifierSchema = z.object({
  type: IdentifierTypeSchema,
  value: z.string().trim().min(1, 'an identifier cannot be empty'),
  country: CountryCodeSchema.optional(),
  label: z.string().optional(),
  issuedOn: PartialDateSchema.optional(),
  expiresOn: PartialDateSchema.optional(),
  note: z.string().optional(),
});

/** See {@link IdentifierSchema}. */
export type Identifier = z.infer<typeof IdentifierSchema>;

/**
 * The comparable form of an identifier value: upper case, with spaces, dashes, dots and slashes removed,
 * so "IMO 9 123 456" and "9123456" meet. Crypto wallet addresses keep their case (they are case-sensitive).
 */
export function identifierKey(type: IdentifierType, value: string): string {
  const trimmed = value.trim();
  if (type === 'cryptoWallet') return trimmed;
  let key = trimmed.toUpperCase().replace(/[\s\-./]/g, '');
  if (type === 'imo') key = key.replace(/^IMO/, '');
  return key;
}
