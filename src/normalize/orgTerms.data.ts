/**
 * A generic organisation word: it says what kind of business a party is, not which one ("GROUP",
 * "INTERNATIONAL", "TICARET"). Such words weigh little in a match, so that "WAGNER SPRAY TECH" and "WAGNER GROUP"
 * are told apart by their distinctive words, and a shared "TRADING" never raises an alert. `compare` merges
 * translations and abbreviations (CHVK, PMC, PRIVATE MILITARY COMPANY).
 */
export interface OrgTerm {
  compare: string;
  variants: readonly string[];
}

/** Organisation-type terms that stand for one concept across languages (phrases and abbreviations). */
// biome-ignore format: a reviewed table reads best one entry a line
export const ORG_TERM_GROUPS: readonly OrgTerm[] = [
  { compare: 'pmc', variants: ['pmc', 'private military company', 'chvk', 'chastnaya voennaya kompaniya', 'private military contractor'] },
  { compare: 'group', variants: ['group', 'gruppa', 'groupe', 'grupo', 'grup', 'grubu', 'gruppe', 'jituan'] },
  { compare: 'international', variants: ['international', 'intl', 'int l', 'internacional', 'internationale', 'uluslararasi', 'mezhdunarodnaya', 'mezhdunarodny', 'guoji', 'beynolmelal'] },
  { compare: 'trading', variants: ['trading', 'trade', 'traders', 'ticaret', 'tic', 'ti', 'torgovy', 'torgovyi', 'torgovaya', 'tejarat', 'tijara', 'tijarah', 'maoyi', 'handel', 'handels', 'commerce', 'commercial', 'comercio', 'bazargani'] },
  { compare: 'trading house', variants: ['trading house', 'torgovy dom', 'torgovyi dom', 'td'] },
  { compare: 'foreign trade', variants: ['foreign trade', 'dis ticaret', 'vneshneekonomicheskoe', 'vneshnetorgovaya'] },
  { compare: 'industry', variants: ['industry', 'industries', 'industrial', 'sanayi', 'sanayii', 'industria', 'industrias', 'industrie', 'promyshlenny', 'promyshlennaya', 'sanat', 'sanaye', 'shiye'] },
  { compare: 'technology', variants: ['technology', 'technologies', 'tech', 'teknoloji', 'teknolojileri', 'tekn', 'tekhnologii', 'tekhnologiya', 'keji', 'technik', 'technique', 'tecnologia'] },
  { compare: 'information', variants: ['information', 'bilgi', 'informatsionnye', 'informatika'] },
  { compare: 'services', variants: ['services', 'service', 'hizmetleri', 'hizmet', 'uslugi', 'servicios', 'khadamat'] },
  { compare: 'logistics', variants: ['logistics', 'logistic', 'lojistik', 'logistika', 'wuliu'] },
  { compare: 'construction', variants: ['construction', 'insaat', 'stroitelnaya', 'stroy', 'construcciones', 'sakhtemani'] },
  { compare: 'consulting', variants: ['consulting', 'consultancy', 'danismanlik', 'konsalting'] },
  { compare: 'engineering', variants: ['engineering', 'muhendislik', 'inzhiniring', 'mohandesi'] },
  { compare: 'holding', variants: ['holding', 'holdings', 'holdingi'] },
  { compare: 'enterprise', variants: ['enterprise', 'enterprises', 'predpriyatie', 'empresa', 'entreprise', 'firma', 'firm'] },
  { compare: 'investment', variants: ['investment', 'investments', 'yatirim', 'invest', 'investitsii', 'sarmayeh', 'sarmaye'] },
  { compare: 'import export', variants: ['import export', 'import', 'export', 'ithalat', 'ihracat', 'imports', 'exports', 'impex', 'imex'] },
  { compare: 'shipping', variants: ['shipping', 'maritime', 'marine', 'denizcilik', 'navigation', 'tanker', 'tankers', 'lines', 'line', 'seaways', 'kashtiranie'] },
  { compare: 'aviation', variants: ['aviation', 'airlines', 'airline', 'air', 'airways', 'havacilik', 'aviakompaniya', 'avia', 'aero'] },
  { compare: 'energy', variants: ['energy', 'enerji', 'energiya', 'energia', 'power', 'petroleum', 'petrol', 'oil', 'gas', 'neft', 'naft', 'petrochemical'] },
  { compare: 'bank', variants: ['bank', 'banka', 'bankasi', 'banco', 'banque', 'yinhang'] },
  { compare: 'general', variants: ['general', 'genel', 'generale', 'obshchiy'] },
  { compare: 'center', variants: ['center', 'centre', 'tsentr', 'merkezi', 'markaz', 'zhongxin'] },
  { compare: 'plant', variants: ['plant', 'factory', 'works', 'zavod', 'kombinat', 'fabrika', 'karkhaneh', 'gongchang'] },
  { compare: 'research', variants: ['research', 'scientific', 'nauchno', 'nauchny', 'issledovatelsky', 'institute', 'institut', 'arastirma'] },
  { compare: 'production', variants: ['production', 'proizvodstvennoe', 'proizvodstvennaya', 'uretim', 'manufacturing', 'manufacture'] },
  { compare: 'development', variants: ['development', 'gelistirme', 'razvitiya'] },
  { compare: 'security', variants: ['security', 'guvenlik', 'okhrana', 'bezopasnost'] },
  { compare: 'systems', variants: ['systems', 'system', 'sistemleri', 'sistemy', 'solutions', 'cozumleri'] },
  { compare: 'electronics', variants: ['electronics', 'electronic', 'elektronik', 'elektronika', 'electric', 'electrical', 'elektrik', 'dianzi'] },
  { compare: 'equipment', variants: ['equipment', 'machinery', 'makina', 'ekipman', 'oborudovanie', 'heavy equipment'] },
  { compare: 'defense', variants: ['defense', 'defence', 'savunma', 'oboronny', 'defa'] },
  { compare: 'transport', variants: ['transport', 'transportation', 'tasimacilik', 'nakliyat', 'transportnaya'] },
  { compare: 'products', variants: ['products', 'product', 'urunleri', 'goods'] },
  { compare: 'management', variants: ['management', 'yonetim', 'upravlenie', 'upravlyayushchaya'] },
  { compare: 'union', variants: ['union', 'association', 'soyuz', 'obedinenie', 'birlik', 'federation'] },
  { compare: 'global', variants: ['global', 'worldwide', 'world'] },
  { compare: 'public', variants: ['public', 'open', 'closed', 'publichnoe', 'otkrytoe', 'zakrytoe'] },
  { compare: 'national', variants: ['national', 'milli', 'natsionalny', 'melli'] },
  { compare: 'agency', variants: ['agency', 'office', 'bureau', 'ofisi', 'byuro', 'agentstvo', 'department', 'directorate', 'ministry', 'committee', 'authority'] },
  { compare: 'foundation', variants: ['foundation', 'fund', 'vakfi', 'fond', 'bonyad', 'trust', 'charity', 'charitable', 'organization', 'organisation', 'society'] },
  { compare: 'chemicals', variants: ['chemicals', 'chemical', 'kimya', 'khimicheskiy'] },
  { compare: 'metals', variants: ['metals', 'metal', 'metallurgical', 'metalurji', 'steel', 'celik', 'mining', 'madencilik'] },
  { compare: 'exchange', variants: ['exchange', 'money exchange', 'sarrafi', 'doviz'] },
  { compare: 'and partners', variants: ['partners', 'associates', 'brothers', 'bros', 'sons'] },
];
