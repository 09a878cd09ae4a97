import { ScreeningError } from '../../errors.js';
import type { PathStep } from '../../graph/graphTypes.js';
import type { EntityRef, ScreenedTransaction, Severity, TransactionReason } from '../screenedTransaction.js';

/** One thing a team rule found: how much it weighs, where in the transaction, and why, with the evidence. */
export interface RuleFinding {
  readonly severity: Severity;
  /** The field it concerns, written like the built-in reasons: `parties[2].name`, `goods[0].hsCode`. */
  readonly field: string;
  readonly message: string;
  readonly entity?: EntityRef;
  readonly path?: readonly PathStep[];
}

/**
 * A compliance team's own check, as a plain function over the screened transaction (its parties with their
 * matches, exposure paths, ownership and places; its goods and free-text findings). Rules read; they never call
 * the lists, so a rule is unit-tested with a hand-built `ScreenedTransaction` or one from `analyseTransaction`.
 *
 * @example
 * const largeToRussia: TransactionRule = {
 *   id: 'acme:large-ru', description: 'payments over 100k to a party in Russia',
 *   evaluate: (tx) => tx.transaction.amount > 100_000 && tx.parties.some((p) => p.countries.includes('RU'))
 *     ? [{ severity: 'review', field: 'amount', message: 'over 100 000 to a party in Russia' }] : [],
 * };
 */
export interface TransactionRule {
  readonly id: string;
  readonly description: string;
  evaluate(context: ScreenedTransaction): readonly RuleFinding[];
}

/**
 * Runs rules on a screened transaction and turns their findings into reasons (`kind: 'rule'`, with `ruleId`).
 * A rule that throws is a bug in the rule: it is reported as a `ScreeningError` naming the rule, never swallowed.
 */
export function runRules(rules: readonly TransactionRule[], context: ScreenedTransaction): TransactionReason[] {
  const reasons: TransactionReason[] = [];
  for (const rule of rules) {
    let findings: readonly RuleFinding[];
    try {
      findings = rule.evaluate(context);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new ScreeningError(
        'E_INPUT',
        `transaction rule "${rule.id}" failed on transaction ${context.transaction.id}: ${detail}. Fix the rule or leave it out.`,
        { cause: error },
      );
    }
    for (const finding of findings) reasons.push({ kind: 'rule', ruleId: rule.id, ...finding });
  }
  return reasons;
}
