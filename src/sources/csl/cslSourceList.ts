import { CSL_SOURCE_LISTS } from './sourceLists.data.js';

/** The CSL source list of a record: its short code and the `source` text as published. */
export interface CslSourceListRef {
  /** The CSL API code (`SDN`, `EL`, `DPL`, …), or the text in the source's parentheses for a list not in the table. */
  code: string;
  /** The `source` value as the file gives it. */
  source: string;
  /** False when the source is not in {@link CSL_SOURCE_LISTS} (a list trade.gov added later). */
  known: boolean;
}

const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
const bySource = new Map(CSL_SOURCE_LISTS.map((list) => [fold(list.source), list]));
const byCode = new Map(CSL_SOURCE_LISTS.map((list) => [fold(list.code), list]));

/**
 * Identifies which of the CSL's lists a record's `source` names ("Entity List (EL) - Bureau of Industry and
 * Security" → `EL`). Accepts the API's short codes too. Use it to label every CSL entity with its list.
 */
export function cslSourceList(source: string): CslSourceListRef {
  const text = source.replace(/\s+/g, ' ').trim();
  const known = bySource.get(fold(text)) ?? byCode.get(fold(text));
  if (known) return { code: known.code, source: known.source, known: true };
  // An unlisted source: its own abbreviation in parentheses is the best code there is ("Foo List (FL) - …").
  const abbreviation = /\(([^()]+)\)/.exec(text)?.[1]?.trim();
  return { code: abbreviation ?? text, source: text, known: false };
}
