import { PATRONYMIC_ENDINGS, PATRONYMIC_SUFFIX, PATRONYMIC_WORDS } from './patronymics.data.js';
import { romanizeKey } from './romanizeKey.js';

/**
 * Whether a word of a person's name (its comparison key) looks like a patronymic such as VALERYEVICH or
 * VIKTOROVNA, judged by the endings in {@link PATRONYMIC_ENDINGS}.
 *
 * @example
 * isPatronymic('valerievich'); // true
 */
export function isPatronymic(key: string): boolean {
  if (PATRONYMIC_WORDS.has(key)) return true;
  return PATRONYMIC_ENDINGS.some((ending) => ending.test(key));
}

/**
 * Which of a person's name words (comparison keys, in order) is the patronymic, in whatever order the list
 * wrote the name. Only names of three words or more have one; when several words end like a patronymic (ROMAN
 * ARKADYEVICH ABRAMOVICH), a family name stands at an edge, so only the inner ones count.
 */
export function patronymicPositions(keys: readonly string[]): Set<number> {
  const found = new Set<number>();
  if (keys.length < 3) return found;
  let count = 0;
  let only = -1;
  for (let i = 0; i < keys.length; i++) {
    if (!isPatronymic(keys[i]!)) continue;
    count++;
    only = i;
    if (i > 0 && i < keys.length - 1) found.add(i);
  }
  if (count === 1) return new Set([only]);
  return found;
}

/**
 * The father's name a patronymic is made from, as a short comparison stem: the suffix is removed and the
 * rest read through the name-variant table, so the Ukrainian VOLODYMYROVYCH and the Russian VLADIMIROVICH, or
 * KOSTYANTYNIVNA and KONSTANTINOVNA, give one stem. Two patronymics with different stems name different
 * fathers.
 *
 * @example
 * patronymicStem('volodimirovich') === patronymicStem('vladimirovich'); // true
 */
export function patronymicStem(key: string): string {
  const stem = key.replace(PATRONYMIC_SUFFIX, '');
  return romanizeKey(stem).slice(0, 3);
}
