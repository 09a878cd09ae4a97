import { type IdentifierType, IdentifierTypeSchema } from '../model/identifier.js';
import { type PartialDate, partialDateBounds } from '../model/partialDate.js';
import { type PackedTexts, packTexts, unpackText } from './packedTexts.js';
import { SCHEMA_FAMILIES, type SchemaFamily } from './schemaFamily.js';
import { countryNumber, type ScoringEntity } from './scoringEntity.js';
import { buildTextTable, TextTable, type TextTableParts } from './textTable.js';

/**
 * The listed parties' scoring facts (see {@link ScoringEntity}) laid out in typed arrays, so that one copy in shared
 * memory serves every worker thread of a batch run: no worker parses forty thousand records onto its heap (15 MB
 * each on every list of ../shared). Entity `e`'s facts are read by position; the rows of a fact kind for entity
 * `e` run from `…Start[e]` up to `…Start[e + 1]`.
 */
export interface ScoringEntitiesParts {
  /** The schema family of each entity, as an index into SCHEMA_FAMILIES. */
  familyCodes: Uint8Array;
  /** The list key of each entity, as an index into {@link lists}. */
  listCodes: Uint16Array;
  lists: string[];
  /** Each entity's id. */
  ids: PackedTexts;
  countryStart: Int32Array;
  /** Each country as a number (see countryNumber). */
  countryCodes: Uint16Array;
  birthStart: Int32Array;
  /** The first and last instant (ms since the epoch) each date of birth can stand for, two numbers a date. */
  birthBounds: Float64Array;
  /** 1 for a date of birth that is one whole day (no range, no missing month or day). */
  birthExact: Uint8Array;
  /** Each date of birth as the list writes it, two texts a date: its date, and its range's end or ''. */
  birthTexts: PackedTexts;
  identifierStart: Int32Array;
  /** The type of each identifier, as an index into IdentifierTypeSchema's options. */
  identifierTypes: Uint8Array;
  /** Each identifier's comparable form (see identifierKey), as its id in {@link identifierKeys}. */
  identifierKeyIds: Int32Array;
  /** Each identifier as the list writes it, two texts an identifier: its value, and its label or ''. */
  identifierTexts: PackedTexts;
  /** The distinct identifier keys, and the entities carrying each: `identifierEntities[identifierKeyStart[k]]`… */
  identifierKeys: TextTableParts;
  identifierKeyStart: Int32Array;
  identifierEntities: Int32Array;
}

const IDENTIFIER_TYPES: readonly IdentifierType[] = IdentifierTypeSchema.options;

/** Lays out the scoring facts of `list` (see {@link ScoringEntitiesParts}). */
export function buildScoringEntities(list: readonly ScoringEntity[]): ScoringEntitiesParts {
  const lists: string[] = [];
  const listCodes = new Uint16Array(list.length);
  const familyCodes = new Uint8Array(list.length);
  const countryStart = new Int32Array(list.length + 1);
  const birthStart = new Int32Array(list.length + 1);
  const identifierStart = new Int32Array(list.length + 1);
  const countryCodes: number[] = [];
  const birthBounds: number[] = [];
  const birthExact: number[] = [];
  const birthTexts: string[] = [];
  const identifierTypes: number[] = [];
  const identifierKeyIds: number[] = [];
  const identifierTexts: string[] = [];
  const keys: string[] = [];
  const keyIds = new Map<string, number>();
  const carriers: number[][] = [];
  for (let e = 0; e < list.length; e++) {
    const entity = list[e]!;
    let code = lists.indexOf(entity.list);
    if (code < 0) code = lists.push(entity.list) - 1;
    listCodes[e] = code;
    familyCodes[e] = SCHEMA_FAMILIES.indexOf(entity.family);
    for (const country of entity.countries) countryCodes.push(countryNumber(country));
    for (const d of entity.birthDates) {
      const bounds = partialDateBounds(d);
      birthBounds.push(bounds.start.getTime(), bounds.end.getTime());
      birthExact.push(!d.to && d.date.length === 10 ? 1 : 0);
      birthTexts.push(d.date, d.to ?? '');
    }
    for (const id of entity.identifiers) {
      let keyId = keyIds.get(id.key);
      if (keyId === undefined) {
        keyId = keys.push(id.key) - 1;
        keyIds.set(id.key, keyId);
        carriers.push([]);
      }
      // An entity listing one number twice is still one candidate.
      if (carriers[keyId]!.at(-1) !== e) carriers[keyId]!.push(e);
      identifierTypes.push(IDENTIFIER_TYPES.indexOf(id.type));
      identifierKeyIds.push(keyId);
      identifierTexts.push(id.value, id.label ?? '');
    }
    countryStart[e + 1] = countryCodes.length;
    birthStart[e + 1] = birthExact.length;
    identifierStart[e + 1] = identifierKeyIds.length;
  }
  const identifierKeyStart = new Int32Array(keys.length + 1);
  carriers.forEach((c, k) => {
    identifierKeyStart[k + 1] = identifierKeyStart[k]! + c.length;
  });
  return {
    familyCodes,
    listCodes,
    lists,
    ids: packTexts(list.map((e) => e.id)),
    countryStart,
    countryCodes: Uint16Array.from(countryCodes),
    birthStart,
    birthBounds: Float64Array.from(birthBounds),
    birthExact: Uint8Array.from(birthExact),
    birthTexts: packTexts(birthTexts),
    identifierStart,
    identifierTypes: Uint8Array.from(identifierTypes),
    identifierKeyIds: Int32Array.from(identifierKeyIds),
    identifierTexts: packTexts(identifierTexts),
    identifierKeys: buildTextTable(keys),
    identifierKeyStart,
    identifierEntities: Int32Array.from(carriers.flat()),
  };
}

