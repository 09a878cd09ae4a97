import type { NameKind } from '../../model/name.js';

/**
 * DFAT's "Name Type" values, folded (lower case, single spaces, trimmed), and the kind of name each is. The
 * list writes them inconsistently ("Primary Name ", "primary name", "Aka ", "AKA", "Original script"); folding
 * takes care of case and spacing, and a spelling not here is reported, never guessed. "Original Script" rows
 * are the listing's name in its own script (Arabic, Cyrillic…), an alias like any other.
 */
export const DFAT_NAME_TYPES: Readonly<Record<string, NameKind>> = {
  'primary name': 'primary',
  aka: 'alias',
  'a.k.a.': 'alias',
  'also known as': 'alias',
  'original script': 'alias',
  'formerly known as': 'formerName',
  fka: 'formerName',
  'f.k.a.': 'formerName',
  'previously listed as': 'formerName',
};
