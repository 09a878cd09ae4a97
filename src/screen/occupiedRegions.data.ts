import type { JurisdictionRecord } from './jurisdictions.data.js';

/**
 * The occupied regions of Ukraine under regional embargoes, with the day each embargo began (`since`): Crimea and
 * Sevastopol (US E.O. 13685 of 19 December 2014; EU Regulation 692/2014, extended by Regulation 1351/2014 of
 * 18 December 2014), the so-called DNR and LNR (US E.O. 14065 of 21 February 2022; EU Regulation 2022/263), and the
 * non-government controlled areas of the Zaporizhzhia and Kherson oblasts (EU Regulation 2022/1903 of
 * 6 October 2022). Reviewed data: update it when a program changes.
 */
export const OCCUPIED_REGIONS: readonly JurisdictionRecord[] = [
  // Crimea: US EO 13685 of 19 December 2014 (SDN tag UKRAINE-EO13685); EU Council Regulation (EU) No 692/2014
  // ("Crimea or Sevastopol").
  {
    code: 'UA-43',
    name: 'Crimea',
    level: 'regional-comprehensive',
    since: '2014-12-19',
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
    since: '2014-12-19',
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
    since: '2022-02-21',
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
    since: '2022-02-21',
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
    since: '2022-10-06',
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
    since: '2022-10-06',
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
];
