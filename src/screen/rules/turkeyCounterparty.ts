import { primaryName } from '../../model/entity.js';
import type { PartyRole } from '../../model/transaction.js';
import { describePath, entityRef } from '../describePath.js';
import type { Severity } from '../screenedTransaction.js';
import { RUSSIA_BELARUS_PROGRAMS } from './programs.data.js';
import { hasProgram, listedEntities, partyField, partyLabel } from './ruleHelpers.js';
import type { RuleFinding, TransactionRule } from './transactionRule.js';

// The customers of a payment; the banks and agents between them are not its counterparties.
const COUNTERPARTY_ROLES: ReadonlySet<PartyRole> = new Set([
  'originator',
  'beneficiary',
  'ultimateDebtor',
  'ultimateCreditor',
  'other',
]);

/** Options of {@link counterpartyOfProgramRule}. */
export interface CounterpartyOfProgramOptions {
  id: string;
  description: string;
  /** The country of the counterparty to watch (ISO alpha-2: its country, address country or BIC country). */
  country: string;
  /** Programs of the listed parties to watch. */
  programs: readonly RegExp[];
  severity?: Severity;
}

/**
 * A rule factory: flags a party based in `country` that deals with a party listed under one of `programs`: it is
 * such a party itself, has a relationship path to one (linked, owned, director…), or, for a customer of the payment
 * (not its banks), another party of the payment is one. Use it for corridor policies ("Turkish counterparties of
 * Russia-listed parties").
 */
export function counterpartyOfProgramRule(options: CounterpartyOfProgramOptions): TransactionRule {
  const severity = options.severity ?? 'review';
  return {
    id: options.id,
    description: options.description,
    evaluate(context) {
      const findings: RuleFinding[] = [];
      const seen = new Set<string>();
      const add = (key: string, finding: RuleFinding) => {
        if (seen.has(key)) return;
        seen.add(key);
        findings.push(finding);
      };
      for (const party of context.parties) {
        if (!party.countries.includes(options.country)) continue;
        const field = partyField(party);
        const who = `${options.country}-based ${partyLabel(party)}`;
        for (const found of listedEntities(party)) {
          if (!hasProgram(found.entity, options.programs)) continue;
          add(`${party.index}|${found.entity.id}`, {
            severity,
            field,
            message: `${who} is ${primaryName(found.entity)}, listed under ${found.entity.programs.join(', ')}`,
            entity: entityRef(found.entity),
          });
        }
        for (const hit of party.exposure) {
          if (!hasProgram(hit.node.entity, options.programs)) continue;
          add(`${party.index}|${hit.node.id}`, {
            severity,
            field,
            message: `${who} is ${hit.depth} hop${hit.depth > 1 ? 's' : ''} from ${hit.node.name} (${hit.node.entity?.programs.join(', ')}): ${describePath(hit.path)}`,
            ...(hit.node.entity ? { entity: entityRef(hit.node.entity) } : {}),
            path: hit.path,
          });
        }
        // Banks carry the payment; the counterparties are the customers on either side.
        if (!COUNTERPARTY_ROLES.has(party.party.role)) continue;
        for (const other of context.parties) {
          if (other.index === party.index) continue;
          for (const found of listedEntities(other)) {
            if (!hasProgram(found.entity, options.programs)) continue;
            add(`${party.index}|${found.entity.id}`, {
              severity,
              field,
              message: `${who} is in a payment with ${partyLabel(other)}, which is ${primaryName(found.entity)}, listed under ${found.entity.programs.join(', ')}`,
              entity: entityRef(found.entity),
            });
          }
        }
      }
      return findings;
    },
  };
}

/**
 * Shipped rule (b): a Turkey-based party (country, address or BIC in TR) that is, is linked or owned within the
 * screened hops to, or pays or is paid by a party listed under a Russia or Belarus program (RUSSIA-EO14024,
 * BELARUS-EO14038, …), e.g. a Turkish beneficiary owned by AZU INTERNATIONAL, or the Rayya network's Istanbul firm.
 */
export const TURKEY_RUSSIA_BELARUS_RULE: TransactionRule = counterpartyOfProgramRule({
  id: 'tr-counterparty-russia-belarus',
  description: 'a Turkey-based counterparty of, or exposed to, a party listed under a Russia or Belarus program',
  country: 'TR',
  programs: RUSSIA_BELARUS_PROGRAMS,
});
