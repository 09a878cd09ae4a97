import type { IdentifierType } from '../../model/identifier.js';
import type { NameKind } from '../../model/name.js';

/** FtM name properties and the kind of name each gives. `abbreviation` ("ZALA") is too short to identify alone. */
export const FTM_NAME_PROPERTIES: Readonly<Record<string, NameKind>> = {
  name: 'primary',
  alias: 'alias',
  weakAlias: 'weakAlias',
  previousName: 'formerName',
  abbreviation: 'weakAlias',
};

/** FtM name-part properties and the {@link NameParts} field each fills. */
export const FTM_NAME_PART_PROPERTIES: Readonly<Record<string, 'first' | 'middle' | 'last' | 'patronymic' | 'title'>> =
  {
    firstName: 'first',
    middleName: 'middle',
    lastName: 'last',
    fatherName: 'patronymic',
    title: 'title',
  };

/** An FtM identifier property: the identifier type, the label to show, and the issuing country when fixed. */
export interface FtmIdentifierProperty {
  type: IdentifierType;
  label: string;
  country?: string;
}

/**
 * FtM identifier properties, most specific first (Russian INN/OGRN codes carry their country). `idNumber` is FtM's untyped "ID
 * number": lists put national IDs, tax numbers and registry numbers there alike, so it stays `other`.
 */
export const FTM_IDENTIFIER_PROPERTIES: Readonly<Record<string, FtmIdentifierProperty>> = {
  innCode: { type: 'taxId', label: 'INN', country: 'RU' },
  ogrnCode: { type: 'registration', label: 'OGRN', country: 'RU' },
  okpoCode: { type: 'registration', label: 'OKPO', country: 'RU' },
  imoNumber: { type: 'imo', label: 'IMO' },
  mmsi: { type: 'mmsi', label: 'MMSI' },
  swiftBic: { type: 'bic', label: 'SWIFT/BIC' },
  leiCode: { type: 'lei', label: 'LEI' },
  passportNumber: { type: 'passport', label: 'Passport' },
  vatCode: { type: 'taxId', label: 'VAT' },
  taxNumber: { type: 'taxId', label: 'Tax number' },
  registrationNumber: { type: 'registration', label: 'Registration number' },
  dunsCode: { type: 'other', label: 'DUNS' },
  uniqueEntityId: { type: 'other', label: 'SAM UEI' },
  bikCode: { type: 'other', label: 'BIK' },
  idNumber: { type: 'other', label: 'ID number' },
};

/** FtM country properties and the entity field each fills. */
export const FTM_COUNTRY_PROPERTIES: Readonly<Record<string, 'countries' | 'nationalities'>> = {
  country: 'countries',
  jurisdiction: 'countries',
  mainCountry: 'countries',
  nationality: 'nationalities',
  citizenship: 'nationalities',
};

/** FtM vessel and aircraft properties kept as vessel particulars. */
export const FTM_VESSEL_PROPERTIES: Readonly<
  Record<string, 'callSign' | 'type' | 'tonnage' | 'grossRegisteredTonnage'>
> = {
  callSign: 'callSign',
  type: 'type',
  tonnage: 'tonnage',
  grossRegisteredTonnage: 'grossRegisteredTonnage',
};
