import { InputError } from '../errors.js';
import { buildGraph } from '../graph/buildGraph.js';
import type { OwnershipRule } from '../graph/ownershipRules.data.js';
import type { RelationshipGraph } from '../graph/relationshipGraph.js';
import type { UserRelationshipInput } from '../graph/userRelationship.js';
import { createScreener, type Screener, type ScreenerOptions } from '../match/createScreener.js';
import type { Entity } from '../model/entity.js';
import type { ListVersion } from '../model/listVersion.js';
import type { LoadResult } from '../model/loadResult.js';
import { parseTransaction, type Transaction, type TransactionInput } from '../model/transaction.js';
import { listVersionsOf, listVersionsOfEntities } from '../sources/listVersions.js';
import { analyseTransaction } from './analyseTransaction.js';
import { asOfBounds } from './asOf.js';
import { decide, orderReasons } from './decision.js';
import type { ScreeningSettings } from './identifyParty.js';
import type { ListedPartyTest } from './listedParty.js';
import { runRules, type TransactionRule } from './rules/transactionRule.js';
import type { ScreenedTransaction, TransactionScreening } from './screenedTransaction.js';
import { createTransactionContext, type TransactionContext } from './transactionContext.js';

/** Score thresholds of transaction screening. */
export interface TransactionThresholds {
  /** Confirmed name match (block); default: the screener's threshold (0.8). */
  match?: number;
  /** Near match (review); default 0.7. */
  review?: number;
  /** A listed name in free text; default 0.9. */
  freeText?: number;
}

/** Options of {@link screenTransaction}. */
export interface ScreenTransactionOptions {
  screener: Screener;
  /** The relationship graph; default: built (once per screener) from the screener's entities. */
  graph?: RelationshipGraph;
  /** Judge the transaction as the lists stood on this date (YYYY-MM-DD); default: the transaction's date. */
  asOf?: string;
  thresholds?: TransactionThresholds;
  /** Team rules to run after the built-in checks (default none; see `SHIPPED_RULES`). */
  rules?: readonly TransactionRule[];
  /** Relationship hops followed for exposure (default 2). */
  maxDepth?: number;
  /** Which list entities are listed parties in their own right (default `isListedParty`). */
  isListed?: ListedPartyTest;
  /** The ownership rule (default the OFAC 50% rule). */
  ownershipRule?: OwnershipRule;
  /** The list versions to stamp on every result, for the audit trail. */
  listVersions?: readonly ListVersion[];
}

type ContextKey = Pick<ScreenTransactionOptions, 'graph' | 'isListed' | 'ownershipRule'> & { freeText?: number };
const contexts = new WeakMap<Screener, Array<{ key: ContextKey; context: TransactionContext }>>();

// screenTransaction is a plain function, yet 10 000 calls must not rebuild the graph or the indexes: the context is
// kept per screener (and per graph and options), and dropped with the screener.
function contextFor(options: ScreenTransactionOptions): TransactionContext {
  const key: ContextKey = {
    graph: options.graph,
    isListed: options.isListed,
    ownershipRule: options.ownershipRule,
    ...(options.thresholds?.freeText !== undefined ? { freeText: options.thresholds.freeText } : {}),
  };
  const known = contexts.get(options.screener) ?? [];
  const found = known.find(
    (k) =>
      k.key.graph === key.graph &&
      k.key.isListed === key.isListed &&
      k.key.ownershipRule === key.ownershipRule &&
      k.key.freeText === key.freeText,
  );
  if (found) return found.context;
  const context = createTransactionContext(options.screener, {
    ...(options.graph ? { graph: options.graph } : {}),
    ...(options.isListed ? { isListed: options.isListed } : {}),
    ...(options.ownershipRule ? { ownershipRule: options.ownershipRule } : {}),
    ...(key.freeText !== undefined ? { freeTextThreshold: key.freeText } : {}),
  });
  known.push({ key, context });
  contexts.set(options.screener, known);
  return context;
}

function settingsOf(tx: Transaction, options: ScreenTransactionOptions): ScreeningSettings {
  const asOf = options.asOf ?? tx.date;
  asOfBounds(asOf);
  const maxDepth = options.maxDepth ?? 2;
  if (!Number.isInteger(maxDepth) || maxDepth < 0 || maxDepth > 6) {
    throw new InputError('maxDepth', `${maxDepth} is not a number of hops; give a whole number from 0 to 6, e.g. 2`);
  }
  const review = options.thresholds?.review ?? 0.7;
  if (!(review >= 0 && review <= 1)) throw new InputError('thresholds.review', 'must be between 0 and 1');
  return {
    asOf,
    maxDepth,
    reviewThreshold: review,
    ...(options.thresholds?.match !== undefined ? { matchThreshold: options.thresholds.match } : {}),
  };
}

