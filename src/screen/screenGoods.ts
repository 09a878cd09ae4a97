import type { PartyRole, Transaction } from '../model/transaction.js';
import { dualUseHeadingOf } from './dualUseGoods.js';
import { findFieldJurisdictions, jurisdictionReasons } from './placeChecks.js';
import type { FieldJurisdiction, ScreenedGoods, ScreenedParty, TransactionReason } from './screenedTransaction.js';

/** What {@link screenGoods} finds: each goods line, the places goods come from, and the reasons. */
export interface GoodsFindings {
  readonly lines: ScreenedGoods[];
  readonly origins: FieldJurisdiction[];
  readonly reasons: TransactionReason[];
}

// In a payment for goods the payer is the buyer: without a stated destination, the goods go where the payer is.
const BUYER_ROLES: ReadonlySet<PartyRole> = new Set(['originator', 'ultimateDebtor']);

function places(hits: readonly FieldJurisdiction[]): string {
  return [...new Map(hits.map((h) => [h.hit.code, `${h.hit.name} (${h.hit.level})`])).values()].join(', ');
}

/**
 * Screens the goods a payment pays for: the HS code against the dual-use table, and where the goods go (the stated
 * destination country, else the countries of the paying side) and come from, rated as on `asOf`. Dual-use goods to a
 * sanctioned or heightened jurisdiction go to review; other dual-use goods are reported as info. A sanctioned origin or
 * destination country is also a jurisdiction reason of its own.
 */
export function screenGoods(tx: Transaction, parties: readonly ScreenedParty[], asOf?: string): GoodsFindings {
  const lines: ScreenedGoods[] = [];
  const origins: FieldJurisdiction[] = [];
  const reasons: TransactionReason[] = [];
  const buyerPlaces = parties.filter((p) => BUYER_ROLES.has(p.party.role)).flatMap((p) => p.jurisdictions);
  (tx.goods ?? []).forEach((goods, index) => {
    const field = `goods[${index}]`;
    if (goods.originCountry) {
      const found = findFieldJurisdictions([[`${field}.originCountry`, { country: goods.originCountry }]], asOf);
      origins.push(...found);
      reasons.push(...jurisdictionReasons(found, 'address'));
    }
    let destinations: FieldJurisdiction[];
    if (goods.destinationCountry) {
      destinations = findFieldJurisdictions(
        [[`${field}.destinationCountry`, { country: goods.destinationCountry }]],
        asOf,
      );
      reasons.push(...jurisdictionReasons(destinations, 'address'));
    } else {
      destinations = buyerPlaces;
    }
    const dualUse = dualUseHeadingOf(goods.hsCode);
    lines.push({ index, field, ...(dualUse ? { dualUse } : {}), destinations });
    if (!dualUse) return;
    const what = `HS ${goods.hsCode} (${dualUse.heading}: ${dualUse.description}) is on the dual-use table (${dualUse.basis})`;
    // A place whose measures began after the transaction date was no sanctioned destination then.
    const sanctioned = destinations.filter((d) => d.hit.sanctionedFrom === undefined);
    const first = sanctioned[0];
    reasons.push(
      first
        ? {
            kind: 'goods',
            severity: 'review',
            field: `${field}.hsCode`,
            message: `${what} and goes to ${places(sanctioned)}: check the export licence and the end user`,
            jurisdiction: {
              code: first.hit.code,
              name: first.hit.name,
              level: first.hit.level,
              matched: first.hit.matched,
            },
          }
        : {
            kind: 'goods',
            severity: 'info',
            field: `${field}.hsCode`,
            message: `${what}; its destination is not in a sanctioned jurisdiction`,
          },
    );
  });
  return { lines, origins, reasons };
}
