import anyAscii from 'any-ascii';
import type { GraphNode } from '../../graph/graphTypes.js';
import type { Entity } from '../../model/entity.js';
import { describePath, entityRef } from '../describePath.js';
import type { Severity } from '../screenedTransaction.js';
import { WAGNER_ANCHORS } from './programs.data.js';
import { partyField, partyLabel } from './ruleHelpers.js';
import type { RuleFinding, TransactionRule } from './transactionRule.js';

/** Options of {@link linkedToPartyRule}. */
export interface LinkedToPartyOptions {
  id: string;
  description: string;
  /** Entity ids of the party to watch (`ofac-sdn:22543`). */
  anchorIds: readonly string[];
  /** Organisations whose names (folded to lower-case ASCII) match this count as the party too. */
  anchorName?: RegExp;
  /** Hops within which a link counts (default 2); the transaction must be screened with `maxDepth` at least this. */
  maxDepth?: number;
  severity?: Severity;
}

/**
 * A rule factory: flags every party that is, or is linked within `maxDepth` hops to, a watched party (by id, or by
 * an organisation name pattern), with the path. Use it for "anything to do with X" policies.
 */
export function linkedToPartyRule(options: LinkedToPartyOptions): TransactionRule {
  const ids = new Set(options.anchorIds);
  const maxDepth = options.maxDepth ?? 2;
  const severity = options.severity ?? 'review';
  const isAnchorEntity = (entity: Entity) =>
    ids.has(entity.id) ||
    (options.anchorName !== undefined &&
      entity.schema !== 'Person' &&
      entity.names.some((n) => options.anchorName!.test(anyAscii(n.full).toLowerCase())));
  const isAnchor = (node: GraphNode) => ids.has(node.id) || (node.entity !== undefined && isAnchorEntity(node.entity));
  return {
    id: options.id,
    description: options.description,
    evaluate(context) {
      const findings: RuleFinding[] = [];
      for (const party of context.parties) {
        const field = partyField(party);
        for (const found of party.entities) {
          if (!found.match || !isAnchorEntity(found.entity)) continue;
          findings.push({
            severity,
            field,
            message: `${partyLabel(party)} is ${found.entity.names[0]?.full} (${found.entity.id}), a party this rule watches`,
            entity: entityRef(found.entity),
          });
        }
        for (const hit of party.exposure) {
          if (hit.depth > maxDepth || !isAnchor(hit.node)) continue;
          findings.push({
            severity,
            field,
            message: `${partyLabel(party)} is linked to ${hit.node.name} within ${hit.depth} hop${hit.depth > 1 ? 's' : ''}: ${describePath(hit.path)}`,
            ...(hit.node.entity ? { entity: entityRef(hit.node.entity) } : {}),
            path: hit.path,
          });
        }
      }
      return findings;
    },
  };
}

/**
 * Shipped rule (a): a party linked to the Wagner Group within 2 hops of OFAC SDN 22543, or of any organisation
 * whose names say Wagner (UK RUS1090, Australia 7209, "PMC WAGNER CENTER"), with the path.
 */
export const WAGNER_LINK_RULE: TransactionRule = linkedToPartyRule({
  id: 'wagner-link',
  description:
    "a party linked to PRIVATE MILITARY COMPANY 'WAGNER' (ofac-sdn:22543) or a Wagner-named organisation within 2 hops",
  anchorIds: WAGNER_ANCHORS.ids,
  anchorName: WAGNER_ANCHORS.name,
  maxDepth: 2,
});
