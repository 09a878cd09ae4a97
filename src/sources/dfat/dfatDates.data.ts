// DFAT's ways of writing dates of birth, as seen in regulation8_consolidated.xlsx (Nov 2024), and how to read
// each. Reviewed as data: a new spelling is a new row, never an `if` in dfatDates.ts.

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';

/**
 * What separates several dates in one Date of Birth cell: "1987;1988;1991", "01/10/1983,15/10/1983", "1965 or
 * 1966", "14 Mar 1974 >> 13 Apr 1974", and "11/10/1953  10/11/1953" (a run of spaces between two dates).
 */
export const BIRTH_DATE_SEPARATORS = /\s*(?:[;,]|>>|\bor\b)\s*|(?<=\d)\s{2,}(?=\d)/i;

/**
 * Rewrites applied to a whole Date of Birth cell before it is split into dates. Each turns a DFAT spelling into
 * one parsePartialDate reads without changing what the text says; add a row for a new spelling.
 */
export const BIRTH_DATE_SPELLINGS_BEFORE_SPLIT: ReadonlyArray<readonly [RegExp, string]> = [
  // "March 16, 1972" and "August, 1961": commas that belong to the date, not between dates.
  [new RegExp(`\\b(${MONTH})\\.? (\\d{1,2}), (\\d{4})\\b`, 'gi'), '$2 $1 $3'],
  [new RegExp(`\\b(${MONTH}), (\\d{4})\\b`, 'gi'), '$1 $2'],
];

/** Rewrites applied to each date of a Date of Birth cell, in order; see {@link BIRTH_DATE_SPELLINGS_BEFORE_SPLIT}. */
export const BIRTH_DATE_SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  // "(Aug. 1961)": a date in brackets.
  [/^\((.*)\)$/, '$1'],
  // "alt DOB: 1962", "alt born 5 Feb. 1969", "born 5 Feb. 1969": DFAT's labels for an alternative date.
  [/^(?:alt\.?\s*)?(?:DOB|born)\s*:?\s*|^alt\.?\s+/i, ''],
  // "1 Nov. 1975", "15 June. 1976", "24 Jan.1973", "21. Jul 1997": full stops after months and days.
  [new RegExp(`\\b(${MONTH})\\.\\s*`, 'gi'), '$1 '],
  [/\b(\d{1,2})\.\s+(?=[a-z])/gi, '$1 '],
  [/\bSept\b/gi, 'Sep'],
  // "1940-1941", "Approximately 1955- 1958", "approximately 1977/1978": two years written as a range.
  [/\b(\d{4})\s*(?:[-–/])\s*(\d{4})\b/g, '$1 to $2'],
  // "09/11/ 1954": stray spaces inside a numeric date.
  [/\s*\/\s*/g, '/'],
  [/\s+/g, ' '],
];
