/**
 * Street words that, right after a place name ("Cuba Street", "Tehran Road", "Şam Caddesi"), show the name is a
 * street's, not the party's location. Compared in folded form (lower case, no diacritics), and only when a space
 * alone separates them from the name: "Sevastopol, ul. Lenina" is still Sevastopol.
 */
export const STREET_WORDS_AFTER: readonly string[] = [
  ...['street', 'st', 'str', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'boulevard', 'blvd', 'drive', 'way'], // English
  ...['square', 'sq', 'place', 'close', 'crescent', 'terrace'], // English
  ...['caddesi', 'cad', 'cd', 'sokak', 'sokagi', 'sk'], // Turkish
  ...['strasse', 'weg', 'gasse', 'platz'], // German
  ...['straat', 'laan', 'gatan', 'vej', 'utca'], // Dutch, Swedish, Danish, Hungarian
];

/**
 * Street words written before the name ("Rue de Syrie", "Calle Cuba", "ул. Кубинская"). Not "via", which in English
 * means "through" ("shipped via Bandar Abbas").
 */
export const STREET_WORDS_BEFORE: readonly string[] = [
  ...['rue', 'avenue', 'av', 'boulevard', 'bd'], // French
  ...['avenida', 'calle', 'viale', 'piazza'], // Spanish, Italian
  ...['улица', 'ул', 'проспект', 'просп', 'переулок', 'пер', 'бульвар', 'шоссе', 'ulitsa', 'ul', 'prospekt'], // Russian
  ...['вулиця', 'вул', 'ulica'], // Ukrainian, Polish
];

/** Little words between a street word and a name ("Rue de la Syrie"), folded; at most two are skipped. */
export const STREET_CONNECTORS: readonly string[] = ['de', 'du', 'des', 'del', 'la', 'di', 'della'];
