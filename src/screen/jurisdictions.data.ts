import { OCCUPIED_REGIONS } from './occupiedRegions.data.js';

/**
 * How strongly a jurisdiction is sanctioned:
 * - `comprehensive`: a whole country under an embargo (almost any dealing is prohibited without a licence);
 * - `regional-comprehensive`: an embargo on a region of a country (Crimea, the so-called DNR / LNR, the occupied
 *   parts of Kherson and Zaporizhzhia); the rest of the country is not embargoed;
 * - `heightened`: sectoral or list-based measures only (Russia, Belarus), targeted government measures
 *   (Venezuela, Myanmar), or an embargo since lifted (Syria, Sudan): review, do not block on geography alone.
 */
export type JurisdictionLevel = 'comprehensive' | 'regional-comprehensive' | 'heightened';

/** A level a jurisdiction had before its current one, in force up to and including `until` (YYYY-MM-DD). */
export interface EarlierLevel {
  until: string;
  level: JurisdictionLevel;
  /** The measures that gave that level, and how they ended. */
  basis: string;
}

/**
 * One sanctioned country or region as reviewed data. Every list holds groups of spellings separated by `|`
 * (one group per name: English, local language, Cyrillic, other scripts, transliterations):
 * - `names`: the place's own names (a hit says `via: 'country'` or `'region'`);
 * - `aliases`: other names and spellings (`via: 'alias'`);
 * - `acronyms`: matched only when written in capitals (DNR, КНДР), as they are ordinary letters otherwise;
 * - `cities`: cities, ports and towns inside it (`via: 'city'`).
 * Demonyms and adjectives ("Syrian", "Crimean", "Севастопольская") are deliberately absent: a street or a shop
 * named after a place is not in that place. `since` and `earlier` date the level, so a payment is judged by the
 * measures in force on its date.
 */
export interface JurisdictionRecord {
  /** ISO 3166-1 alpha-2 for countries, ISO 3166-2 for regions (`UA-43`). */
  code: string;
  name: string;
  /** The level in force now (as last reviewed). */
  level: JurisdictionLevel;
  /** The first day of the measures (YYYY-MM-DD); a payment dated before it is not caught by them. */
  since?: string;
  /** Levels before the current one, oldest first (Syria was under a US embargo until 30 June 2025). */
  earlier?: EarlierLevel[];
  /** Codes that mark the jurisdiction when a field holds nothing else: alpha-2 / alpha-3 or the ISO 3166-2 code. */
  isoCodes: string[];
  names: string[];
  aliases: string[];
  acronyms?: string[];
  cities: string[];
  /** OFAC program tags as in the SDN list, and EU / UN instruments, that make it sanctioned. */
  programs: string[];
  /** Set when only part of the named area is sanctioned: the hit needs the exact location checked. */
  partial?: string;
}

