import { z } from 'zod';
import { EntitySchemaNameSchema } from './entity.js';
import { IdentifierTypeSchema } from './identifier.js';

/**
 * The kind of party a screened name is, when the caller knows it. Lower-case shorthands are accepted
 * (`person`, `organization`, `company`, `vessel`, `aircraft`); a person never matches a vessel, an
 * organisation never matches a person.
 */
export const QuerySchemaSchema = z
  .union([
    EntitySchemaNameSchema,
    z.enum(['person', 'organization', 'organisation', 'company', 'entity', 'vessel', 'aircraft', 'airplane', 'any']),
  ])
  .transform((value): 'Person' | 'Organization' | 'Vessel' | 'Airplane' | undefined => {
    switch (value) {
      case 'Person':
      case 'person':
        return 'Person';
      case 'Vessel':
      case 'vessel':
        return 'Vessel';
      case 'Airplane':
      case 'airplane':
      case 'aircraft':
        return 'Airplane';
      case 'any':
        return undefined;
      default:
        return 'Organization';
    }
  });

/** The longest name a query may give. */
export const MAX_QUERY_NAME_LENGTH = 1000;

/** The most matches a query may ask for. */
export const MAX_QUERY_LIMIT = 1000;

/**
 * One name to screen, with whatever else is known about the party. Secondary attributes never raise an
 * alert alone; they raise or lower the score of a name match.
 *
 * @example
 * screener.screen({ name: 'Dmitry Utkin', schema: 'person', birthDate: '1970-06-11', country: 'RU' });
 */
export const ScreenQuerySchema = z.object({
  name: z.string().max(MAX_QUERY_NAME_LENGTH, 'a name longer than 1000 characters is not a name'),
  schema: QuerySchemaSchema.optional(),
  /** Date of birth or incorporation as text: "1970-06-11", "1970", "11 Jun 1970". */
  birthDate: z.string().optional(),
  /** Country or nationality: ISO code or name ("RU", "Russia"). */
  country: z.string().optional(),
  identifiers: z.array(z.object({ type: IdentifierTypeSchema.optional(), value: z.string().min(1) })).optional(),
  /** Alert threshold for this call (0–1); defaults to the screener's. */
  threshold: z.number().min(0).max(1).optional(),
  /** How many matches to return at most (default 10). */
  limit: z.number().int().positive().max(MAX_QUERY_LIMIT).optional(),
});

/** What `screen()` accepts; see {@link ScreenQuerySchema}. */
export type ScreenQuery = z.input<typeof ScreenQuerySchema>;

/**
 * The evidence features an explanation step can come from. `correspondence`: a person's name in Arabic script whose
 * every word met the listed name's, in the same order, in another script (three words or more).
 */
export const ExplanationFeatureSchema = z.enum([
  'token',
  'generic',
  'legalForm',
  'stopWord',
  'unmatchedQuery',
  'unmatchedCandidate',
  'birthDate',
  'country',
  'identifier',
  'weakAlias',
  'evidence',
  'patronymic',
  'correspondence',
]);

/**
 * How a query token met a list token: `exact`; `spelling` (the same name in another romanization, e.g.
 * YEVGENIY ≈ EVGENY); `transliteration` (written in another script, e.g. ВАГНЕР ≈ WAGNER); `typo`
 * (one or two letters differ); `phonetic` (sounds alike); `initial` (D ≈ DMITRIY); `merged` (SIEMENSAG ≈ SIEMENS AG);
 * `term` (another word for the same kind of business, GAS ≈ PETROCHEMICAL, in a listed name made only of such
 * words: weak).
 */
export const TokenRelationSchema = z.enum([
  'exact',
  'spelling',
  'transliteration',
  'typo',
  'phonetic',
  'initial',
  'merged',
  'term',
]);

/** See {@link TokenRelationSchema}. */
export type TokenRelation = z.infer<typeof TokenRelationSchema>;

/**
 * One step of a match explanation, as data an app can render its own way; the CLI renders
 * "WAGNER ≈ VAGNER (transliteration), GROUP ignored (generic), DOB year differs −0.15".
 * `effect` is the step's signed contribution to the score where it has one.
 */
export const ExplanationStepSchema = z.object({
  feature: ExplanationFeatureSchema,
  query: z.string().optional(),
  candidate: z.string().optional(),
  relation: TokenRelationSchema.optional(),
  similarity: z.number().optional(),
  effect: z.number().optional(),
  note: z.string(),
});

/** See {@link ExplanationStepSchema}. */
export type ExplanationStep = z.infer<typeof ExplanationStepSchema>;
