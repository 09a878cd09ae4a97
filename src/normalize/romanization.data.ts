/**
 * One spelling rule: where romanization systems (or languages) write the same sound differently, both
 * spellings are rewritten to one comparison form. Rules run in order on a lower-case ASCII word.
 */
export interface SpellingRule {
  pattern: RegExp;
  replacement: string;
  /** The equivalence the rule encodes, for reviewers. */
  example: string;
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
  },
  { pattern: /^abd(?:el|al|ol|oul|ur|ar|er|ou|u)$/, replacement: 'abdul', example: 'Abdel / Abdul' },
  { pattern: /dzh|dj/g, replacement: 'j', example: 'Dzhokhar / Djokhar / Jokhar' },
  { pattern: /tch/g, replacement: 'ch', example: 'Tchernov / Chernov (French romanization)' },
  { pattern: /shch|sch/g, replacement: 'sh', example: 'Shcherbakov / Scherbakov, Schmidt / Shmidt' },
  { pattern: /kh/g, replacement: 'h', example: 'Khalid / Halid, Mikhail / Mihail' },
  { pattern: /ph/g, replacement: 'f', example: 'Mustapha / Mustafa' },
  { pattern: /ck/g, replacement: 'k', example: 'Frederick / Frederik' },
  { pattern: /q/g, replacement: 'k', example: 'Qasim / Kasim, Iraq / Irak' },
  { pattern: /x/g, replacement: 'ks', example: 'Alexei / Aleksei' },
  { pattern: /w/g, replacement: 'v', example: 'Wagner / Vagner, Wladimir / Vladimir, Ivanow / Ivanov' },
  { pattern: /tz/g, replacement: 'ts', example: 'Kuznetz / Kuznets' },
  { pattern: /^ye/, replacement: 'e', example: 'Yevgeniy / Evgeniy, Yelena / Elena' },
  { pattern: /([aeiou])ye/g, replacement: '$1e', example: 'Otkrytoye / Otkrytoe, Nikolayevich / Nikolaevich' },
  { pattern: /oo/g, replacement: 'u', example: 'Mahmood / Mahmud' },
  { pattern: /ou/g, replacement: 'u', example: 'Youssef / Yussef, Moustafa / Mustafa' },
  { pattern: /y/g, replacement: 'i', example: 'Dmitriy / Dmitrii, Natalya / Natalia' },
  { pattern: /([aeiou])j$/, replacement: '$1i', example: 'Sergej / Sergei, Jurij / Juri' },
  { pattern: /off$/, replacement: 'ov', example: 'Smirnoff / Smirnov' },
  { pattern: /eff$/, replacement: 'ev', example: 'Lebedeff / Lebedev' },
  { pattern: /([a-z])\1+/g, replacement: '$1', example: 'Mohammed / Mohamed, Hassan / Hasan, Dmitrii / Dmitri' },
  { pattern: /([a-z]{4})ah$/, replacement: '$1a', example: 'Fatimah / Fatima, Abdullah / Abdulla (not Salah / Sala)' },
];