// Countries, embargoed or under heightened measures; the occupied regions of Ukraine are in occupiedRegions.data.ts.
const COUNTRIES: readonly JurisdictionRecord[] = [
  // Iran: US embargo, Iranian Transactions and Sanctions Regulations (31 CFR 560), SDN tags IRAN, IRAN-EO13846,
  // IRAN-EO13902; EU restrictive measures in Council Regulation (EU) No 267/2012.
  {
    code: 'IR',
    name: 'Iran',
    level: 'comprehensive',
    isoCodes: ['IR', 'IRN'],
    names: ['Iran|Islamic Republic of Iran|Iran, Islamic Republic of|Iran (Islamic Republic of)'],
    aliases: ['Persia|Irán|Иран|Іран|ایران|جمهوری اسلامی ایران|Jomhuri-ye Eslami-ye Iran'],
    cities: [
      'Tehran|Teheran|Téhéran|Тегеран|تهران',
      'Isfahan|Esfahan|Ispahan|Исфахан|اصفهان',
      'Bandar Abbas|Bandar-e Abbas|Bandar Abas|Бендер-Аббас|Бандар-Аббас|بندرعباس|بندر عباس',
      'Mashhad|Mashad|Meshed|Мешхед|مشهد',
      'Tabriz|Тебриз|تبریز',
      'Bushehr|Bushire|Бушер|بوشهر',
      'Bandar Imam Khomeini|Bandar-e Emam Khomeyni|بندر امام خمینی',
      'Chabahar|Чабахар|چابهار',
      'Bandar Anzali|Bandar-e Anzali|بندر انزلی',
      'Ahvaz|Ahwaz|Ахваз|اهواز',
      // Qom: the Arabic-script spelling and the Russian "Кум" are everyday words, so only Latin spellings.
      'Qom|Ghom',
      'Karaj|Кередж|کرج',
      'Yazd|Йезд|یزد',
      'Rasht|Решт|رشت',
      'Kish Island|جزیره کیش',
      // Shiraz is left out: it is also a grape and wine name in goods descriptions.
    ],
    programs: ['IRAN', 'IRAN-EO13846', 'IRAN-EO13902', 'EU 267/2012'],
  },
  // North Korea: US embargo, North Korea Sanctions Regulations (31 CFR 510), SDN tags DPRK, DPRK2, DPRK3, DPRK4,
  // DPRK-NKSPEA; UN Security Council resolution 1718 (2006) and successors; EU Council Regulation (EU) 2017/1509.
  {
    code: 'KP',
    name: 'North Korea',
    level: 'comprehensive',
    isoCodes: ['KP', 'PRK'],
    names: [
      "North Korea|Democratic People's Republic of Korea|Korea, Democratic People's Republic of|Korea, North",
      'Korea (North)|DPR Korea|DPR of Korea',
    ],
    aliases: [
      'Nordkorea|Corée du Nord|Corea del Norte|Северная Корея|Корея КНДР|Корейская Народно-Демократическая Республика',
      // Not 조선 alone: it is also the everyday word for shipbuilding (造船) in South Korean text.
      '조선민주주의인민공화국|북한|Chosŏn Minjujuŭi Inmin Konghwaguk',
    ],
    acronyms: ['DPRK|КНДР'],
    cities: [
      "Pyongyang|P'yŏngyang|Pjöngjang|Пхеньян|평양|평양시",
      "Nampo|Namp'o|Nampho|Нампхо|남포|남포시",
      "Chongjin|Ch'ŏngjin|Чхонджин|청진|청진시",
      'Sinuiju|Sinŭiju|Синыйджу|신의주|신의주시',
      'Wonsan|Wŏnsan|Вонсан|원산',
      'Hamhung|Hamhŭng|Хамхын|함흥',
      // Not "Rajin" alone, also a given name.
      'Rason|Rajin-Sonbong|Расон|라선',
      // 개성 is also the Korean word for "personality"; only the romanized and Russian names of Kaesong.
      'Kaesong|Kaesŏng|Кэсон',
    ],
    programs: ['DPRK', 'DPRK2', 'DPRK3', 'DPRK4', 'DPRK-NKSPEA', 'UN 1718', 'EU 2017/1509'],
  },
  // Cuba: US embargo, Cuban Assets Control Regulations (31 CFR 515), SDN tag CUBA. No EU embargo.
  {
    code: 'CU',
    name: 'Cuba',
    level: 'comprehensive',
    isoCodes: ['CU', 'CUB'],
    names: ['Cuba|Republic of Cuba|República de Cuba'],
    // "Kuba" / "Куба" is also Quba in Azerbaijan; accepted, a reviewer tells them apart from the address.
    aliases: ['Kuba|Куба'],
    cities: [
      'Havana|La Habana|Habana|Havanna|Avana|Гавана',
      'Santiago de Cuba|Сантьяго-де-Куба',
      // Mariel is also a given name; kept because the port and its special development zone matter.
      'Mariel|Puerto de Mariel|Port of Mariel|Мариэль',
      'Camagüey|Камагуэй',
    ],
    programs: ['CUBA'],
  },
  // Syria: the US Syria embargo (31 CFR 542, EO 13338 and related orders) was revoked with effect from 1 July 2025
  // by EO 14312; list-based measures remain (SDN tag SYRIA-EO13894). The EU lifted its economic measures under
  // Council Regulation (EU) No 36/2012 in May 2025, keeping listings and security-based measures. Hence heightened
  // now, and comprehensive for payments up to 30 June 2025.
  {
    code: 'SY',
    name: 'Syria',
    level: 'heightened',
    earlier: [
      {
        until: '2025-06-30',
        level: 'comprehensive',
        basis:
          'the US embargo (Syrian Sanctions Regulations, 31 CFR 542; E.O. 13338 and related orders), revoked by E.O. 14312 with effect from 1 July 2025',
      },
    ],
    isoCodes: ['SY', 'SYR'],
    names: ['Syria|Syrian Arab Republic|الجمهورية العربية السورية'],
    aliases: ['Sirya|Siria|Syrie|Syrien|Suriye|Сирия|Сірія|سوريا|سورية'],
    cities: [
      // Not the French "Damas": it is also Spanish for "ladies" and a surname.
      'Damascus|Dimashq|Damaskus|Дамаск|دمشق',
      'Aleppo|Halab|Alep|Алеппо|Халеб|حلب',
      'Latakia|Lattakia|Latakiya|Al-Ladhiqiyah|Латакия|اللاذقية',
      'Tartus|Tartous|Тартус|طرطوس',
      // The Arabic spelling of Homs is also the word for chickpeas.
      'Homs|Хомс',
      'Deir ez-Zor|Deir ez Zor|Deir al-Zour|Дейр-эз-Зор|دير الزور',
      'Idlib|Идлиб|إدلب',
      'Raqqa|Ar-Raqqah|Ракка|الرقة',
    ],
    programs: ['SYRIA-EO13894', 'EU 36/2012'],
  },
  // Sudan: the US embargo (Sudanese Sanctions Regulations, 31 CFR 538; EO 13067 and 13412) was revoked with effect
  // from 12 October 2017; list-based measures remain (SDN tags DARFUR, SUDAN-EO14098), with the UN arms embargo on
  // Darfur (resolution 1591 (2005)) and the EU measures of Council Regulation (EU) No 747/2014. Hence heightened.
  // "South Sudan" is another country: NOT_JURISDICTIONS keeps its name from reading as Sudan.
  {
    code: 'SD',
    name: 'Sudan',
    level: 'heightened',
    earlier: [
      {
        until: '2017-10-11',
        level: 'comprehensive',
        basis:
          'the US embargo (Sudanese Sanctions Regulations, 31 CFR 538; E.O. 13067 and 13412), revoked with effect from 12 October 2017',
      },
    ],
    isoCodes: ['SD', 'SDN'],
    names: ['Sudan|Republic of the Sudan|Republic of Sudan|the Sudan|جمهورية السودان|السودان'],
    aliases: ['Soudan|Sudán|Sudão|Sudanu|Судан'],
    cities: [
      'Khartoum|Khartum|Al-Khartum|Хартум|الخرطوم',
      'Omdurman|Umm Durman|Омдурман|أم درمان',
      'Port Sudan|Bur Sudan|Порт-Судан|بورتسودان',
      'Kassala|Кассала|كسلا',
      'El Fasher|Al-Fashir|Эль-Фашер|الفاشر',
      'El Obeid|Al-Ubayyid|Эль-Обейд|الأبيض',
    ],
    programs: ['DARFUR', 'SUDAN-EO14098', 'UN 1591', 'EU 747/2014'],
  },
  // Russia: sectoral and list-based measures, no embargo. US SDN tags RUSSIA-EO14024, UKRAINE-EO13662 (sectoral);
  // EU Council Regulations (EU) No 833/2014 (sectoral) and No 269/2014 (asset freezes).
  {
    code: 'RU',
    name: 'Russia',
    level: 'heightened',
    isoCodes: ['RU', 'RUS'],
    names: ['Russia|Russian Federation|Россия|Российская Федерация|Росія|Російська Федерація'],
    aliases: ['Rossiya|Rossiia|Rossiyskaya Federatsiya|Russland|Russie|Rusia|Rosja'],
    cities: [],
    programs: ['RUSSIA-EO14024', 'UKRAINE-EO13662', 'EU 833/2014', 'EU 269/2014'],
  },
  // Belarus: list-based and sectoral measures. US SDN tags BELARUS, BELARUS-EO14038; EU Council Regulation (EC)
  // No 765/2006.
  {
    code: 'BY',
    name: 'Belarus',
    level: 'heightened',
    isoCodes: ['BY', 'BLR'],
    names: ['Belarus|Republic of Belarus|Беларусь|Рэспубліка Беларусь|Республика Беларусь'],
    aliases: ['Byelorussia|Belorussia|White Russia|Белоруссия|Білорусь|Weißrussland|Weissrussland|Biélorussie'],
    cities: [],
    programs: ['BELARUS', 'BELARUS-EO14038', 'EU 765/2006'],
  },
  // Venezuela: the Government of Venezuela is blocked (US EO 13884, SDN tags VENEZUELA, VENEZUELA-EO13850,
  // VENEZUELA-EO13884); EU Council Regulation (EU) 2017/2063. Not a country embargo.
  {
    code: 'VE',
    name: 'Venezuela',
    level: 'heightened',
    isoCodes: ['VE', 'VEN'],
    names: ['Venezuela|Bolivarian Republic of Venezuela|República Bolivariana de Venezuela|Венесуэла'],
    aliases: [],
    cities: [],
    programs: ['VENEZUELA', 'VENEZUELA-EO13850', 'VENEZUELA-EO13884', 'EU 2017/2063'],
  },
  // Myanmar: list-based measures after the 2021 coup (US EO 14014, SDN tag BURMA-EO14014); EU Council
  // Regulation (EU) No 401/2013.
  {
    code: 'MM',
    name: 'Myanmar',
    level: 'heightened',
    isoCodes: ['MM', 'MMR'],
    names: ['Myanmar|Republic of the Union of Myanmar|Burma|မြန်မာ'],
    aliases: ['Birma|Birmanie|Мьянма|Бирма'],
    cities: [],
    programs: ['BURMA-EO14014', 'EU 401/2013'],
  },
];

/**
 * Sanctioned jurisdictions. Sources: OFAC program pages and Executive Orders, EUR-Lex, checked when written;
 * review this table when a program changes (it is data, not code).
 */
export const JURISDICTIONS: readonly JurisdictionRecord[] = [...COUNTRIES, ...OCCUPIED_REGIONS];

/**
 * Place names that hold a jurisdiction's name but name another place: "South Sudan" is not Sudan. Matched like the
 * jurisdictions' spellings (folded, whole words, longest phrase first) and then reported as nothing.
 */
export const NOT_JURISDICTIONS: readonly string[] = [
  'South Sudan|Republic of South Sudan|Soudan du Sud|Sudán del Sur|Sudão do Sul|Южный Судан|جنوب السودان',
];
