import type { TokenRole } from '../normalize/normalizeName.js';
import { MIDDLE, TOKEN_META, TOKEN_WEIGHT } from './packedNames.js';

/** Relative weight of token roles: generic words and legal forms count little, names decide. */
export const ROLE_WEIGHT: Readonly<Record<TokenRole, number>> = {
  name: 1,
  generic: 0.15,
  legalForm: 0,
  stopWord: 0,
  honorific: 0,
};

/**
 * A middle name or patronymic counts this much of a full token: lists often carry one the other name
 * lacks (UTKIN, Dmitriy Valeryevich / Dmitriy Utkin), and it identifies less than a given or family name.
 */
export const MIDDLE_NAME_WEIGHT = 0.35;

/** {@link ROLE_WEIGHT} by role code, in the order of the index's role codes (name, generic, legal form, stop word, honorific). */
export const ROLE_WEIGHT_BY_CODE: Float64Array = Float64Array.of(
  ROLE_WEIGHT.name,
  ROLE_WEIGHT.generic,
  ROLE_WEIGHT.legalForm,
  ROLE_WEIGHT.stopWord,
  ROLE_WEIGHT.honorific,
);

/**
 * The weight a list name's token carries in its name's score: its key's rarity weight, by its role, and less as a
 * middle name. `meta` is the token's role | flags << 8 (see packedNames).
 */
export function listTokenWeight(rarity: number, meta: number): number {
  const weight = rarity * ROLE_WEIGHT_BY_CODE[meta & 0xff]!;
  return (meta >>> 8) & MIDDLE ? weight * MIDDLE_NAME_WEIGHT : weight;
}

/**
 * {@link listTokenWeight} of the token at `t` of a name record (see packedNames): `names` the index's records,
 * `nameFloats` the same memory read as float32.
 */
export function recordTokenWeight(names: Int32Array, nameFloats: Float32Array, t: number): number {
  return listTokenWeight(nameFloats[t + TOKEN_WEIGHT]!, names[t + TOKEN_META]!);
}