/**
 * Reads the listed parties' scoring facts by position, straight from their typed arrays (see
 * {@link ScoringEntitiesParts}): what every candidate is checked for (schema family, countries) side by side,
 * dates of birth as instants, identifiers by key id. Texts are decoded only for results and explanations.
 */
export class ScoringEntities {
  /** How many entities there are. */
  readonly count: number;
  /** The schema family of each entity, as an index into SCHEMA_FAMILIES. */
  readonly familyCodes: Uint8Array;
  private readonly identifierKeys: TextTable;

  constructor(readonly parts: ScoringEntitiesParts) {
    this.count = parts.familyCodes.length;
    this.familyCodes = parts.familyCodes;
    this.identifierKeys = new TextTable(parts.identifierKeys);
  }

  /** Lays out `list` and reads it (see {@link buildScoringEntities}). */
  static from(list: readonly ScoringEntity[]): ScoringEntities {
    return new ScoringEntities(buildScoringEntities(list));
  }

  /** The schema family of entity `e`. */
  familyOf(e: number): SchemaFamily {
    return SCHEMA_FAMILIES[this.familyCodes[e]!]!;
  }

  /** The list key of entity `e` (for per-list thresholds). */
  listOf(e: number): string {
    return this.parts.lists[this.parts.listCodes[e]!]!;
  }

  /** The id of entity `e`. */
  idOf(e: number): string {
    return unpackText(this.parts.ids, e);
  }

  /** How many countries entity `e` is tied to. */
  countryCount(e: number): number {
    return this.parts.countryStart[e + 1]! - this.parts.countryStart[e]!;
  }

  /** Whether entity `e` is tied to the country `code` (see {@link countryNumber}). */
  hasCountry(e: number, code: number): boolean {
    const { countryStart, countryCodes } = this.parts;
    for (let k = countryStart[e]!; k < countryStart[e + 1]!; k++) if (countryCodes[k] === code) return true;
    return false;
  }

  /** The rows of entity `e`'s dates of birth: {@link birthStartOf} up to {@link birthStartOf}(e + 1). */
  birthStartOf(e: number): number {
    return this.parts.birthStart[e]!;
  }

  /** The first instant date-of-birth row `k` can stand for (ms since the epoch). */
  birthFrom(k: number): number {
    return this.parts.birthBounds[2 * k]!;
  }

  /** The last instant date-of-birth row `k` can stand for (ms since the epoch). */
  birthTo(k: number): number {
    return this.parts.birthBounds[2 * k + 1]!;
  }

  /** Whether date-of-birth row `k` is one whole day. */
  birthIsExact(k: number): boolean {
    return this.parts.birthExact[k] === 1;
  }

  /** The rows of entity `e`'s identifiers: {@link identifierStartOf} up to {@link identifierStartOf}(e + 1). */
  identifierStartOf(e: number): number {
    return this.parts.identifierStart[e]!;
  }

  /** The type of identifier row `k`. */
  identifierTypeOf(k: number): IdentifierType {
    return IDENTIFIER_TYPES[this.parts.identifierTypes[k]!]!;
  }

  /** Whether identifier row `k`'s comparable form (see identifierKey) is `key`. */
  identifierIs(k: number, key: string): boolean {
    return this.parts.identifierKeyIds[k] === this.identifierKeys.idOf(key);
  }

  /** The entities carrying an identifier whose comparable form is `key`, in order, each once. */
  withIdentifier(key: string): Int32Array {
    const id = this.identifierKeys.idOf(key);
    const { identifierKeyStart, identifierEntities } = this.parts;
    return id < 0
      ? identifierEntities.subarray(0, 0)
      : identifierEntities.subarray(identifierKeyStart[id], identifierKeyStart[id + 1]);
  }

  /** The countries entity `e` is tied to, as ISO codes (for explanations). */
  countriesOf(e: number): string[] {
    const { countryStart, countryCodes } = this.parts;
    const codes: string[] = [];
    for (let k = countryStart[e]!; k < countryStart[e + 1]!; k++) {
      codes.push(String.fromCharCode(countryCodes[k]! >>> 8, countryCodes[k]! & 0xff));
    }
    return codes;
  }

  /** Date-of-birth row `k` as the list writes it. */
  birthDateOf(k: number): PartialDate {
    const date = unpackText(this.parts.birthTexts, 2 * k);
    const to = unpackText(this.parts.birthTexts, 2 * k + 1);
    return to === '' ? { date } : { date, to };
  }

  /** Identifier row `k` as the list writes it: its type, value and label (when it has one). */
  identifierOf(k: number): { type: IdentifierType; value: string; label?: string } {
    const type = this.identifierTypeOf(k);
    const value = unpackText(this.parts.identifierTexts, 2 * k);
    const label = unpackText(this.parts.identifierTexts, 2 * k + 1);
    return label === '' ? { type, value } : { type, value, label };
  }
}
