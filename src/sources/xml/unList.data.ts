import type { IdentifierType } from '../../model/identifier.js';
import type { NameKind } from '../../model/name.js';

/**
 * The sanctions regime of a UN reference number, from its two-letter prefix ("QDi.001" → Al-Qaida), spelt as
 * the file's UN_LIST_TYPE spells it, so a record without a list type still gets its program and both agree.
 */
export const UN_REFERENCE_PROGRAMS: Readonly<Record<string, string>> = {
  QD: 'Al-Qaida',
  TA: 'Taliban',
  KP: 'DPRK',
  IR: 'Iran',
  IQ: 'Iraq',
  CD: 'DRC',
  LY: 'Libya',
  SO: 'Somalia',
  CF: 'CAR',
  YE: 'Yemen',
  HT: 'Haiti',
  GB: 'GB',
  SD: 'Sudan',
  SS: 'SouthSudan',
};

/**
 * An alias's QUALITY → name kind. "Good" and "a.k.a." aliases identify; "Low" quality aliases are too broad to
 * identify anyone alone (weak aliases); "f.k.a." is a former name.
 */
export const UN_ALIAS_KINDS: Readonly<Record<string, NameKind>> = {
  good: 'alias',
  'a.k.a.': 'alias',
  low: 'weakAlias',
  'f.k.a.': 'formerName',
  'n.k.a.': 'alias',
};

/** TYPE_OF_DOCUMENT as the UN writes it (in English, French or Spanish) → identifier type; others are `other`. */
export const UN_DOCUMENT_TYPES: Readonly<Record<string, IdentifierType>> = {
  passport: 'passport',
  'numéro de passeport': 'passport',
  'número de pasaporte': 'passport',
  'national identification number': 'nationalId',
  'national identification': 'nationalId',
  'numéro national d’identification': 'nationalId',
  'número nacional de identidad': 'nationalId',
};

/** Values the UN writes for "not available" in name and nationality fields; they are not names or countries. */
export const UN_NOT_AVAILABLE: ReadonlySet<string> = new Set(['na', 'n/a', 'not available']);
