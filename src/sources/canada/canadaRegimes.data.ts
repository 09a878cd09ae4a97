/**
 * A Canadian sanctions regime as the SEMA consolidated list names it in its `Country` field: the short key used in
 * entity ids (`ca-sema:russia-1-2-88`) and the program code written to `programs`.
 */
export interface CanadaRegime {
  key: string;
  program: string;
}

/**
 * The regimes whose `Country` field names a theme, not a country, keyed by the field's English half folded to lower
 * case ("Hamas Terrorist Attacks / Attaques terroristes du Hamas" → "hamas terrorist attacks"). They get no country
 * and no UNKNOWN_COUNTRY warning. Every other value is a country regime: its key is the slug of the English name
 * ("Myanmar (Burma)" → `myanmar`) and its program `CA-SEMA-<KEY>`, the Special Economic Measures (<country>)
 * Regulations. JVCFOR listings are made under the Justice for Victims of Corrupt Foreign Officials Act (the Sergei
 * Magnitsky Law), not SEMA, so their program says so. Add a row when Canada adds a thematic regime.
 */
export const CANADA_THEMATIC_REGIMES: Readonly<Record<string, CanadaRegime>> = {
  'justice for victims of corrupt foreign officials regulations (jvcfor)': { key: 'jvcfor', program: 'CA-JVCFOR' },
  'hamas terrorist attacks': { key: 'hamas', program: 'CA-SEMA-HAMAS' },
  'extremist settler violence': {
    key: 'extremist-settler-violence',
    program: 'CA-SEMA-EXTREMIST-SETTLER-VIOLENCE',
  },
};
