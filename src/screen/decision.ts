import type { Severity, TransactionDecisionValue, TransactionReason } from './screenedTransaction.js';

const RANK: Readonly<Record<Severity, number>> = { block: 0, review: 1, info: 2 };

/**
 * The decision a set of reasons leads to: `block` when any reason blocks, `review` when any needs review,
 * otherwise `clear` (info reasons never change the outcome).
 *
 * The policy behind the severities (what the built-in checks assign):
 * - **block**: a confirmed name match (score at or above the threshold) of a listed party whose listing was in
 *   force on the transaction's date; an exact BIC, IMO or other identifier of such a party (in a party, the vessel,
 *   or an IMO number written in free text); an address or country in a comprehensively sanctioned country or region
 *   (level `comprehensive` or `regional-comprehensive` on the transaction's date: Syria until 30 June 2025); a party
 *   blocked by ownership under the 50% rule (OFAC by default).
 * - **review**: a near match or a weak alias; an address in a jurisdiction under heightened sanctions, or in a
 *   partly sanctioned area; a relationship path (linked to, director, family, owner…) to a listed party within
 *   `maxDepth` hops; blocked owners with unknown shares or below the threshold, or control by a blocked party; dual-use
 *   goods to a sanctioned or heightened jurisdiction; a listed name or a comprehensively sanctioned place named in
 *   free text; a delisted party; whatever team rules raise.
 * - **info**: a listing not yet in force on the date, a place whose embargo began after the date, a context entity
 *   (not itself listed), dual-use goods to other destinations, heightened jurisdictions named in free text.
 */
export function decide(reasons: readonly Pick<TransactionReason, 'severity'>[]): TransactionDecisionValue {
  let decision: TransactionDecisionValue = 'clear';
  for (const reason of reasons) {
    if (reason.severity === 'block') return 'block';
    if (reason.severity === 'review') decision = 'review';
  }
  return decision;
}

/**
 * Orders reasons for reading (most severe first, then in the order they were found) and drops exact repeats
 * (the same kind, field, entity and message).
 */
export function orderReasons(reasons: readonly TransactionReason[]): TransactionReason[] {
  const seen = new Set<string>();
  const unique = reasons.filter((r) => {
    const key = `${r.kind}|${r.field}|${r.entity?.id ?? ''}|${r.ruleId ?? ''}|${r.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique
    .map((reason, position) => ({ reason, position }))
    .sort((a, b) => RANK[a.reason.severity] - RANK[b.reason.severity] || a.position - b.position)
    .map((r) => r.reason);
}
