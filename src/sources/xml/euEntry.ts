import type { Address } from '../../model/address.js';
import type { EntityInput } from '../../model/entity.js';
import { childNodes, type XmlNode } from '../shared/xmlRecords.js';
import { euBirths } from './euBirthDates.js';
import { EU_SUBJECT_TYPES } from './euList.data.js';
import { euNames } from './euNames.js';
import { euAddress, euCitizenships, euIdentifiers } from './euParts.js';
import { isoCalendarDay } from './isoCalendarDay.js';
import { keepProperty, type RecordNote } from './recordNotes.js';

/** A sanctionEntity read into an entity candidate, without its list (the loader stamps `id` and `source`). */
export interface EuEntry {
  /** euReferenceNumber, or logicalId when there is none; '' when both are missing. */
  sourceId: string;
  entity: Omit<EntityInput, 'id' | 'source'>;
  notes: RecordNote[];
}

const attr = (node: XmlNode, name: string) => (node.attrs[name] ?? '').replace(/\s+/g, ' ').trim();

/** Programmes and regulations of the entity, and the day it was listed: designationDate, else the earliest entry into force. */
function regulations(entity: XmlNode, properties: Record<string, string[]>) {
  const programs: string[] = [];
  const inForce: string[] = [];
  for (const regulation of childNodes(entity, 'regulation')) {
    const programme = attr(regulation, 'programme');
    if (programme && !programs.includes(programme)) programs.push(programme);
    keepProperty(properties, 'regulation', attr(regulation, 'numberTitle'));
    const day =
      isoCalendarDay(attr(regulation, 'entryIntoForceDate')) ?? isoCalendarDay(attr(regulation, 'publicationDate'));
    if (day) inForce.push(day);
  }
  const listedOn = isoCalendarDay(attr(entity, 'designationDate')) ?? inForce.sort()[0];
  return { programs, listedOn };
}

/**
 * Reads one `sanctionEntity` of the EU Financial Sanctions Files XML into an entity candidate: subject type,
 * names (nameAlias), programmes and listing date (regulation), dates and places of birth, citizenships,
 * addresses with contact details, identifications and remarks ("Associated entities: …" kept as written).
 */
export function euEntry(entity: XmlNode): EuEntry {
  const notes: RecordNote[] = [];
  const properties: Record<string, string[]> = {};
  const remarks: string[] = [];
  const reference = attr(entity, 'euReferenceNumber');
  const logicalId = attr(entity, 'logicalId');
  const subject = childNodes(entity, 'subjectType')[0];
  const code = subject ? attr(subject, 'code') : '';
  let schema = EU_SUBJECT_TYPES[code.toLowerCase()];
  if (!schema) {
    schema = 'LegalEntity';
    notes.push({
      severity: 'warning',
      code: 'UNKNOWN_TYPE',
      field: 'schema',
      message: `subjectType code "${code}" is unknown; loaded as LegalEntity`,
    });
  }
  const names = euNames(entity, notes);
  const { programs, listedOn } = regulations(entity, properties);
  const births = euBirths(entity, properties, notes);
  const addresses = childNodes(entity, 'address')
    .map((node) => euAddress(node, properties, remarks, notes))
    .filter((a): a is Address => !!a);
  const identifiers = childNodes(entity, 'identification').flatMap((node) => euIdentifiers(node, notes));
  const nationalities = euCitizenships(entity, properties, notes);
  const own = childNodes(entity, 'remark')
    .map((r) => r.text.replace(/\s+/g, ' '))
    .filter((t) => t !== '');
  const details = attr(entity, 'designationDetails');
  keepProperty(properties, 'unscId', attr(entity, 'unitedNationId'));
  if (reference) keepProperty(properties, 'euLogicalId', logicalId);
  if (schema !== 'Person') for (const role of names.functions) keepProperty(properties, 'function', role);

  const candidate: EuEntry['entity'] = {
    sourceId: reference || logicalId,
    schema,
    names: names.names,
    birthDates: births.dates,
    birthPlaces: births.places,
    nationalities,
    countries: [...new Set(addresses.flatMap((a) => (a.country ? [a.country] : [])))],
    addresses,
    identifiers,
    programs,
    positions: schema === 'Person' ? names.functions : [],
    remarks: [...own, ...(details ? [details] : []), ...names.remarks, ...remarks],
    properties,
  };
  if (listedOn) candidate.listedOn = { date: listedOn };
  if (names.gender && schema === 'Person') candidate.gender = names.gender;
  return { sourceId: reference || logicalId, entity: candidate, notes };
}
