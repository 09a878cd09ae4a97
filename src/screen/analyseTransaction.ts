import type { CountryCode } from '../model/country.js';
import type { ScreenQuery } from '../model/screening.js';
import type { PartyRole, Transaction, TransactionParty } from '../model/transaction.js';
import { listingOn } from './asOf.js';
import { describeEntity, entityRef } from './describePath.js';
import { type GivenIdentifier, identificationReasons, identify, type ScreeningSettings } from './identifyParty.js';
import { bicCountry } from './messages/messageValues.js';
import { findFieldJurisdictions, jurisdictionReasons, partyPlaces } from './placeChecks.js';
import { relationshipChecks } from './relationshipChecks.js';
import type {
  FieldJurisdiction,
  FreeTextFinding,
  ScreenedParty,
  ScreenedTransaction,
  TransactionReason,
} from './screenedTransaction.js';
import { screenGoods } from './screenGoods.js';
import { identifiersInText } from './textIdentifiers.js';
import type { TransactionContext } from './transactionContext.js';

// Banks and message agents are organisations; screening them as such keeps person names out of their matches.
const INSTITUTION_ROLES: ReadonlySet<PartyRole> = new Set([
  'originatorBank',
  'beneficiaryBank',
  'intermediaryBank',
  'instructingAgent',
  'instructedAgent',
]);

function partyQuery(party: TransactionParty): ScreenQuery | undefined {
  if (!party.name) return undefined;
  const schema = party.schema ?? (INSTITUTION_ROLES.has(party.role) ? 'Organization' : undefined);
  const country = party.address?.country ?? party.country;
  const identifiers = (party.identifiers ?? []).map((id) => ({ type: id.type, value: id.value }));
  if (party.bic) identifiers.push({ type: 'bic', value: party.bic });
  return {
    name: party.name,
    ...(schema ? { schema } : {}),
    ...(party.birthDate ? { birthDate: party.birthDate } : {}),
    ...(country ? { country } : {}),
    ...(identifiers.length > 0 ? { identifiers } : {}),
  };
}

function partyIdentifiers(party: TransactionParty, field: string): GivenIdentifier[] {
  const given: GivenIdentifier[] = [];
  if (party.bic) given.push({ field: `${field}.bic`, type: 'bic', value: party.bic });
  (party.identifiers ?? []).forEach((id, k) => {
    given.push({
      field: `${field}.identifiers[${k}]`,
      type: id.type,
      value: id.value,
      ...(id.country ? { country: id.country } : {}),
    });
  });
  return given;
}

function partyCountries(party: TransactionParty): CountryCode[] {
  const all = [party.country, party.address?.country, party.bic ? bicCountry(party.bic) : undefined];
  return [...new Set(all.filter((c): c is CountryCode => c !== undefined))];
}

function screenParty(
  party: TransactionParty,
  index: number,
  context: TransactionContext,
  settings: ScreeningSettings,
  reasons: TransactionReason[],
): ScreenedParty {
  const field = `parties[${index}]`;
  const nameField = `${field}.name`;
  const query = partyQuery(party);
  const entities = identify(
    { nameField, ...(query ? { query } : {}), identifiers: partyIdentifiers(party, field) },
    context,
    settings,
  );
  reasons.push(...identificationReasons(entities, nameField));
  const jurisdictions = findFieldJurisdictions(partyPlaces(party, field), settings.asOf);
  reasons.push(...jurisdictionReasons(jurisdictions, 'address'));
  const related = relationshipChecks(entities, party.name, party.name ? nameField : `${field}.bic`, context, settings);
  reasons.push(...related.reasons);
  return {
    index,
    field,
    party,
    entities,
    countries: partyCountries(party),
    jurisdictions,
    exposure: related.exposure,
    ownership: related.ownership,
  };
}

const FREE_TEXT_FIELDS = ['remittanceInformation', 'purpose', 'instructions'] as const;
const PLACE_TEXT_FIELDS = ['remittanceInformation', 'purpose', 'instructions', 'regulatoryReporting'] as const;

