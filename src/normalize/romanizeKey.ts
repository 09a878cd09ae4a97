import { NAME_VARIANTS } from './nameVariants.data.js';
import { SPELLING_RULES } from './romanization.data.js';

function applySpellingRules(word: string): string {
  let key = word;
  for (const rule of SPELLING_RULES) {
    if (rule.needs === undefined || key.includes(rule.needs)) key = key.replace(rule.pattern, rule.replacement);
  }
  return key;
}

/** Spelling-rule key of each listed variant → the key of its group's first spelling. */
function buildVariantKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  for (const group of NAME_VARIANTS) {
    const first = group[0];
    if (first === undefined) continue;
    const compare = applySpellingRules(first);
    for (const variant of group) keys.set(applySpellingRules(variant), compare);
  }
  return keys;
}

const VARIANT_KEYS = buildVariantKeys();

/**
 * The comparison key of one lower-case ASCII word: the romanization rules of {@link SPELLING_RULES}, then the
 * irregular equivalences of {@link NAME_VARIANTS}. Two spellings of one name in different romanization systems
 * get one key (YEVGENIY, EVGENY and EVGENII → "evgeni"; WAGNER and VAGNER → "vagner"). Digits are kept. Not
 * remembered here: a word's key is remembered with the rest of its facts (see wordFacts).
 *
 * @example
 * romanizeKey('yevgeniy') === romanizeKey('evgenii'); // true
 */
export function romanizeKey(word: string): string {
  const ruled = applySpellingRules(word);
  return VARIANT_KEYS.get(ruled) ?? ruled;
}

/**
 * The groups of NAME_VARIANTS whose spellings collide after the rules (a review check; empty when the table is
 * sound).
 */
export function variantConflicts(): string[] {
  const owner = new Map<string, string>();
  const conflicts: string[] = [];
  for (const group of NAME_VARIANTS) {
    const first = group[0] ?? '';
    for (const variant of group) {
      const key = applySpellingRules(variant);
      const previous = owner.get(key);
      if (previous !== undefined && previous !== first)
        conflicts.push(`${variant} (${key}) is in the groups of ${previous} and ${first}`);
      owner.set(key, first);
    }
  }
  return conflicts;
}
