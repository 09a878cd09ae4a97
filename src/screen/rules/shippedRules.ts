import { DUAL_USE_DESTINATION_RULE } from './dualUseDestination.js';
import { WAGNER_LINK_RULE } from './linkedToWagner.js';
import type { TransactionRule } from './transactionRule.js';
import { TURKEY_RUSSIA_BELARUS_RULE } from './turkeyCounterparty.js';

/**
 * The three rules shipped as examples of team rules: Wagner links, Turkey-based counterparties of Russia- or
 * Belarus-listed parties, dual-use goods to sanctioned destinations. Pass them (or your own) as `rules`; the CLI
 * runs them unless given `--no-rules`.
 */
export const SHIPPED_RULES: readonly TransactionRule[] = [
  WAGNER_LINK_RULE,
  TURKEY_RUSSIA_BELARUS_RULE,
  DUAL_USE_DESTINATION_RULE,
];