function scanFreeText(field: string, text: string, context: TransactionContext, asOf: string): FreeTextFinding[] {
  return context.textScanner.scan(text).map((hit) => ({
    field,
    text,
    matchedText: hit.matchedText,
    entity: hit.match.entity,
    score: hit.match.score,
    listing: listingOn(hit.match.entity, asOf),
    explanation: hit.match.explanation,
  }));
}

function freeTextReason(finding: FreeTextFinding, context: TransactionContext): TransactionReason {
  const inForce = context.isListed(finding.entity) && finding.listing.state === 'listed';
  const state = !context.isListed(finding.entity)
    ? 'which is not itself a listed party'
    : finding.listing.state === 'listed'
      ? 'a listed party'
      : `${finding.listing.state} on ${finding.listing.asOf}`;
  return {
    kind: 'free-text',
    severity: inForce ? 'review' : 'info',
    field: finding.field,
    message: `"${finding.matchedText}" names ${describeEntity(finding.entity)}, ${state} (score ${finding.score.toFixed(2)}): find out what the payment is for`,
    entity: entityRef(finding.entity),
    score: Math.round(finding.score * 1000) / 1000,
    explanation: finding.explanation,
  };
}

/**
 * Runs the built-in checks on one transaction: every party (name, BIC and identifiers, places, relationships and
 * ownership), the vessel, the goods, the countries and the free text, judged as the lists stood on `settings.asOf`.
 * Returns the screened transaction that team rules read; `screenTransaction` adds the rules and the decision.
 */
export function analyseTransaction(
  tx: Transaction,
  context: TransactionContext,
  settings: ScreeningSettings,
): ScreenedTransaction {
  const reasons: TransactionReason[] = [];
  const parties = tx.parties.map((party, index) => screenParty(party, index, context, settings, reasons));

  let vessel: ScreenedTransaction['vessel'];
  if (tx.vessel) {
    const { name, imo } = tx.vessel;
    const entities = identify(
      {
        nameField: 'vessel.name',
        ...(name ? { query: { name, schema: 'Vessel' } } : {}),
        identifiers: imo ? [{ field: 'vessel.imo', type: 'imo', value: imo }] : [],
      },
      context,
      settings,
    );
    reasons.push(...identificationReasons(entities, 'vessel.name'));
    reasons.push(...relationshipChecks(entities, undefined, 'vessel.name', context, settings).reasons);
    vessel = { entities };
  }

  const places: FieldJurisdiction[] = [];
  (tx.countries ?? []).forEach((country, k) => {
    const found = findFieldJurisdictions([[`countries[${k}]`, { country }]], settings.asOf);
    places.push(...found);
    reasons.push(...jurisdictionReasons(found, 'address'));
  });
  for (const field of PLACE_TEXT_FIELDS) {
    const text = tx[field];
    if (!text) continue;
    const found = findFieldJurisdictions([[field, text]], settings.asOf);
    places.push(...found);
    reasons.push(...jurisdictionReasons(found, 'text'));
  }

  const freeText: FreeTextFinding[] = [];
  const texts: Array<[field: string, text: string]> = [];
  for (const field of FREE_TEXT_FIELDS) {
    const text = tx[field];
    if (text) texts.push([field, text]);
  }
  (tx.goods ?? []).forEach((line, k) => {
    texts.push([`goods[${k}].description`, line.description]);
  });
  for (const [field, text] of texts) {
    freeText.push(...scanFreeText(field, text, context, settings.asOf));
    // An IMO number written in the text ("MV ALPHA IMO 9187629") is matched exactly, as the vessel field would be.
    const stated = identifiersInText(text, field);
    if (stated.length > 0) {
      const entities = identify({ nameField: field, identifiers: stated }, context, settings);
      reasons.push(...identificationReasons(entities, field));
    }
  }
  reasons.push(...freeText.map((finding) => freeTextReason(finding, context)));

  const goods = screenGoods(tx, parties, settings.asOf);
  for (const line of goods.lines) places.push(...line.destinations.filter((d) => d.field.startsWith('goods')));
  places.push(...goods.origins);
  reasons.push(...goods.reasons);

  return {
    transaction: tx,
    asOf: settings.asOf,
    maxDepth: settings.maxDepth,
    parties,
    ...(vessel ? { vessel } : {}),
    goods: goods.lines,
    jurisdictions: places,
    freeText,
    reasons,
  };
}
