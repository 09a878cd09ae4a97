/**
 * Sanctions programs that target Russia or Belarus, as each loader writes them to `programs`. Russia's war on Ukraine is
 * sanctioned under programs named after Ukraine too (OFAC E.O. 13660–13662, the EU's 269/2014 regime "UKR", Canada's
 * and Australia's Ukraine regulations), so those count as Russia programs here. Review when a list adds a program.
 */
export const RUSSIA_BELARUS_PROGRAMS: readonly RegExp[] = [
  // OFAC SDN tags: RUSSIA-EO14024 and the other Russia orders, BELARUS and BELARUS-EO14038, E.O. 13660–13662, CAATSA.
  /^RUSSIA-EO\d+$/i,
  /^BELARUS(?:-EO\d+)?$/i,
  /^UKRAINE-EO1366[0-2]$/i,
  /^CAATSA - RUSSIA$/i,
  // UK (OFSI ConList and FCDO list): the regime names.
  /^Russia$/i,
  /^Belarus$/i,
  // Canada SEMA (src/sources/canada): CA-SEMA-<regime>; the Ukraine regulations list Russian officials and firms.
  /^CA-SEMA-(?:RUSSIA|BELARUS|UKRAINE)$/i,
  // Australia DFAT committees: "Autonomous (Russia)" and "Autonomous (Ukraine)", where Wagner (7209) is listed.
  /^Autonomous \((?:Russia|Belarus|Ukraine)\)$/i,
  // EU FSF programme codes: UKR (Regulation 269/2014), RUS (2024/2642, destabilising activities), BLR (765/2006).
  /^(?:UKR|RUS|BLR)$/,
  // OpenSanctions program ids seen in its exports: GB-RUS, EU-UKR, AU-RUSSIA, US-RUSHAR (E.O. 14024), US-UKRRUS-REL,
  // NZ-RSA2022 (New Zealand's Russia Sanctions Act), SECO-UKRAINE (Switzerland's Ukraine ordinance).
  /^[A-Z]{2,4}-(?:RUS|RUSSIA|BLR|BELARUS|UKR)$/,
  /^(?:US-RUSHAR|US-UKRRUS-REL|NZ-RSA2022|SECO-UKRAINE)$/,
];

/**
 * The Wagner Group as the seed lists record it: OFAC SDN uid 22543, and any organisation whose name says Wagner
 * (Latin or Russian spelling, in any case ending: "Группа Вагнера" folds to "gruppa vagnera").
 */
export const WAGNER_ANCHORS = {
  ids: ['ofac-sdn:22543'],
  name: /\b[vw]agner(?:a|u|om|e)?\b/,
} as const;

/**
 * Destinations where dual-use goods go to review under the shipped dual-use rule besides every comprehensively
 * sanctioned country or region (Iran, North Korea, Cuba, the occupied regions of Ukraine, as the jurisdictions table
 * rates them on the transaction's date): Russia and Belarus, under heightened sanctions, whose export bans on dual-use
 * goods (EU Regulations 833/2014 and 765/2006, US EAR part 746) make them destinations to check.
 */
export const DUAL_USE_DESTINATIONS: readonly string[] = ['RU', 'BY'];
