/**
 * sanctions-screen: load sanctions lists into typed records, screen names with explanations, follow
 * relationships and ownership, and screen payments. Everything exported here is the public API.
 *
 * @packageDocumentation
 */

// Errors
export { type ErrorCode, InputError, ListLoadError, ScreeningError } from './errors.js';
// Screening
export { compareNames, type NameComparison } from './match/compareNames.js';
export {
  createScreener,
  DEFAULT_THRESHOLD,
  type Screener,
  type ScreenerOptions,
  type ScreeningMatch,
  type ScreeningResult,
} from './match/createScreener.js';
export { renderExplanation, renderStep } from './match/explain.js';
// The model
export { type Address, AddressSchema } from './model/address.js';
export { type CountryCode, CountryCodeSchema, countryName, toCountryCode } from './model/country.js';
export {
  type Entity,
  type EntityInput,
  EntitySchema,
  type EntitySchemaName,
  EntitySchemaNameSchema,
  primaryName,
  type SourceRef,
  SourceRefSchema,
  type VesselInfo,
  VesselInfoSchema,
} from './model/entity.js';
export {
  type Identifier,
  IdentifierSchema,
  type IdentifierType,
  IdentifierTypeSchema,
  identifierKey,
} from './model/identifier.js';
export {
  type ListFormat,
  ListFormatSchema,
  type LoadIssue,
  LoadIssueSchema,
  type LoadMeta,
  LoadMetaSchema,
  type LoadResult,
  LoadResultSchema,
} from './model/loadResult.js';
export {
  detectScript,
  makeName,
  type Name,
  type NameKind,
  NameKindSchema,
  type NameParts,
  NamePartsSchema,
  NameSchema,
} from './model/name.js';
export {
  type DateBounds,
  type PartialDate,
  PartialDateSchema,
  parsePartialDate,
  partialDateBounds,
} from './model/partialDate.js';
export {
  INVERSE_RELATIONSHIP,
  type Relationship,
  RelationshipSchema,
  type RelationshipType,
  RelationshipTypeSchema,
} from './model/relationship.js';
export {
  type ExplanationStep,
  ExplanationStepSchema,
  type ScreenQuery,
  ScreenQuerySchema,
  type TokenRelation,
} from './model/screening.js';
export { type WatchlistFile, WatchlistFileSchema } from './model/watchlist.js';
export { createSearch, type ListSearch, type SearchHit, type SearchOptions } from './search/createSearch.js';
// Loaders
export { DEFAULT_LIST_LABEL, loadDefaultList } from './sources/defaultList.js';
export { candidateLoaders, parseDetected } from './sources/detectFormat.js';
export {
  loadCanadaXml,
  loadCslCsv,
  loadCslJson,
  loadDfatXlsx,
  loadEuXml,
  loadFtmJson,
  loadOfacCsv,
  loadOfacXml,
  loadOpenSanctionsCsv,
  loadUkCsv,
  loadUkOds,
  loadUkXlsx,
  loadUnXml,
  loadWatchlistJson,
} from './sources/loadByFormat.js';
export type { ListLoader, LoadOptions } from './sources/loaderTypes.js';
export { contentHash, type LoadListRequest, loadList, parseListSpec } from './sources/loadList.js';
export { parseOfacCsvSet } from './sources/ofacCsv.js';
export { LIST_LOADERS, loaderFor } from './sources/registry.js';
export { decodeListText, type ListInput, listInputFromText } from './sources/shared/listInput.js';
