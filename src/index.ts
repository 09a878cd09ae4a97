/**
 * sanctions-screen: load sanctions lists into typed records, screen names with explanations, follow
 * relationships and ownership, and screen payments. Everything exported here is the public API.
 *
 * @packageDocumentation
 */

// Batch screening of vendor and customer files
export {
  type AcceptEntry,
  AcceptEntrySchema,
  type AcceptList,
  AcceptListFileSchema,
  acceptEntryFor,
  parseAcceptList,
} from './batch/acceptList.js';
export {
  type BatchAudit,
  BatchAuditSchema,
  type BatchMatch,
  BatchMatchSchema,
  type BatchResult,
  BatchResultSchema,
  type BatchStatus,
  BatchStatusSchema,
} from './batch/batchResult.js';
export { type BatchRowInput, BatchRowInputSchema } from './batch/batchRow.js';
export { type BatchSummary, countResult, emptySummary } from './batch/batchSummary.js';
export {
  type BlockEntry,
  BlockEntrySchema,
  type BlockList,
  BlockListFileSchema,
  parseBlockList,
} from './batch/blockList.js';
export type { ColumnFlags } from './batch/columns/columnMapping.js';
export type { ListSource } from './batch/listSource.js';
export { type BatchFile, type BatchFileOptions, openBatchFile } from './batch/readers/openBatchFile.js';
export { relationshipExposure } from './batch/relationshipExposure.js';
export { createReportWriter } from './batch/reports/createReportWriter.js';
export { type ReportFormat, type ReportWriter, reportFormatOf } from './batch/reports/reportWriter.js';
export { type ScreenBatchOptions, screenBatch } from './batch/screenBatch.js';
// Errors
export { type ErrorCode, InputError, ListLoadError, ScreeningError } from './errors.js';
// Relationships and ownership
export { type BuildGraphOptions, buildGraph } from './graph/buildGraph.js';
export { type ExposureHit, type ExposureOptions, exposure } from './graph/exposure.js';
export type { GraphNode, Neighbour, PathStep } from './graph/graphTypes.js';
export type {
  ControlContribution,
  OwnershipContribution,
  OwnershipStatus,
  UnknownShare,
} from './graph/ownershipExplanation.js';
export {
  blockedByOwnership,
  type OwnershipFindings,
  type OwnershipOptions,
  ownershipStatus,
} from './graph/ownershipRule.js';
export {
  EU_OWNERSHIP_OR_CONTROL_RULE,
  OFAC_50_PERCENT_RULE,
  type OwnershipRule,
  OwnershipRuleSchema,
} from './graph/ownershipRules.data.js';
export { RelationshipGraph } from './graph/relationshipGraph.js';
export {
  type UserParty,
  UserPartySchema,
  type UserRelationship,
  type UserRelationshipInput,
  UserRelationshipSchema,
} from './graph/userRelationship.js';
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
export { canonicalJson, entityContentHash } from './model/entityContentHash.js';
export {
  type Identifier,
  IdentifierSchema,
  type IdentifierType,
  IdentifierTypeSchema,
  identifierKey,
} from './model/identifier.js';
export { type ListVersion, ListVersionSchema } from './model/listVersion.js';
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
export {
  type PartyAddress,
  PartyAddressSchema,
  type PartyIdentifier,
  PartyIdentifierSchema,
  type PartyRole,
  PartyRoleSchema,
  parseTransaction,
  type Transaction,
  type TransactionInput,
  type TransactionParty,
  TransactionPartySchema,
  TransactionSchema,
} from './model/transaction.js';
export { type WatchlistFile, WatchlistFileSchema } from './model/watchlist.js';
// Normalization
export {
  type NameKindHint,
  type NameToken,
  type NormalizedName,
  normalizeName,
  type TokenRole,
} from './normalize/normalizeName.js';
// Transactions, jurisdictions, rules, payment messages
export { type ListingOnDate, type ListingState, listingOn } from './screen/asOf.js';
export {
  type FindJurisdictionsOptions,
  findJurisdictions,
  type JurisdictionHit,
  type JurisdictionLevel,
  type JurisdictionRecord,
  listJurisdictions,
  type PlaceInput,
} from './screen/jurisdictions.js';
export { parseMt103 } from './screen/messages/mt103.js';
export { parsePacs008 } from './screen/messages/pacs008.js';
export {
  exposureOfName,
  type NameExposure,
  type NameExposureOptions,
  type PartyExposure,
} from './screen/nameExposure.js';
export {
  DUAL_USE_DESTINATION_RULE,
  type DualUseDestinationOptions,
  dualUseDestinationRule,
} from './screen/rules/dualUseDestination.js';
export { type LinkedToPartyOptions, linkedToPartyRule, WAGNER_LINK_RULE } from './screen/rules/linkedToWagner.js';
export { SHIPPED_RULES } from './screen/rules/shippedRules.js';
export { type RuleFinding, runRules, type TransactionRule } from './screen/rules/transactionRule.js';
export {
  type CounterpartyOfProgramOptions,
  counterpartyOfProgramRule,
  TURKEY_RUSSIA_BELARUS_RULE,
} from './screen/rules/turkeyCounterparty.js';
export type {
  EntityRef,
  ReasonKind,
  ScreenedParty,
  ScreenedTransaction,
  Severity,
  TransactionDecisionValue,
  TransactionReason,
  TransactionScreening,
} from './screen/screenedTransaction.js';
export {
  createTransactionScreener,
  type ScreenTransactionOptions,
  screenTransaction,
  type TransactionScreener,
  type TransactionScreenerOptions,
  type TransactionThresholds,
} from './screen/screenTransaction.js';
export { createTextScanner, type TextHit, type TextScanner, type TextScanOptions } from './screen/textScan.js';
export { createSearch, type ListSearch, type SearchHit, type SearchOptions } from './search/createSearch.js';
// Loaders
export { DEFAULT_LIST_LABEL, loadDefaultList } from './sources/defaultList.js';
export { candidateLoaders, parseDetected } from './sources/detectFormat.js';
export { listVersionsOf, listVersionsOfEntities } from './sources/listVersions.js';
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