/**
 * Runs the built-in checks on a transaction without deciding: the screened transaction team rules read. Use it to
 * unit-test a rule, or to show an analyst everything that was found.
 */
export function analyse(tx: Transaction | TransactionInput, options: ScreenTransactionOptions): ScreenedTransaction {
  const transaction = parseTransaction(tx);
  return analyseTransaction(transaction, contextFor(options), settingsOf(transaction, options));
}

/**
 * Screens one payment: every party's name (through the screener), BIC and identifiers (exact), addresses and
 * countries (sanctioned jurisdictions), the vessel, the goods (dual-use HS headings and destinations) and the free
 * text (listed names); then relationships (exposure within `maxDepth` hops, with the path) and the ownership rule;
 * then the team rules. Everything is judged as the lists stood on `asOf` (default: the transaction's date). Returns
 * the decision (`clear | review | block`, see `decide` for the policy) and every reason. Pure: the same inputs give
 * the same result. For many transactions use {@link createTransactionScreener}, which builds the screener and graph once.
 *
 * @throws InputError for an invalid transaction (naming the field), an invalid `asOf` or `maxDepth`.
 */
export function screenTransaction(
  tx: Transaction | TransactionInput,
  options: ScreenTransactionOptions,
): TransactionScreening {
  const transaction = parseTransaction(tx);
  const settings = settingsOf(transaction, options);
  const screened = analyseTransaction(transaction, contextFor(options), settings);
  const reasons = orderReasons([...screened.reasons, ...runRules(options.rules ?? [], screened)]);
  return {
    transactionId: transaction.id,
    asOf: settings.asOf,
    decision: decide(reasons),
    reasons,
    ...(options.listVersions ? { listVersions: options.listVersions } : {}),
  };
}

/** Options of {@link createTransactionScreener}: the screener's, the graph's extra relationships, and the screening's. */
export interface TransactionScreenerOptions
  extends ScreenerOptions,
    Omit<ScreenTransactionOptions, 'screener' | 'graph' | 'listVersions' | 'asOf'> {
  /** Relationships the user knows (a vendor's owners), added to the graph. */
  extraRelationships?: readonly UserRelationshipInput[];
}

/** A transaction screener over fixed lists; see {@link createTransactionScreener}. */
export interface TransactionScreener {
  /** Screens one transaction, optionally as of another date than its own. */
  screen(tx: Transaction | TransactionInput, options?: { asOf?: string }): TransactionScreening;
  /** The built-in checks without the decision (for rule tests and analyst views). */
  analyse(tx: Transaction | TransactionInput, options?: { asOf?: string }): ScreenedTransaction;
  readonly screener: Screener;
  readonly graph: RelationshipGraph;
  readonly listVersions: readonly ListVersion[];
}

function isLoadResult(value: unknown): value is LoadResult {
  return typeof value === 'object' && value !== null && 'entities' in value && 'meta' in value;
}

/**
 * Builds everything transaction screening needs once (the name screener, the relationship graph with any extra
 * relationships, the identifier lookup, the free-text scanner) and returns `screen(tx)`, so 10 000 transactions
 * rebuild nothing. Every result carries the list versions it was made against.
 *
 * @example
 * const txScreener = createTransactionScreener(await loadDefaultList(), { rules: SHIPPED_RULES });
 * txScreener.screen(parseMt103(text)).decision; // 'block'
 */
export function createTransactionScreener(
  input: readonly Entity[] | LoadResult | readonly LoadResult[],
  options: TransactionScreenerOptions = {},
): TransactionScreener {
  const { extraRelationships, threshold, listThresholds, candidateLimit, ...screening } = options;
  const screener = createScreener(input, {
    ...(threshold !== undefined ? { threshold } : {}),
    ...(listThresholds ? { listThresholds } : {}),
    ...(candidateLimit !== undefined ? { candidateLimit } : {}),
  });
  const graph = buildGraph(screener.entities, extraRelationships ? { extraRelationships } : {});
  const results = Array.isArray(input) ? input : [input];
  const listVersions = results.every(isLoadResult)
    ? listVersionsOf(results as LoadResult[])
    : listVersionsOfEntities(screener.entities);
  const base: ScreenTransactionOptions = { ...screening, screener, graph, listVersions };
  return {
    screen: (tx, call = {}) => screenTransaction(tx, call.asOf ? { ...base, asOf: call.asOf } : base),
    analyse: (tx, call = {}) => analyse(tx, call.asOf ? { ...base, asOf: call.asOf } : base),
    screener,
    graph,
    listVersions,
  };
}
