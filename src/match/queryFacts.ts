import type { z } from 'zod';
import { InputError } from '../errors.js';
import { toCountryCode } from '../model/country.js';
import { identifierKey } from '../model/identifier.js';
import { parsePartialDate, partialDateBounds } from '../model/partialDate.js';
import type { ScreenQuerySchema } from '../model/screening.js';
import type { QueryFacts } from './features/featureTypes.js';
import { countryNumber } from './scoringEntity.js';

/**
 * Reads the secondary attributes of a validated query (date of birth, country, identifiers) into the form the
 * scoring features compare.
 *
 * @throws InputError naming `query.birthDate` or `query.country` when the value cannot be read.
 */
export function parseQueryFacts(query: z.output<typeof ScreenQuerySchema>): QueryFacts {
  const facts: QueryFacts = { identifiers: [] };
  if (query.birthDate) {
    const date = parsePartialDate(query.birthDate);
    if (!date) {
      throw new InputError('query.birthDate', `"${query.birthDate}" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`);
    }
    facts.birthDate = date;
    facts.birthDateBounds = partialDateBounds(date);
  }
  if (query.country) {
    const code = toCountryCode(query.country);
    if (!code) throw new InputError('query.country', `"${query.country}" is not a country name or ISO code`);
    facts.country = code;
    facts.countryCode = countryNumber(code);
  }
  for (const id of query.identifiers ?? []) {
    facts.identifiers.push({
      ...(id.type ? { type: id.type } : {}),
      key: identifierKey(id.type ?? 'other', id.value),
      value: id.value,
    });
  }
  return facts;
}
