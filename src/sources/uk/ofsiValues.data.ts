import type { EntitySchemaName } from '../../model/entity.js';
import type { NameKind } from '../../model/name.js';

/**
 * OFSI ConList `Alias Type` → name kind, keyed in lower case (the list's own casing varies: "Primary name",
 * "Primary Name"). A primary name variation is another spelling of the target's own name, so it is an alias and
 * never displaces the primary. Values outside the table load as aliases with an UNKNOWN_ALIAS_TYPE warning.
 */
export const OFSI_ALIAS_TYPES: Readonly<Record<string, NameKind>> = {
  'primary name': 'primary',
  'primary name variation': 'alias',
  aka: 'alias',
  alias: 'alias',
  fka: 'formerName',
};

/**
 * OFSI `Alias Quality` → whether the name is a weak alias, keyed in lower case. OFSI writes "Good quality" and
 * "Low quality" (the 2022-format XML's AliasQuality; some copies shorten them to "Good" and "Low"); a low-quality
 * alias is too broad to identify anyone alone. An empty quality is an ordinary name.
 */
export const OFSI_ALIAS_QUALITY_WEAK: Readonly<Record<string, boolean>> = {
  '': false,
  good: false,
  'good quality': false,
  low: true,
  'low quality': true,
};

/**
 * OFSI `Group Type` → entity schema, keyed in lower case. An "Entity" is a LegalEntity, as the model has it for lists
 * that do not say whether an organisation is a company (and as the FCDO sheet loader reads the same designations).
 */
export const OFSI_GROUP_TYPES: Readonly<Record<string, EntitySchemaName>> = {
  individual: 'Person',
  entity: 'LegalEntity',
  ship: 'Vessel',
};

/** OFSI `Non-Latin Script Type` → ISO 15924 script code, keyed in lower case; others fall back to the letters. */
export const OFSI_SCRIPT_TYPES: Readonly<Record<string, string>> = {
  cyrillic: 'Cyrl',
  arabic: 'Arab',
  persian: 'Arab',
  chinese: 'Hani',
  'chinese simplified': 'Hans',
  'chinese traditional': 'Hant',
  hangul: 'Hang',
  korean: 'Kore',
  hebrew: 'Hebr',
  greek: 'Grek',
  georgian: 'Geor',
  armenian: 'Armn',
  burmese: 'Mymr',
  myanmar: 'Mymr',
  thai: 'Thai',
  tamil: 'Taml',
  devanagari: 'Deva',
  japanese: 'Jpan',
};

/** OFSI `Non-Latin Script Language` → ISO 639-1 code, keyed in lower case; others are kept as written. */
export const OFSI_SCRIPT_LANGUAGES: Readonly<Record<string, string>> = {
  russian: 'ru',
  belarusian: 'be',
  ukrainian: 'uk',
  arabic: 'ar',
  persian: 'fa',
  farsi: 'fa',
  chinese: 'zh',
  korean: 'ko',
  hebrew: 'he',
  georgian: 'ka',
  armenian: 'hy',
  burmese: 'my',
  pashto: 'ps',
  urdu: 'ur',
  serbian: 'sr',
  bulgarian: 'bg',
  greek: 'el',
  kazakh: 'kk',
  kyrgyz: 'ky',
  tajik: 'tg',
};

/**
 * Facts OFSI writes inside `Other Information` that have a field of their own: the UK Sanctions List reference
 * ("(UK Sanctions List Ref):RUS1090") and a ship's IMO number ("IMO number: 8712362", "IMO: 8712362").
 */
export const OFSI_OTHER_INFORMATION = {
  ukSanctionsListRef: /\(UK Sanctions List Ref\)\s*:\s*([A-Z]{2,4}\d{3,5})/i,
  imo: /\bIMO(?:\s+(?:number|no\.?))?\s*:?\s*(\d{7})\b/i,
} as const;
