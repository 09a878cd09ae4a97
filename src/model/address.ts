import { z } from 'zod';
import { CountryCodeSchema } from './country.js';

/** A postal address as the list gives it; `full` is the one-line text, the parts are kept when given. */
export const AddressSchema = z.object({
  full: z.string().min(1),
  street: z.string().optional(),
  city: z.string().optional(),
  region: z.string().optional(),
  postalCode: z.string().optional(),
  country: CountryCodeSchema.optional(),
  /** The country as the list wrote it ("Region: Crimea"), kept beside the code so nothing is lost. */
  countryText: z.string().optional(),
});

/** See {@link AddressSchema}. */
export type Address = z.infer<typeof AddressSchema>;

/** Builds an {@link Address} from parts, joining the non-empty ones into `full`. Returns undefined when all are empty. */
export function makeAddress(parts: Omit<Address, 'full'> & { full?: string }): Address | undefined {
  const clean = (v: string | undefined) => (v && v.trim() !== '' ? v.replace(/\s+/g, ' ').trim() : undefined);
  const street = clean(parts.street);
  const city = clean(parts.city);
  const region = clean(parts.region);
  const postalCode = clean(parts.postalCode);
  const countryText = clean(parts.countryText);
  const full =
    clean(parts.full) ?? [street, city, region, postalCode, countryText ?? parts.country].filter(Boolean).join(', ');
  if (!full) return undefined;
  const address: Address = { full };
  if (street) address.street = street;
  if (city) address.city = city;
  if (region) address.region = region;
  if (postalCode) address.postalCode = postalCode;
  if (parts.country) address.country = parts.country;
  if (countryText) address.countryText = countryText;
  return address;
}
