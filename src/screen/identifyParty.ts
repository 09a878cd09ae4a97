import type { ScreeningMatch } from '../match/createScreener.js';
import type { Entity } from '../model/entity.js';
import type { IdentifierType } from '../model/identifier.js';
import type { ScreenQuery } from '../model/screening.js';
import { type ListingOnDate, listingOn } from './asOf.js';
import { describeEntity, entityRef } from './describePath.js';
import type { PartyEntity, TransactionReason } from './screenedTransaction.js';
import type { TransactionContext } from './transactionContext.js';

/** Thresholds and the date a transaction is screened with. */
export interface ScreeningSettings {
  readonly asOf: string;
  /** Name score at or above which a match is confirmed; default: the screener's. */
  readonly matchThreshold?: number;
  /** Name score at or above which a near match is sent to review (default 0.7). */
  readonly reviewThreshold: number;
  readonly maxDepth: number;
}

/** An identifier a transaction gives for a party or vessel, with the field it sits in. */
export interface GivenIdentifier {
  readonly field: string;
  readonly type: IdentifierType;
  readonly value: string;
  readonly country?: string;
}

/** What to identify: a name (screened by the engine) and identifiers (matched exactly). */
export interface IdentifyRequest {
  readonly nameField: string;
  readonly query?: ScreenQuery;
  readonly identifiers: readonly GivenIdentifier[];
}

/**
 * Finds the list entities a party (or vessel) is: by its name through the screener (matches and near matches at or
 * above the review threshold) and by its identifiers through the exact lookup, each with its listing on `asOf`.
 */
export function identify(
  request: IdentifyRequest,
  context: TransactionContext,
  settings: ScreeningSettings,
): PartyEntity[] {
  const found: PartyEntity[] = [];
  const listing = new Map<string, ListingOnDate>();
  const listingOf = (entity: Entity) => {
    let known = listing.get(entity.id);
    if (!known) {
      known = listingOn(entity, settings.asOf);
      listing.set(entity.id, known);
    }
    return known;
  };
  if (request.query && request.query.name.trim() !== '') {
    const result = context.screener.screen({
      ...request.query,
      ...(settings.matchThreshold !== undefined ? { threshold: settings.matchThreshold } : {}),
      limit: 5,
    });
    for (const match of result.matches) {
      if (!match.match && match.score < settings.reviewThreshold) continue;
      found.push(nameEntity(match, listingOf(match.entity), context));
    }
  }
  for (const given of request.identifiers) {
    for (const hit of context.identifiers.lookup(given.type, given.value, given.country)) {
      found.push({
        entity: hit.entity,
        via: 'identifier',
        score: 1,
        match: true,
        identifier: { field: given.field, value: given.value, listed: hit.identifier },
        listing: listingOf(hit.entity),
        listedParty: context.isListed(hit.entity),
      });
    }
  }
  return found;
}

function nameEntity(match: ScreeningMatch, listing: ListingOnDate, context: TransactionContext): PartyEntity {
  return {
    entity: match.entity,
    via: 'name',
    score: match.score,
    match: match.match,
    nameMatch: match,
    listing,
    listedParty: context.isListed(match.entity),
  };
}

const round = (score: number) => Math.round(score * 1000) / 1000;

function listingReason(found: PartyEntity, field: string, what: string): TransactionReason {
  const { listing, entity } = found;
  const dates = {
    ...(listing.listedOn ? { listedOn: listing.listedOn } : {}),
    ...(listing.delistedOn ? { delistedOn: listing.delistedOn } : {}),
  };
  if (listing.state === 'not-yet-listed') {
    return {
      kind: 'not-yet-listed',
      severity: 'info',
      field,
      message: `${what} ${describeEntity(entity)}, listed on ${listing.listedOn?.date}, after the transaction date ${listing.asOf}: not listed then`,
      entity: entityRef(entity),
      ...dates,
    };
  }
  return {
    kind: 'delisted',
    severity: 'review',
    field,
    message: `${what} ${describeEntity(entity)}, delisted on ${listing.delistedOn?.date} (on or before ${listing.asOf}): not listed then; confirm no other list or licence condition still applies`,
    entity: entityRef(entity),
    ...dates,
  };
}

/**
 * The reasons an identification gives: a confirmed name match or an exact identifier of a listed party in force
 * blocks; a near match or weak alias goes to review; a listing not in force on the date is reported as
 * `not-yet-listed` (info) or `delisted` (review); a context entity (not a listed party) is info only.
 */
export function identificationReasons(found: readonly PartyEntity[], nameField: string): TransactionReason[] {
  const reasons: TransactionReason[] = [];
  // A near name match adds nothing when the same entity is confirmed otherwise (by its tax id, by another spelling).
  const confirmed = new Set(found.filter((f) => f.match).map((f) => f.entity.id));
  for (const item of found) {
    const { entity } = item;
    if (!item.match && confirmed.has(entity.id)) continue;
    const field = item.identifier?.field ?? nameField;
    const how =
      item.via === 'identifier'
        ? `${item.identifier?.listed.label ?? item.identifier?.listed.type} ${item.identifier?.value} is an identifier of`
        : item.match
          ? 'matches'
          : 'resembles';
    if (!item.match) {
      if (!item.listedParty || item.listing.state !== 'listed') continue;
      const weak = item.nameMatch?.matchedName.kind === 'weakAlias';
      reasons.push({
        kind: 'name-match',
        severity: 'review',
        field,
        message: `${weak ? 'matches only a weak alias of' : 'near match to'} ${describeEntity(entity)} (score ${item.score.toFixed(2)}): confirm or dismiss`,
        entity: entityRef(entity),
        score: round(item.score),
        ...(item.nameMatch ? { explanation: item.nameMatch.explanation } : {}),
      });
      continue;
    }
    if (!item.listedParty) {
      reasons.push({
        kind: item.via === 'identifier' ? 'identifier' : 'name-match',
        severity: 'info',
        field,
        message: `${how} ${describeEntity(entity)}, which is not itself a listed party (${entity.source.name}); its owners and links are checked`,
        entity: entityRef(entity),
        score: round(item.score),
      });
      continue;
    }
    if (item.listing.state !== 'listed') {
      reasons.push(listingReason(item, field, how));
      continue;
    }
    const uncertain = item.listing.uncertain ? ` (${item.listing.uncertain})` : '';
    reasons.push({
      kind: item.via === 'identifier' ? 'identifier' : 'name-match',
      severity: 'block',
      field,
      message:
        item.via === 'identifier'
          ? `${how} listed ${describeEntity(entity)}${uncertain}`
          : `${how} listed ${describeEntity(entity)} via "${item.nameMatch?.matchedName.full}" (score ${item.score.toFixed(2)})${uncertain}`,
      entity: entityRef(entity),
      score: round(item.score),
      ...(item.nameMatch ? { explanation: item.nameMatch.explanation } : {}),
      ...(item.listing.listedOn ? { listedOn: item.listing.listedOn } : {}),
    });
  }
  return reasons;
}
