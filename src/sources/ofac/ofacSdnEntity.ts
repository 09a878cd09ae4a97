import { type Address, makeAddress } from '../../model/address.js';
import type { EntityInput, EntitySchemaName, SourceRef, VesselInfo } from '../../model/entity.js';
import { makeName, type Name, type NameKind } from '../../model/name.js';
import { splitOfacPrograms } from './ofacPrograms.js';
import { ofacCountry } from './ofacValues.js';
import { type OfacRemarkFacts, parseOfacRemarks } from './parseOfacRemarks.js';
import type { OfacCsvRow } from './readOfacCsv.js';

/** A field of an SDN row that was loaded but not as it was written (kept as text, or guessed). */
export interface OfacFieldWarning {
  code: string;
  field: string;
  message: string;
}

/** The alt.csv and add.csv rows of one ent_num, and its remarks with any sdn_comments.csv continuation joined. */
export interface OfacEntryParts {
  aliases: readonly OfacCsvRow[];
  addresses: readonly OfacCsvRow[];
  remarks: string;
}

// SDN_Type as the legacy CSV writes it; an empty type ("-0-") is an organisation the list does not type further.
const SCHEMA_BY_TYPE: Readonly<Record<string, EntitySchemaName>> = {
  individual: 'Person',
  vessel: 'Vessel',
  aircraft: 'Airplane',
  '': 'LegalEntity',
};

// alt.csv alt_type: "aka", "fka" (formerly known as), "nka" (now known as).
const NAME_KIND_BY_ALT_TYPE: Readonly<Record<string, NameKind>> = {
  aka: 'alias',
  fka: 'formerName',
  nka: 'alias',
};

const SURNAME_FIRST = /^([^,]+),\s*(.+)$/;
const SPACES = /\s+/;

/** A name of the entry; people are printed "LAST, First Middle", so the parts are kept for matching. */
function ofacName(text: string, kind: NameKind, schema: EntitySchemaName): Name {
  const parts = schema === 'Person' ? SURNAME_FIRST.exec(text) : null;
  if (!parts?.[1] || !parts[2]) return makeName(text, kind);
  const [first, ...middle] = parts[2].trim().split(SPACES);
  return makeName(text, kind, { last: parts[1].trim(), first, middle: middle.join(' ') });
}

function ofacAddress(row: OfacCsvRow, warnings: OfacFieldWarning[]): Address | undefined {
  const [, , street = '', cityLine = '', countryText = '', note = ''] = row.fields;
  const country = ofacCountry(countryText);
  if (countryText && !country) {
    warnings.push({
      code: 'UNKNOWN_COUNTRY',
      field: 'addresses',
      message: `add.csv line ${row.line}: country "${countryText}" is not a known country; kept as text`,
    });
  }
  const full = [street, cityLine, countryText, note ? `(${note})` : ''].filter((p) => p !== '').join(', ');
  return makeAddress({
    full,
    ...(street ? { street } : {}),
    // OFAC gives city, state or province and postal code in one field ("London EC3N 1DY").
    ...(cityLine ? { city: cityLine } : {}),
    ...(country ? { country } : countryText ? { countryText } : {}),
  });
}

function vesselInfo(fields: readonly string[], facts: OfacRemarkFacts, warnings: OfacFieldWarning[]) {
  const [, , , , , callSign = '', type = '', tonnage = '', grt = '', flagText = '', owner = ''] = fields;
  const vessel: VesselInfo = {};
  if (flagText) {
    const flag = ofacCountry(flagText);
    if (flag) vessel.flag = flag;
    else {
      vessel.flagText = flagText;
      warnings.push({
        code: 'UNKNOWN_COUNTRY',
        field: 'vessel.flag',
        message: `vessel flag "${flagText}" is not a known country; kept as text`,
      });
    }
  }
  if (callSign) vessel.callSign = callSign;
  if (type) vessel.type = type;
  if (tonnage) vessel.tonnage = tonnage;
  if (grt) vessel.grossRegisteredTonnage = grt;
  if (owner) vessel.owner = owner;
  if (facts.vesselBuildDate) vessel.buildDate = facts.vesselBuildDate;
  return Object.keys(vessel).length > 0 ? vessel : undefined;
}

function addName(names: Name[], seen: Set<string>, name: Name): void {
  const key = name.full.toUpperCase();
  if (seen.has(key)) return;
  seen.add(key);
  names.push(name);
}

/**
 * Builds the entity candidate of one sdn.csv (or cons_prim.csv) row: type, names (with the alt.csv aliases and the
 * remarks' a.k.a.s), programs, title, vessel particulars, add.csv addresses and everything the remarks say. The
 * caller validates it through the LoadCollector and reports the warnings against the row.
 */
export function ofacSdnEntity(
  row: OfacCsvRow,
  parts: OfacEntryParts,
  source: SourceRef,
): { entity: EntityInput; warnings: OfacFieldWarning[] } {
  const warnings: OfacFieldWarning[] = [];
  const [entNum = '', primary = '', sdnType = '', program = '', title = ''] = row.fields;
  let schema = SCHEMA_BY_TYPE[sdnType.toLowerCase()];
  if (!schema) {
    schema = 'LegalEntity';
    warnings.push({
      code: 'UNKNOWN_TYPE',
      field: 'schema',
      message: `SDN_Type "${sdnType}" is unknown; loaded as LegalEntity`,
    });
  }
  const facts = parseOfacRemarks(parts.remarks);
  for (const w of facts.warnings) warnings.push(w);

  const names: Name[] = [];
  const seen = new Set<string>();
  if (primary) addName(names, seen, ofacName(primary, 'primary', schema));
  for (const alias of parts.aliases) {
    const [, altNum = '', altType = '', altName = ''] = alias.fields;
    if (!altName) continue;
    const kind = NAME_KIND_BY_ALT_TYPE[altType.toLowerCase()];
    if (!kind) {
      warnings.push({
        code: 'UNKNOWN_ALIAS_TYPE',
        field: 'names',
        message: `alt.csv line ${alias.line} (alt_num ${altNum}): alt_type "${altType}" is unknown; loaded as an alias`,
      });
    }
    addName(names, seen, ofacName(altName, kind ?? 'alias', schema));
  }
  for (const name of facts.names) addName(names, seen, name);

  const addresses = parts.addresses.map((a) => ofacAddress(a, warnings)).filter((a): a is Address => !!a);
  const countries = new Set<string>([
    ...addresses.map((a) => a.country).filter((c): c is string => !!c),
    ...facts.countries,
  ]);
  const properties = facts.properties;
  if (parts.remarks) properties.originalRemarks = [parts.remarks];

  const entity: EntityInput = {
    id: `${source.list}:${entNum}`,
    sourceId: entNum,
    source,
    schema,
    names,
    birthDates: facts.birthDates,
    birthPlaces: facts.birthPlaces,
    nationalities: [...new Set(facts.nationalities)],
    countries: [...countries],
    addresses,
    identifiers: facts.identifiers,
    programs: splitOfacPrograms(program),
    positions: [...(title ? [title] : []), ...facts.positions],
    remarks: facts.unparsed,
    relationships: facts.relationships,
    properties,
  };
  if (facts.gender) entity.gender = facts.gender;
  const vessel = vesselInfo(row.fields, facts, warnings);
  if (vessel) entity.vessel = vessel;
  return { entity, warnings };
}
