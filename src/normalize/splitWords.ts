const APOSTROPHES = /['’‘`ʼ´ʻ]/g;
const SEPARATORS = /[^a-z0-9]+/;

/**
 * The words of a romanized name, lower case: apostrophes inside a word are dropped (O'BRIEN → obrien,
 * ‘Abd → abd), every other non-alphanumeric character separates words (hyphens, dots, quotes, slashes).
 */
export function splitWords(ascii: string): string[] {
  return ascii
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .split(SEPARATORS)
    .filter((w) => w !== '');
}
