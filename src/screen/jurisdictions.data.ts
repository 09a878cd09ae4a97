/**
 * How strongly a jurisdiction is sanctioned:
 * - `comprehensive`: a whole country under an embargo (almost any dealing is prohibited without a licence);
 * - `regional-comprehensive`: an embargo on a region of a country (Crimea, the so-called DNR / LNR, the occupied
 *   parts of Kherson and Zaporizhzhia); the rest of the country is not embargoed;
 * - `heightened`: sectoral or list-based measures only (Russia, Belarus), targeted government measures
 *   (Venezuela, Myanmar), or an embargo since lifted (Syria): review, do not block on geography alone.
 */
export type JurisdictionLevel = 'comprehensive' | 'regional-comprehensive' | 'heightened';

/**
 * One sanctioned country or region as reviewed data. Every list holds groups of spellings separated by `|`
 * (one group per name: English, local language, Cyrillic, other scripts, transliterations):
 * - `names`: the place's own names (a hit says `via: 'country'` or `'region'`);
 * - `aliases`: other names and spellings (`via: 'alias'`);
 * - `acronyms`: matched only when written in capitals (DNR, КНДР), as they are ordinary letters otherwise;
 * - `cities`: cities, ports and towns inside it (`via: 'city'`).
 * Demonyms and adjectives ("Syrian", "Crimean", "Севастопольская") are deliberately absent: a street or a shop
 * named after a place is not in that place.
 */
