import type { EntitySchemaName } from '../../model/entity.js';
import type { IdentifierType } from '../../model/identifier.js';
import type { NameKind } from '../../model/name.js';
import type { OfacRemarkMeaning } from '../ofac/ofacRemarks.data.js';

const id = (type: IdentifierType): OfacRemarkMeaning => ({ kind: 'identifier', type });

/**
 * `idType` spellings of OFAC's SDN.XML / CONSOLIDATED.XML whose meaning differs from (or is missing in) the legacy
 * CSV remarks labels ({@link OFAC_REMARK_LABELS}, which the XML loader falls back to: both are printed from the
 * same OFAC database). In the XML the IMO number sits in the value ("IMO 9187629"), not in the label.
 */
export const OFAC_XML_ID_TYPES: Readonly<Record<string, OfacRemarkMeaning>> = {
  'Vessel Registration Identification': id('imo'),
  'Stateless Person Passport': id('passport'),
  'Stateless Person ID Card': id('nationalId'),
  'Refugee ID Card': id('nationalId'),
  'Russian State Individual Business Registration Number Pattern (OGRNIP)': id('registration'),
  'Kazakhstan Business Identification Number': id('registration'),
  LEI: id('lei'),
};

/** `sdnType` as the XML writes it → entity schema. */
export const OFAC_XML_SCHEMAS: Readonly<Record<string, EntitySchemaName>> = {
  Individual: 'Person',
  Entity: 'LegalEntity',
  Vessel: 'Vessel',
  Aircraft: 'Airplane',
};

/**
 * An `aka` element's `type` and `category` → name kind. OFAC marks broad a.k.a.s "weak": too broad to identify
 * anyone alone. "f.k.a." is a former name, "n.k.a." the current one.
 */
export const OFAC_XML_AKA_KINDS: Readonly<Record<string, NameKind>> = {
  'a.k.a./strong': 'alias',
  'a.k.a./weak': 'weakAlias',
  'f.k.a./strong': 'formerName',
  'f.k.a./weak': 'formerName',
  'n.k.a./strong': 'alias',
  'n.k.a./weak': 'weakAlias',
};

/**
 * Programs only OFAC's consolidated non-SDN list carries (Palestinian Legislative Council, Chinese
 * military-industrial complex, menu-based sanctions, foreign sanctions evaders): a file with any of them is
 * the consolidated list, whatever its name.
 */
export const OFAC_NON_SDN_PROGRAMS: ReadonlySet<string> = new Set([
  'NS-PLC',
  'CMIC-EO13959',
  'NS-MBS',
  'NS-ISA',
  'FSE-IR',
  'FSE-SY',
  'FSE-WMD',
  'FSE-SDGT',
]);
