import { type ExposureHit, exposure } from '../graph/exposure.js';
import type { OwnershipStatus } from '../graph/ownershipExplanation.js';
import { partySlug } from '../graph/partySlug.js';
import { describeEntity, describePath, entityRef } from './describePath.js';
import type { PartyEntity, TransactionReason } from './screenedTransaction.js';
import type { TransactionContext } from './transactionContext.js';

/** What the relationship graph says about one party: its listed neighbours within reach, and its ownership. */
export interface PartyRelationships {
  readonly exposure: ExposureHit[];
  readonly ownership: OwnershipStatus[];
  readonly reasons: TransactionReason[];
}

/**
 * The graph nodes a party stands for: the entities it was confirmed as, and the graph-only parties (a user-supplied
 * vendor, a name a list gives only in a relationship) its name matches, whatever the spelling.
 */
function startNodes(found: readonly PartyEntity[], name: string | undefined, context: TransactionContext) {
  const starts = new Map<string, string>();
  for (const item of found) {
    if (!item.match || starts.has(item.entity.id) || context.graph.indexOf(item.entity.id) === undefined) continue;
    starts.set(item.entity.id, item.identifier?.field ?? '');
  }
  if (name && name.trim() !== '') {
    const userId = `user:${partySlug(name)}`;
    if (context.graph.indexOf(userId) !== undefined) starts.set(userId, '');
    for (const match of context.graphParties?.screen({ name, limit: 3 }).matches ?? []) {
      if (match.match && !starts.has(match.entity.id)) starts.set(match.entity.id, '');
    }
  }
  return starts;
}

function ownershipReasons(status: OwnershipStatus, field: string): TransactionReason[] {
  const name = status.entityName;
  const contributions = status.contributions.map((c) => ({
    ownerId: c.ownerId,
    ownerName: c.ownerName,
    share: c.share,
    path: c.path,
  }));
  const ownership = {
    rule: status.rule,
    threshold: status.threshold,
    aggregateShare: status.aggregateShare,
    contributions,
  };
  const owners = status.contributions.map((c) => `${c.share}% ${c.ownerName} (${c.ownerStatus})`).join(' + ');
  const reasons: TransactionReason[] = [];
  if (status.status === 'blocked-by-rule') {
    const how =
      status.reason === 'control'
        ? `controlled by ${status.control.map((c) => c.controllerName).join(', ')}`
        : `owned ${status.aggregateShare}% in aggregate by blocked parties: ${owners}`;
    reasons.push({
      kind: 'ownership',
      severity: 'block',
      field,
      message: `${name} is ${how}; blocked under the ${status.rule} (threshold ${status.inclusive ? '≥' : '>'} ${status.threshold}%)`,
      ...(status.contributions[0] ? { path: status.contributions[0].path } : {}),
      ownership,
    });
    return reasons;
  }
  if (status.belowThreshold) {
    reasons.push({
      kind: 'ownership',
      severity: 'review',
      field,
      message: `${name} is owned ${status.aggregateShare}% by blocked parties (${owners}), below the ${status.rule} threshold of ${status.threshold}%: check for further blocked owners`,
      ...(status.contributions[0] ? { path: status.contributions[0].path } : {}),
      ownership,
    });
  }
  for (const unknown of status.unknownShares) {
    reasons.push({
      kind: 'ownership',
      severity: 'review',
      field,
      message: `${name}: ${unknown.risk}; obtain the share register to apply the ${status.rule}`,
      path: unknown.path,
      ownership,
    });
  }
  for (const control of status.control) {
    if (control.counted) continue;
    reasons.push({
      kind: 'ownership',
      severity: 'review',
      field,
      message: `${name} is controlled by blocked ${control.controllerName}${control.role ? ` (${control.role})` : ''}; the ${status.rule} does not count control, other authorities' rules do`,
      path: control.path,
    });
  }
  return reasons;
}

/**
 * Follows the relationship graph from the entities a party was confirmed as: the ownership rule (blocked by
 * ownership → block with the contributing owners, shares and paths; unknown shares, aggregate below the threshold,
 * or control → review) and exposure (every listed party within `maxDepth` hops → review with the path), both as the
 * lists stood on `asOf`. Exposure is reported only from a party that is not itself blocked by its listing, and not
 * again for an owner the ownership reasons already name.
 */
export function relationshipChecks(
  found: readonly PartyEntity[],
  name: string | undefined,
  nameField: string,
  context: TransactionContext,
  settings: { asOf: string; maxDepth: number },
): PartyRelationships {
  const starts = startNodes(found, name, context);
  if (starts.size === 0) return { exposure: [], ownership: [], reasons: [] };
  const hits = exposure(context.graph, [...starts.keys()], {
    maxDepth: settings.maxDepth,
    asOf: settings.asOf,
    isListed: context.isListedNode,
  });
  const ownershipIndex = context.ownershipOn(settings.asOf);
  const ownership: OwnershipStatus[] = [];
  const reasons: TransactionReason[] = [];
  const explained = new Set<string>();
  for (const [id, identifierField] of starts) {
    const status = ownershipIndex.get(id);
    if (!status) continue;
    ownership.push(status);
    reasons.push(...ownershipReasons(status, identifierField || nameField));
    for (const c of status.contributions) explained.add(c.ownerId);
    for (const u of status.unknownShares) explained.add(u.ownerId);
    for (const c of status.control) explained.add(c.controllerId);
  }
  const blockedByListing = new Set(
    found.filter((f) => f.match && f.listedParty && f.listing.state === 'listed').map((f) => f.entity.id),
  );
  for (const hit of hits) {
    if (blockedByListing.has(hit.startId) || explained.has(hit.node.id)) continue;
    const entity = hit.node.entity;
    reasons.push({
      kind: 'exposure',
      severity: 'review',
      field: starts.get(hit.startId) || nameField,
      message: `${hit.depth} hop${hit.depth > 1 ? 's' : ''} from listed ${entity ? describeEntity(entity) : hit.node.name}: ${describePath(hit.path)}`,
      ...(entity ? { entity: entityRef(entity) } : {}),
      path: hit.path,
    });
  }
  return { exposure: hits, ownership, reasons };
}
