/**
 * One CSL address. The JSON gives the parts; the CSV gives one line ("31 Jinrong Street, Xicheng District,
 * Beijing, 100033, CN") whose last part is the country code.
 */
export interface CslAddress {
  full?: string;
  street?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  country?: string;
}

/** One CSL `ids` entry: the label ("Passport", "Tax ID No.", "Website") and its value, as the file gives them. */
export interface CslId {
  label: string;
  value: string;
  country?: string;
  issueDate?: string;
  expirationDate?: string;
  /** Further parts of a CSV id that were neither a country nor a date ("Border Crossing"). */
  note?: string;
}

/**
 * A CSL record with its fields read but not yet interpreted, the common ground of the CSV and the JSON
 * (whose multi-values are arrays where the CSV joins them with "; "). Empty fields are empty strings/arrays.
 */
export interface CslRecord {
  /** `_id` (CSV) or `id` (JSON): the OFAC entity number for Treasury lists, a hex hash for the others. */
  id: string;
  entityNumber: string;
  source: string;
  type: string;
  programs: string[];
  name: string;
  title: string;
  addresses: CslAddress[];
  federalRegisterNotice: string;
  startDate: string;
  endDate: string;
  standardOrder: string;
  licenseRequirement: string;
  licensePolicy: string;
  callSign: string;
  vesselType: string;
  grossTonnage: string;
  grossRegisteredTonnage: string;
  vesselFlag: string;
  vesselOwner: string;
  remarks: string;
  sourceListUrl: string;
  sourceInformationUrl: string;
  altNames: string[];
  citizenships: string[];
  datesOfBirth: string[];
  nationalities: string[];
  placesOfBirth: string[];
  ids: CslId[];
}
