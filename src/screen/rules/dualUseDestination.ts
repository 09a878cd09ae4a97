import type { JurisdictionHit } from '../jurisdictions.js';
import type { Severity } from '../screenedTransaction.js';
import { DUAL_USE_DESTINATIONS } from './programs.data.js';
import type { RuleFinding, TransactionRule } from './transactionRule.js';

/** Options of {@link dualUseDestinationRule}. */
export interface DualUseDestinationOptions {
  id: string;
  description: string;
  /** Which destinations count (default: every comprehensively sanctioned country or region, Russia and Belarus). */
  isWatchedDestination?: (hit: JurisdictionHit) => boolean;
  severity?: Severity;
}

// A place named before its embargo began (`sanctionedFrom`) is not a sanctioned destination on the transaction's date.
const defaultDestination = (hit: JurisdictionHit) =>
  hit.sanctionedFrom === undefined &&
  (hit.level === 'comprehensive' || hit.level === 'regional-comprehensive' || DUAL_USE_DESTINATIONS.includes(hit.code));

/**
 * A rule factory: flags goods whose HS code is on the dual-use table and that go to a watched destination (the
 * stated destination country, else the paying side's places, as the built-in goods check reads them).
 */
export function dualUseDestinationRule(options: DualUseDestinationOptions): TransactionRule {
  const watched = options.isWatchedDestination ?? defaultDestination;
  const severity = options.severity ?? 'review';
  return {
    id: options.id,
    description: options.description,
    evaluate(context) {
      const findings: RuleFinding[] = [];
      for (const goods of context.goods) {
        if (!goods.dualUse) continue;
        const places = [
          ...new Map(goods.destinations.filter((d) => watched(d.hit)).map((d) => [d.hit.code, d])).values(),
        ];
        if (places.length === 0) continue;
        const line = context.transaction.goods?.[goods.index];
        findings.push({
          severity,
          field: `${goods.field}.hsCode`,
          message: `dual-use goods "${line?.description}" (HS ${line?.hsCode}, ${goods.dualUse.description}) to ${places.map((p) => `${p.hit.name} via ${p.field}`).join(', ')}`,
        });
      }
      return findings;
    },
  };
}

/**
 * Shipped rule (c): dual-use goods (HS heading in the table) to a comprehensively sanctioned country or region (Iran,
 * North Korea, Cuba, Crimea and the other occupied regions), to Russia or to Belarus.
 */
export const DUAL_USE_DESTINATION_RULE: TransactionRule = dualUseDestinationRule({
  id: 'dual-use-to-sanctioned-destination',
  description:
    'dual-use goods (HS heading on the dual-use table) to a comprehensively sanctioned country or region, Russia or Belarus',
});
