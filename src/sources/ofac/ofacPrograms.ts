// The legacy CSV packs several programs into one quoted field as "TCO] [UKRAINE-EO13660] [CAR": the list's own
// brackets around the whole field were stripped, leaving the inner "] [" separators.
const SEPARATOR = /\]\s*\[/;
const BRACKETS = /^\[|\]$/g;

/**
 * Splits the Program field of an OFAC legacy CSV row ("TCO] [UKRAINE-EO13660] [CAR] [RUSSIA-EO14024") into program
 * codes (`['TCO', 'UKRAINE-EO13660', 'CAR', 'RUSSIA-EO14024']`), dropping empties and repeats. Use it for sdn.csv
 * and cons_prim.csv rows; the XML lists give one program per element.
 */
export function splitOfacPrograms(field: string): string[] {
  const codes = field
    .split(SEPARATOR)
    .map((code) => code.replace(BRACKETS, '').trim())
    .filter((code) => code !== '' && code !== '-0-');
  return [...new Set(codes)];
}
