import { isValid, parse } from 'date-fns';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { CountryCodeSchema } from './country.js';
import { EntitySchemaNameSchema } from './entity.js';
import { IdentifierSchema } from './identifier.js';
import { PartialIsoDateSchema } from './partialDate.js';

// A fixed reference keeps date checks free of the clock; 'yyyy-MM-dd' names every field it needs.
const REFERENCE = new Date(2000, 0, 1);

/** A calendar day written `YYYY-MM-DD` that exists (no 30 February), checked with date-fns. */
export const IsoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD, e.g. "2024-03-15"')
  .refine((text) => isValid(parse(text, 'yyyy-MM-dd', REFERENCE)), 'not a calendar date (check month and day)');

/** An ISO 4217 currency code: three upper-case letters (`EUR`, `USD`, `TRY`). */
export const CurrencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code such as "EUR"');

/**
 * A BIC (ISO 9362): 4 characters for the party, 2 letters for the country, 2 for the location and an optional 3 for
 * the branch; the same pattern as ISO 20022 `BICFIDec2014Identifier`.
 */
export const BicSchema = z
  .string()
  .regex(
    /^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/,
    'expected a BIC of 8 or 11 characters such as "TGBATRIS" or "TGBATRISXXX"',
  );

/**
 * The parts a payment plays, named after ISO 20022 (pacs.008) with their MT103 equivalents: `originator`
 * (Dbtr, :50a:), `beneficiary` (Cdtr, :59a:), `originatorBank` (DbtrAgt, :52a:), `beneficiaryBank` (CdtrAgt,
 * :57a:), `intermediaryBank` (IntrmyAgt1-3, :56a:, and the reimbursement agents :53a:-:55a:), `instructingAgent`
 * / `instructedAgent` (InstgAgt / InstdAgt, the sender and receiver of an MT message), `other` for anyone else
 * named (initiating party, invoicer).
 */
export const PartyRoleSchema = z.enum([
  'originator',
  'beneficiary',
  'ultimateDebtor',
  'ultimateCreditor',
  'originatorBank',
  'beneficiaryBank',
  'intermediaryBank',
  'instructingAgent',
  'instructedAgent',
  'other',
]);

/** See {@link PartyRoleSchema}. */
export type PartyRole = z.infer<typeof PartyRoleSchema>;

/** A party's postal address as a payment carries it: free lines (MT103, AdrLine) and/or structured parts. */
export const PartyAddressSchema = z.object({
  lines: z.array(z.string().trim().min(1, 'an address line cannot be empty')).optional(),
  street: z.string().trim().min(1).optional(),
  city: z.string().trim().min(1).optional(),
  postalCode: z.string().trim().min(1).optional(),
  region: z.string().trim().min(1).optional(),
  country: CountryCodeSchema.optional(),
});

/** See {@link PartyAddressSchema}. */
export type PartyAddress = z.infer<typeof PartyAddressSchema>;

/** An identifier a payment gives for a party (LEI, tax id, passport), typed with the list model's identifier types. */
export const PartyIdentifierSchema = IdentifierSchema.pick({ type: true, value: true, country: true, label: true });

/** See {@link PartyIdentifierSchema}. */
export type PartyIdentifier = z.infer<typeof PartyIdentifierSchema>;

/**
 * One party of a payment: its role, name and/or BIC, account, address and identifiers. A party needs a name or a
 * BIC, otherwise there is nothing to screen. `messageField` says where in the message it came from (`:56A:`,
 * `CdtTrfTxInf[1]/IntrmyAgt1`) so a hit can be traced back.
 */
export const TransactionPartySchema = z
  .object({
    role: PartyRoleSchema,
    name: z.string().trim().min(1, 'a name cannot be empty').optional(),
    bic: BicSchema.optional(),
    /** IBAN or any other account number, as given. */
    account: z.string().trim().min(1, 'an account cannot be empty').optional(),
    address: PartyAddressSchema.optional(),
    /** The party's country as best the message says: residence, address, or the country letters of its BIC. */
    country: CountryCodeSchema.optional(),
    identifiers: z.array(PartyIdentifierSchema).optional(),
    schema: EntitySchemaNameSchema.optional(),
    birthDate: PartialIsoDateSchema.optional(),
    birthPlace: z.string().trim().min(1).optional(),
    messageField: z.string().optional(),
  })
  .refine((party) => party.name !== undefined || party.bic !== undefined, {
    message: 'a party needs a name or a BIC',
    path: ['name'],
  });

/** One party of a payment; see {@link TransactionPartySchema}. */
export type TransactionParty = z.infer<typeof TransactionPartySchema>;

/** An amount in a currency, e.g. the instructed amount (:33B:, InstdAmt) before charges and conversion. */
export const MoneySchema = z.object({
  amount: z.number().nonnegative('an amount cannot be negative'),
  currency: CurrencyCodeSchema,
});

/** Goods a payment pays for, as trade-finance data or an invoice gives them. */
export const GoodsSchema = z.object({
  description: z.string().trim().min(1, 'a goods description cannot be empty'),
  /** Harmonized System code, 2 to 10 digits; dots and spaces ("8471.30") are dropped. */
  hsCode: z
    .string()
    .transform((code) => code.replace(/[\s.]/g, ''))
    .pipe(z.string().regex(/^\d{2,10}$/, 'expected an HS code of 2 to 10 digits, e.g. "847130"'))
    .optional(),
  originCountry: CountryCodeSchema.optional(),
  destinationCountry: CountryCodeSchema.optional(),
});

