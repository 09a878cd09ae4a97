import type { ExposureHit } from '../graph/exposure.js';
import type { PathStep } from '../graph/graphTypes.js';
import type { OwnershipStatus } from '../graph/ownershipExplanation.js';
import type { ScreeningMatch } from '../match/createScreener.js';
import type { CountryCode } from '../model/country.js';
import type { Entity, EntitySchemaName } from '../model/entity.js';
import type { Identifier } from '../model/identifier.js';
import type { ListVersion } from '../model/listVersion.js';
import type { PartialDate } from '../model/partialDate.js';
import type { ExplanationStep } from '../model/screening.js';
import type { Transaction, TransactionParty } from '../model/transaction.js';
import type { ListingOnDate } from './asOf.js';
import type { DualUseHeading } from './dualUseGoods.data.js';
import type { JurisdictionHit, JurisdictionLevel } from './jurisdictions.js';

/** How much a reason weighs: `block` stops the payment, `review` sends it to an analyst, `info` is context only. */
export type Severity = 'block' | 'review' | 'info';

/** The outcome of screening a transaction; see `decide` for the policy. */
export type TransactionDecisionValue = 'clear' | 'review' | 'block';

/**
 * What a reason is about: a party's name, an identifier (BIC, IMO, tax id), a place, ownership by listed parties
 * (the 50% rule), a relationship path to a listed party, a listed name in free text, goods, a team rule, or a
 * listing that was not (yet / any more) in force on the transaction's date.
 */
export type ReasonKind =
  | 'name-match'
  | 'identifier'
  | 'jurisdiction'
  | 'ownership'
  | 'exposure'
  | 'free-text'
  | 'goods'
  | 'rule'
  | 'not-yet-listed'
  | 'delisted';

/** A list entity as a reason names it: enough to find it again and to show it, small enough for JSON output. */
export interface EntityRef {
  readonly id: string;
  readonly name: string;
  readonly list: string;
  readonly schema: EntitySchemaName;
  readonly programs: readonly string[];
}

/** One contributing owner under the ownership rule: its share and the path to the listed party behind it. */
export interface OwnershipShare {
  readonly ownerId: string;
  readonly ownerName: string;
  readonly share: number;
  readonly path: readonly PathStep[];
}

/**
 * One reason for a transaction's decision, as data: what (`kind`), how much it weighs (`severity`), where in the
 * transaction (`field`, e.g. `parties[2].name`, `parties[0].address.city`, `remittanceInformation`), a sentence an
 * analyst reads, and the evidence (entity, relationship path, score and explanation, dates, jurisdiction, shares).
 */
export interface TransactionReason {
  readonly kind: ReasonKind;
  readonly severity: Severity;
  readonly field: string;
  readonly message: string;
  readonly entity?: EntityRef;
  readonly path?: readonly PathStep[];
  readonly score?: number;
  readonly explanation?: readonly ExplanationStep[];
  /** The team rule that raised it (`kind: 'rule'`). */
  readonly ruleId?: string;
  readonly listedOn?: PartialDate;
  readonly delistedOn?: PartialDate;
  readonly jurisdiction?: {
    readonly code: string;
    readonly name: string;
    readonly level: JurisdictionLevel;
    readonly matched: string;
  };
  readonly ownership?: {
    readonly rule: string;
    readonly threshold: number;
    readonly aggregateShare: number;
    readonly contributions: readonly OwnershipShare[];
  };
}

/** A place in a sanctioned jurisdiction found in one field of the transaction. */
export interface FieldJurisdiction {
  readonly field: string;
  readonly hit: JurisdictionHit;
}

/**
 * A list entity a party was identified as: by its name (`match` true at or above the threshold, false for a near
 * match) or by an exact identifier; with its listing status on the transaction's date and whether it is a listed
 * party in its own right (context entities such as the embedded list's fictional `demo:` companies are not).
 */
export interface PartyEntity {
  readonly entity: Entity;
  readonly via: 'name' | 'identifier';
  readonly score: number;
  readonly match: boolean;
  readonly nameMatch?: ScreeningMatch;
  readonly identifier?: { readonly field: string; readonly value: string; readonly listed: Identifier };
  readonly listing: ListingOnDate;
  readonly listedParty: boolean;
}

/** One party of the transaction after screening: who it was identified as, where it is, and what it connects to. */
export interface ScreenedParty {
  readonly index: number;
  /** `parties[2]`. */
  readonly field: string;
  readonly party: TransactionParty;
  /** Entities identified by name (matches and near matches) or identifier, best first. */
  readonly entities: readonly PartyEntity[];
  /** Countries the party is in: its country, its address's country, its BIC's country letters. */
  readonly countries: readonly CountryCode[];
  readonly jurisdictions: readonly FieldJurisdiction[];
  /** Listed parties within `maxDepth` hops of the entities the party was identified as, with paths. */
  readonly exposure: readonly ExposureHit[];
  /** Ownership-rule status of each identified entity that has blocked owners or controllers. */
  readonly ownership: readonly OwnershipStatus[];
}

/** One line of goods after screening: its dual-use heading (when in the table) and where it goes. */
export interface ScreenedGoods {
  readonly index: number;
  readonly field: string;
  readonly dualUse?: DualUseHeading;
  /** Sanctioned or heightened jurisdictions the goods go to (the stated destination, else the paying side). */
  readonly destinations: readonly FieldJurisdiction[];
}

/** A listed name found in free text (remittance information, purpose, goods description). */
export interface FreeTextFinding {
  readonly field: string;
  readonly text: string;
  readonly matchedText: string;
  readonly entity: Entity;
  readonly score: number;
  readonly listing: ListingOnDate;
  readonly explanation: readonly ExplanationStep[];
}

/**
 * Everything the built-in checks found about one transaction, before the decision: the context team rules
 * evaluate (see `TransactionRule`). Plain data, so a rule is a plain function and easy to unit-test.
 */
export interface ScreenedTransaction {
  readonly transaction: Transaction;
  /** The date the transaction is judged on (`YYYY-MM-DD`; the transaction's date unless overridden). */
  readonly asOf: string;
  readonly maxDepth: number;
  readonly parties: readonly ScreenedParty[];
  readonly vessel?: { readonly entities: readonly PartyEntity[] };
  readonly goods: readonly ScreenedGoods[];
  /** Places found outside the parties: `countries[…]`, goods origins and destinations, free-text fields. */
  readonly jurisdictions: readonly FieldJurisdiction[];
  readonly freeText: readonly FreeTextFinding[];
  /** The built-in checks' reasons. */
  readonly reasons: readonly TransactionReason[];
}

/** The result of screening one transaction: the decision, every reason, and the list versions it was made against. */
export interface TransactionScreening {
  readonly transactionId: string;
  readonly asOf: string;
  readonly decision: TransactionDecisionValue;
  readonly reasons: readonly TransactionReason[];
  readonly listVersions?: readonly ListVersion[];
}
