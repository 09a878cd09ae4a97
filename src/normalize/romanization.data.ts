/**
 * One spelling rule: where romanization systems (or languages) write the same sound differently, both
 * spellings are rewritten to one comparison form. Rules run in order on a lower-case ASCII word.
 */
export interface SpellingRule {
  pattern: RegExp;
  replacement: string;
  /** The equivalence the rule encodes, for reviewers. */
  example: string;
  /**
   * Letters every match of {@link pattern} contains: a word without them is left as it is, unread by the pattern
   * (a test checks each rule's). Most words meet few rules, and a search that cannot match costs more than this.
   */
  needs?: string;
}

/**
 * Romanization equivalences as ordered rewrite rules (the comparison key of a word is the word after all of
 * them). They are the regularities; irregular equivalences (Aleksandr / Oleksandr, Mohammed / Muhammad) live in
 * NAME_VARIANTS. A rule must never merge two names a list treats as different: each was checked against the
 * OFAC, UN and EU name lists for new collisions.
 */
export const SPELLING_RULES: readonly SpellingRule[] = [
  // Arabic: the article assimilated to "abd" (ʿAbd al-, Abdel, Abdoul, Abdur) is one name element.
  {
    pattern: /^abd(?:el|al|ol|oul|ul|ur|ar|er|ou|u)(?=[a-z]{3})/,
    replacement: 'abdul',
    example: 'Abdelrahman / Abdulrahman',
    needs: 'abd',
  },
  { pattern: /^abd(?:el|al|ol|oul|ur|ar|er|ou|u)$/, replacement: 'abdul', example: 'Abdel / Abdul', needs: 'abd' },
  { pattern: /dzh|dj/g, replacement: 'j', example: 'Dzhokhar / Djokhar / Jokhar', needs: 'd' },
  { pattern: /tch/g, replacement: 'ch', example: 'Tchernov / Chernov (French romanization)', needs: 'tch' },
  { pattern: /shch|sch/g, replacement: 'sh', example: 'Shcherbakov / Scherbakov, Schmidt / Shmidt', needs: 'ch' },
  { pattern: /kh/g, replacement: 'h', example: 'Khalid / Halid, Mikhail / Mihail', needs: 'kh' },
  { pattern: /ph/g, replacement: 'f', example: 'Mustapha / Mustafa', needs: 'ph' },
  { pattern: /ck/g, replacement: 'k', example: 'Frederick / Frederik', needs: 'ck' },
  { pattern: /q/g, replacement: 'k', example: 'Qasim / Kasim, Iraq / Irak', needs: 'q' },
  { pattern: /x/g, replacement: 'ks', example: 'Alexei / Aleksei', needs: 'x' },
  { pattern: /w/g, replacement: 'v', example: 'Wagner / Vagner, Wladimir / Vladimir, Ivanow / Ivanov', needs: 'w' },
  { pattern: /tz/g, replacement: 'ts', example: 'Kuznetz / Kuznets', needs: 'tz' },
  { pattern: /^ye/, replacement: 'e', example: 'Yevgeniy / Evgeniy, Yelena / Elena', needs: 'ye' },
  {
    pattern: /([aeiou])ye/g,
    replacement: '$1e',
    example: 'Otkrytoye / Otkrytoe, Nikolayevich / Nikolaevich',
    needs: 'ye',
  },
  { pattern: /oo/g, replacement: 'u', example: 'Mahmood / Mahmud', needs: 'oo' },
  { pattern: /ou/g, replacement: 'u', example: 'Youssef / Yussef, Moustafa / Mustafa', needs: 'ou' },
  { pattern: /y/g, replacement: 'i', example: 'Dmitriy / Dmitrii, Natalya / Natalia', needs: 'y' },
  { pattern: /([aeiou])j$/, replacement: '$1i', example: 'Sergej / Sergei, Jurij / Juri', needs: 'j' },
  {
    pattern: /ska(?:ia|ja)$/,
    replacement: 'ska',
    example: 'Volkonskaya / Volkonska (Ukrainian Волконська), Kovalskaja / Kovalska',
    needs: 'ska',
  },
  { pattern: /off$/, replacement: 'ov', example: 'Smirnoff / Smirnov', needs: 'off' },
  { pattern: /eff$/, replacement: 'ev', example: 'Lebedeff / Lebedev', needs: 'eff' },
  { pattern: /([a-z])\1+/g, replacement: '$1', example: 'Mohammed / Mohamed, Hassan / Hasan, Dmitrii / Dmitri' },
  {
    pattern: /([a-z]{4})ah$/,
    replacement: '$1a',
    example: 'Fatimah / Fatima, Abdullah / Abdulla (not Salah / Sala)',
    needs: 'ah',
  },
];