/** A vessel a payment names (freight, charter); the IMO number is stored as its 7 digits. */
export const TransactionVesselSchema = z
  .object({
    name: z.string().trim().min(1).optional(),
    imo: z
      .string()
      .transform((imo) => imo.replace(/^\s*IMO[\s:.-]*/i, '').trim())
      .pipe(z.string().regex(/^\d{7}$/, 'expected an IMO number of 7 digits, e.g. "IMO 9321483"'))
      .optional(),
  })
  .refine((vessel) => vessel.name !== undefined || vessel.imo !== undefined, {
    message: 'a vessel needs a name or an IMO number',
    path: ['name'],
  });

/** Where a transaction was read from: the message format and its references. */
export const MessageReferenceSchema = z.object({
  format: z.enum(['pacs.008', 'MT103']),
  /** Schema version, e.g. `pacs.008.001.08`. */
  version: z.string().optional(),
  /** GrpHdr/MsgId, or the MT103 :20: sender's reference. */
  messageId: z.string().optional(),
  instructionId: z.string().optional(),
  endToEndId: z.string().optional(),
  transactionId: z.string().optional(),
  uetr: z.string().optional(),
  /** MT103 :23B: (CRED, SPAY, …). */
  bankOperationCode: z.string().optional(),
  /** 1-based position of the transaction in its message (pacs.008 CdtTrfTxInf). */
  index: z.number().int().positive().optional(),
  file: z.string().optional(),
});

/**
 * A payment to screen: who pays whom, through which banks, how much, when, and what for. The shape is the same
 * whether it was typed by hand or read from a pacs.008 or MT103 message, so one screening path serves all.
 *
 * @example
 * const tx = parseTransaction({
 *   id: 'INV-118', date: '2024-03-15', amount: 48250, currency: 'EUR',
 *   parties: [{ role: 'beneficiary', name: 'DEXIAS INTERNATIONAL PRODUCTS AND TRADE LIMITED COMPANY', address: { city: 'Istanbul', country: 'TR' } }],
 * });
 */
export const TransactionSchema = z.object({
  id: z.string().trim().min(1, 'a transaction needs an id'),
  /** Settlement or value date, YYYY-MM-DD. */
  date: IsoDaySchema,
  amount: z.number().nonnegative('an amount cannot be negative'),
  currency: CurrencyCodeSchema,
  instructedAmount: MoneySchema.optional(),
  parties: z.array(TransactionPartySchema).min(1, 'a transaction needs at least one party'),
  vessel: TransactionVesselSchema.optional(),
  goods: z.array(GoodsSchema).optional(),
  remittanceInformation: z.string().optional(),
  /** Purpose code or text (Purp/Cd, e.g. `GDDS`). */
  purpose: z.string().optional(),
  /** Other countries involved: ports, transit, regulatory-reporting countries. */
  countries: z.array(CountryCodeSchema).optional(),
  /** Instructions between banks (MT103 :72:, pacs.008 InstrForCdtrAgt / InstrForNxtAgt). */
  instructions: z.string().optional(),
  /** Regulatory reporting (MT103 :77B:, pacs.008 RgltryRptg), which often names countries of residence. */
  regulatoryReporting: z.string().optional(),
  /** Who bears the charges: MT103 :71A: (OUR, SHA, BEN) or pacs.008 ChrgBr (DEBT, SHAR, CRED, SLEV). */
  chargeBearer: z.string().optional(),
  message: MessageReferenceSchema.optional(),
});

/** A payment to screen; see {@link TransactionSchema}. */
export type Transaction = z.infer<typeof TransactionSchema>;

/** What {@link TransactionSchema} accepts (before IMO / HS code clean-up); use it to write transactions by hand. */
export type TransactionInput = z.input<typeof TransactionSchema>;

/**
 * Formats a zod issue path the way a developer writes the field: `parties[1].bic`.
 */
export function formatFieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? 'transaction' : out;
}

/**
 * Validates a transaction given to the API and returns it typed, cleaned up (IMO and HS codes normalized).
 * Use it at the edge, before screening; inside the library a `Transaction` is trusted.
 *
 * @throws InputError (`E_INPUT`) naming the first invalid field, e.g. `parties[1].bic`, and counting the others.
 */
export function parseTransaction(input: unknown): Transaction {
  const result = TransactionSchema.safeParse(input);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const field = formatFieldPath(first?.path ?? []);
  // One field can fail several checks (a malformed date is also not a calendar date): count fields, not checks.
  const others = [...new Set(result.error.issues.map((issue) => formatFieldPath(issue.path)))].filter(
    (f) => f !== field,
  );
  const more =
    others.length === 0
      ? ''
      : ` (and ${others.length} more: ${others.slice(0, 3).join(', ')}${others.length > 3 ? ', …' : ''})`;
  throw new InputError(field, `${first?.message ?? 'invalid value'}${more}. Fix the transaction and screen it again.`, {
    cause: result.error,
  });
}
