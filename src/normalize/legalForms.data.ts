/**
 * A legal form (company type) with the ways it is written across languages and abbreviations. `compare` is the
 * form every variant is compared as; variants are written as in the lists (dots and case do not matter: "Ltd.
 * Şti." is read as the words LTD STI). Legal forms carry no identity ("LLC" says nothing about who), so
 * screening ignores them; they are recognised so that "OOO Romashka" and "Romashka LLC" are one name.
 */
export interface LegalForm {
  compare: string;
  variants: readonly string[];
  /**
   * Variants read as the legal form only as a name's last words: ŞTİ (şirketi, "company") follows LTD in Turkish and
   * opens no name, while STI HIGHLANDER, a listed tanker, is a name.
   */
  closing?: readonly string[];
}

/** Legal forms by family, as data (after OpenSanctions' org_types.yml: one compare form, many spellings). */
// biome-ignore format: a reviewed table reads best one entry a line
export const LEGAL_FORMS: readonly LegalForm[] = [
  {
    compare: 'llc',
    variants: [
      'llc', 'l l c', 'limited liability company', 'limited liability co', 'ltd liability company', 'ltd liability co',
      'limited liability', 'ltd liability', 'ooo', 'obshchestvo s ogranichennoy otvetstvennostyu',
      'obshestvo s ogranichennoi otvetstvennostiu', 'tov', 'tovarystvo z obmezhenoyu vidpovidalnistyu', 'too',
      'tovarishchestvo s ogranichennoy otvetstvennostyu', 'odo', 'obshchestvo s dopolnitelnoy otvetstvennostyu',
      'mchj', 'fz llc', 'fz-llc', 'l.l.c',
    ],
  },
  {
    compare: 'jsc',
    variants: [
      'jsc', 'joint stock company', 'joint-stock company', 'jointstock company', 'ao', 'aktsionernoe obshchestvo',
      'aktsionernoye obshchestvo', 'pao', 'pjsc', 'public joint stock company', 'publichnoe aktsionernoe obshchestvo',
      'oao', 'ojsc', 'open joint stock company', 'otkrytoe aktsionernoe obshchestvo', 'zao', 'cjsc',
      'closed joint stock company', 'zakrytoe aktsionernoe obshchestvo', 'nao', 'non-public joint stock company',
      'nepublichnoe aktsionernoe obshchestvo', 'at', 'pat', 'prat', 'aktsionerne tovarystvo', 'publichne aktsionerne tovarystvo',
      'private joint stock company', 'prjsc', 'aat', 'adkrytae aktsyyanernae tavarystva', 'zaat', 'zakrytae aktsyyanernae tavarystva',
      'open joint-stock company', 'closed joint-stock company', 'public joint-stock company', 'public ao', 'public jsc',
      'closed ao', 'closed jsc', 'open ao', 'open jsc', 'public stock company', 'joint stock',
    ],
  },
  { compare: 'ltd', variants: ['ltd', 'limited', 'limited company', 'ltd co', 'ltd sti', 'limited sirketi', 'ltd sirketi', 'ltd şti', 'ltd. şti.'], closing: ['sti'] },
  { compare: 'co ltd', variants: ['co ltd', 'company limited', 'co limited', 'company ltd', 'youxian gongsi', 'youxian zeren gongsi', 'gufen youxian gongsi', 'kabushiki kaisha', 'kk', 'yugen kaisha'] },
  { compare: 'as', variants: ['as', 'a s', 'anonim sirketi', 'anonim şirketi', 'a ş', 'aş', 'akciova spolecnost', 'aksjeselskap', 'aktieselskab', 'asa'] },
  { compare: 'gmbh', variants: ['gmbh', 'g m b h', 'gesellschaft mit beschrankter haftung', 'gesellschaft mit beschraenkter haftung', 'mbh'] },
  { compare: 'ag', variants: ['ag', 'aktiengesellschaft'] },
  { compare: 'kg', variants: ['kg', 'kommanditgesellschaft', 'gmbh co kg', 'gmbh und co kg', 'g m b h co kg', 'g m b h und co kg', 'co kg', 'ag co kg', 'kgaa', 'ohg'] },
  {
    compare: 'sa',
    variants: [
      'sa', 's a', 'c a', 'compania anonima', 'sociedad anonima', 'societe anonyme', 'sociedade anonima',
      'societa anonima', 'sa de cv', 's a de c v', 'sapi de cv', 'saoc', 'saog', 'sal', 's a l',
    ],
  },
  { compare: 'sarl', variants: ['sarl', 's a r l', 'sarlu', 'societe a responsabilite limitee', 'eurl', 'sprl', 'sas', 'sasu', 's a s'] },
  { compare: 'srl', variants: ['srl', 's r l', 'sociedad de responsabilidad limitada', 'societa a responsabilita limitata', 'sl', 's l', 'slu', 'ltda', 'lda', 's de rl', 's de r l', 's de rl de cv', 's p r de r l', 's de p r de r l', 's p r de r l de c v', 's p r de r i'] },
  { compare: 'spa', variants: ['spa', 's p a', 'societa per azioni'] },
  { compare: 'bv', variants: ['bv', 'b v', 'besloten vennootschap', 'nv', 'n v', 'naamloze vennootschap', 'bvba', 'vof'] },
  { compare: 'fze', variants: ['fze', 'f z e', 'free zone establishment', 'fzco', 'fzc', 'free zone company', 'fz co', 'dmcc', 'fzllc'] },
  { compare: 'inc', variants: ['inc', 'incorporated'] },
  { compare: 'corp', variants: ['corp', 'corporation'] },
  { compare: 'co', variants: ['co', 'company', 'cie', 'compagnie', 'compania', 'cia', 'companhia', 'kompaniya', 'sirketi', 'sherkat', 'sharikat', 'gongsi'] },
  { compare: 'plc', variants: ['plc', 'public limited company', 'public company limited', 'pcl', 'psc', 'public shareholding company', 'pjs'] },
  { compare: 'llp', variants: ['llp', 'limited liability partnership', 'lp', 'limited partnership'] },
  { compare: 'pte ltd', variants: ['pte ltd', 'pte', 'private limited', 'pvt ltd', 'pvt', 'private ltd', 'pty ltd', 'pty', 'proprietary limited'] },
  { compare: 'sdn bhd', variants: ['sdn bhd', 'bhd', 'berhad', 'sendirian berhad', 'tbk', 'pt'] },
  { compare: 'sp z o o', variants: ['sp z o o', 'spolka z ograniczona odpowiedzialnoscia', 'sro', 's r o', 'spol s r o', 'doo', 'd o o', 'kft', 'oy', 'ab', 'aps', 'eood', 'ood', 'ad', 'sia', 'uab', 'ou'] },
  {
    compare: 'unitary enterprise',
    variants: ['fgup', 'gup', 'mup', 'fkp', 'fgbu', 'federalnoe gosudarstvennoe unitarnoe predpriyatie', 'gosudarstvennoe unitarnoe predpriyatie', 'unitary enterprise', 'state unitary enterprise', 'federal state unitary enterprise', 'rup', 'respublikanskoe unitarnoe predpriyatie'],
  },
];