export interface JurisdictionRecord {
  /** ISO 3166-1 alpha-2 for countries, ISO 3166-2 for regions (`UA-43`). */
  code: string;
  name: string;
  level: JurisdictionLevel;
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

/**
 * Sanctioned jurisdictions. Sources: OFAC program pages and Executive Orders, EUR-Lex, checked when written;
 * review this table when a program changes (it is data, not code).
 */
export const JURISDICTIONS: readonly JurisdictionRecord[] = [
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
  // Council Regulation (EU) No 36/2012 in May 2025, keeping listings and security-based measures. Hence heightened.
  {
    code: 'SY',
    name: 'Syria',
    level: 'heightened',
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
  // Crimea: US EO 13685 of 19 December 2014 (SDN tag UKRAINE-EO13685); EU Council Regulation (EU) No 692/2014
  // ("Crimea or Sevastopol").
  {
    code: 'UA-43',
    name: 'Crimea',
    level: 'regional-comprehensive',
    isoCodes: ['UA-43'],
    names: [
      'Crimea|Autonomous Republic of Crimea|Republic of Crimea|Crimean Peninsula',
      'Республика Крым|Автономна Республіка Крим|Автономная Республика Крым',
    ],
    aliases: ['Krym|Krim|Crimée|Crimee|Qırım|Qrim|Крым|Крим|Къырым'],
    cities: [
      'Simferopol|Simferopil|Aqmescit|Симферополь|Сімферополь',
      'Kerch|Керчь|Керч',
      'Yalta|Ялта',
      // Not the historic "Theodosia" (a given name) nor "Kefe".
      'Feodosia|Feodosiya|Феодосия|Феодосія',
      'Yevpatoria|Evpatoria|Yevpatoriya|Gözleve|Евпатория|Євпаторія',
      'Dzhankoi|Dzhankoy|Canköy|Джанкой',
      'Alushta|Алушта',
      'Bakhchysarai|Bakhchisaray|Бахчисарай',
      'Armiansk|Armyansk|Армянск|Армянськ',
      'Krasnoperekopsk|Красноперекопск|Красноперекопськ',
      // Sudak is left out: it is also the Russian word for pike-perch, common in food trade.
    ],
    programs: ['UKRAINE-EO13685', 'EU 692/2014'],
  },
  // Sevastopol, a city with special status beside Crimea in ISO 3166-2: same measures as Crimea.
  {
    code: 'UA-40',
    name: 'Sevastopol',
    level: 'regional-comprehensive',
    isoCodes: ['UA-40'],
    names: ['City of Sevastopol|Sevastopol City|город Севастополь|місто Севастополь'],
    aliases: [],
    // "Sebastopol" is also a town in California and in Australia: a hit there is a false positive to clear.
    cities: ['Sevastopol|Sebastopol|Sevastopil|Aqyar|Севастополь|Севастопіль'],
    programs: ['UKRAINE-EO13685', 'EU 692/2014'],
  },
  // So-called Donetsk People's Republic: US EO 14065 of 21 February 2022 (SDN tag RUSSIA-EO14065); EU Council
  // Regulation (EU) 2022/263 (non-government controlled areas of the Donetsk oblast).
  {
    code: 'UA-14',
    name: "so-called Donetsk People's Republic (DNR)",
    level: 'regional-comprehensive',
    isoCodes: ['UA-14'],
    names: [
      "Donetsk People's Republic|Donetskaya Narodnaya Respublika|Донецкая Народная Республика|Донецька Народна Республіка",
      'Donetsk Oblast|Donetsk region|Донецкая область|Донецька область|Donbas|Donbass|Донбасс|Донбас',
    ],
    aliases: [],
    // Not "DPR", used for much else in capitals; the full names still match.
    acronyms: ['DNR|ДНР'],
    cities: [
      'Donetsk|Донецк|Донецьк',
      'Horlivka|Gorlovka|Горловка|Горлівка',
      'Makiivka|Makeevka|Makeyevka|Макеевка|Макіївка',
      'Mariupol|Мариуполь|Маріуполь',
      'Yenakiieve|Yenakiyevo|Enakievo|Енакиево|Єнакієве',
      'Khartsyzk|Харцызск|Харцизьк',
      'Debaltseve|Debaltsevo|Дебальцево|Дебальцеве',
      // The Russian spelling of Snizhne is also the adjective "snowy".
      'Snizhne|Snezhnoye',
      'Shakhtarsk|Shakhtyorsk|Шахтёрск|Шахтарськ',
      'Torez|Chystiakove|Торез|Чистякове',
      'Ilovaisk|Иловайск|Іловайськ',
      'Novoazovsk|Новоазовск|Новоазовськ',
      'Volnovakha|Волноваха',
      'Bakhmut|Artemivsk|Artyomovsk|Бахмут|Артёмовск|Артемівськ',
      'Avdiivka|Avdeevka|Авдеевка|Авдіївка',
    ],
    programs: ['RUSSIA-EO14065', 'EU 2022/263'],
    partial:
      'Only the areas not controlled by the Government of Ukraine are covered (OFAC FAQ 1009: not the whole oblast); check the exact location.',
  },
  // So-called Luhansk People's Republic: US EO 14065 (SDN tag RUSSIA-EO14065); EU Council Regulation (EU) 2022/263.
  {
    code: 'UA-09',
    name: "so-called Luhansk People's Republic (LNR)",
    level: 'regional-comprehensive',
    isoCodes: ['UA-09'],
    names: [
      "Luhansk People's Republic|Lugansk People's Republic|Luganskaya Narodnaya Respublika",
      'Луганская Народная Республика|Луганська Народна Республіка',
      'Luhansk Oblast|Lugansk Oblast|Luhansk region|Луганская область|Луганська область|Donbas|Donbass|Донбасс|Донбас',
    ],
    aliases: [],
    // Not "LPR": in capitals it is also China's loan prime rate in remittance texts.
    acronyms: ['LNR|ЛНР'],
    cities: [
      'Luhansk|Lugansk|Луганск|Луганськ',
      'Alchevsk|Алчевск|Алчевськ',
      'Sievierodonetsk|Severodonetsk|Sjewjerodonezk|Северодонецк|Сєвєродонецьк',
      'Lysychansk|Lisichansk|Лисичанск|Лисичанськ',
      'Kadiivka|Stakhanov|Кадиевка|Кадіївка|Стаханов',
      'Rovenky|Rovenki|Ровеньки',
      'Krasnyi Luch|Krasny Luch|Красный Луч|Красний Луч',
      'Dovzhansk|Довжанськ',
      'Starobilsk|Starobelsk|Старобельск|Старобільськ',
      'Brianka|Bryanka|Брянка',
      // Antratsyt is left out: "антрацит" is the Russian word for anthracite coal.
    ],
    programs: ['RUSSIA-EO14065', 'EU 2022/263'],
    partial: 'Only the areas not controlled by the Government of Ukraine are covered; check the exact location.',
  },
  // Zaporizhzhia oblast, non-government controlled areas: EU Council Regulation (EU) 2022/263 as extended by
  // Council Regulation (EU) 2022/1903 of 6 October 2022. Not a Covered Region under US EO 14065 when reviewed.
  // Zaporizhzhia city is government-controlled, so the bare city name is not a key; the oblast name is.
  {
    code: 'UA-23',
    name: 'Zaporizhzhia oblast (non-government controlled areas)',
    level: 'regional-comprehensive',
    isoCodes: ['UA-23'],
    names: [
      'Zaporizhzhia Oblast|Zaporizhia Oblast|Zaporozhye Oblast|Zaporizhzhia region|Zaporozhye region',
      'Запорожская область|Запорізька область',
    ],
    aliases: [],
    cities: [
      'Melitopol|Мелитополь|Мелітополь',
      'Berdiansk|Berdyansk|Бердянск|Бердянськ',
      'Enerhodar|Energodar|Энергодар|Енергодар',
      'Dniprorudne|Dneprorudnoye|Днепрорудное|Дніпрорудне',
    ],
    programs: ['EU 2022/263'],
    partial: 'Only the areas not controlled by the Government of Ukraine are covered; check the exact location.',
  },
  // Kherson oblast, non-government controlled areas: EU Council Regulation (EU) 2022/263 as extended by Council
  // Regulation (EU) 2022/1903. Kherson city is government-controlled, so only the oblast name and occupied towns.
  {
    code: 'UA-65',
    name: 'Kherson oblast (non-government controlled areas)',
    level: 'regional-comprehensive',
    isoCodes: ['UA-65'],
    names: ['Kherson Oblast|Kherson region|Khersonskaya oblast|Херсонская область|Херсонська область'],
    aliases: [],
    cities: [
      'Nova Kakhovka|Novaya Kakhovka|Новая Каховка|Нова Каховка',
      'Kakhovka|Каховка',
      'Henichesk|Genichesk|Геническ|Генічеськ',
      'Skadovsk|Скадовск|Скадовськ',
      'Oleshky|Aleshki|Tsiurupynsk|Алешки|Олешки|Цюрупинськ',
      'Hola Prystan|Golaya Pristan|Голая Пристань|Гола Пристань',
      'Chaplynka|Chaplinka|Чаплинка',
      'Kalanchak|Каланчак',
    ],
    programs: ['EU 2022/263'],
    partial: 'Only the areas not controlled by the Government of Ukraine are covered; check the exact location.',
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
