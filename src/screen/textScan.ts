import anyAscii from 'any-ascii';
import type { Screener, ScreeningMatch } from '../match/createScreener.js';
import type { EntitySchemaName } from '../model/entity.js';

/** Options of {@link createTextScanner}. */
export interface TextScanOptions {
  /**
   * Score a stretch of text must reach to count as a listed name (default 0.9): stricter than for a party's
   * name field, because free text is mostly ordinary words.
   */
  threshold?: number;
  /** Longest stretch of words tried as a name (default 6). */
  maxWords?: number;
}

/** A listed name found in a text: the words (with their offsets) and the match the screener made of them. */
export interface TextHit {
  readonly matchedText: string;
  readonly start: number;
  readonly end: number;
  readonly match: ScreeningMatch;
}

/** Scans texts for listed names; built once per screener, see {@link createTextScanner}. */
export interface TextScanner {
  scan(text: string): TextHit[];
}

interface Word {
  key: string;
  start: number;
  end: number;
}

// Vessel and aircraft names are ordinary words ("OCEAN", "SUNRISE"); in free text they would drown real hits.
const TEXT_SCHEMAS: ReadonlySet<EntitySchemaName> = new Set(['Person', 'Organization', 'Company', 'LegalEntity']);

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function words(text: string): Word[] {
  const found: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const key = anyAscii(m[0])
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    if (key !== '') found.push({ key, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/**
 * Builds a scanner that finds listed names in free text (remittance information, purpose, goods descriptions):
 * stretches of up to `maxWords` words that all occur in some listed name, at least one of them rare among the
 * listed names, are screened through the screener with the stricter `threshold`. "PAYMENT FOR WAGNER GROUP
 * SERVICES" is caught through "WAGNER GROUP"; "PAYMENT FOR SERVICES" screens nothing, since no word of it is rare.
 * Each entity is reported once, at its best-scoring stretch. Names written in another script than every listed
 * spelling are found only if the list carries a spelling in that script (the vocabulary check is by letters).
 *
 * @example
 * const scanner = createTextScanner(screener);
 * scanner.scan('PAYMENT FOR WAGNER GROUP SERVICES')[0]?.match.entity.id; // 'ofac-sdn:22543'
 */
export function createTextScanner(screener: Screener, options: TextScanOptions = {}): TextScanner {
  const threshold = options.threshold ?? 0.9;
  const maxWords = options.maxWords ?? 6;
  const frequency = new Map<string, number>();
  let counted = 0;
  for (const entity of screener.entities) {
    if (!TEXT_SCHEMAS.has(entity.schema)) continue;
    counted++;
    const keys = new Set(entity.names.flatMap((name) => words(name.full).map((w) => w.key)));
    for (const key of keys) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  }
  // A word carried by more than a small share of the listed parties ("company", "trading", "ali") cannot
  // point at one of them alone.
  const rareBelow = Math.max(10, Math.ceil(counted * 0.002));
  const isRare = (key: string) => key.length >= 3 && !/^\d+$/.test(key) && (frequency.get(key) ?? 0) <= rareBelow;

  function scan(text: string): TextHit[] {
    const tokens = words(text);
    const best = new Map<string, TextHit>();
    const tried = new Set<string>();
    for (let i = 0; i < tokens.length; i++) {
      let rare = false;
      for (let j = i; j < tokens.length && j - i < maxWords; j++) {
        const token = tokens[j]!;
        if (!frequency.has(token.key)) break;
        rare ||= isRare(token.key);
        if (!rare) continue;
        const start = tokens[i]!.start;
        const matchedText = text.slice(start, token.end);
        const query = tokens
          .slice(i, j + 1)
          .map((t) => t.key)
          .join(' ');
        if (tried.has(query)) continue;
        tried.add(query);
        for (const match of screener.screen({ name: matchedText, threshold, limit: 3 }).matches) {
          if (!match.match || match.score < threshold || !TEXT_SCHEMAS.has(match.entity.schema)) continue;
          const previous = best.get(match.entity.id);
          // On a tie the shorter stretch is the name: "WAGNER GROUP", not "FOR WAGNER GROUP".
          const shorter = previous !== undefined && token.end - start < previous.end - previous.start;
          if (!previous || match.score > previous.match.score || (match.score === previous.match.score && shorter)) {
            best.set(match.entity.id, { matchedText, start, end: token.end, match });
          }
        }
      }
    }
    return [...best.values()].sort((a, b) => b.match.score - a.match.score || a.start - b.start);
  }

  return { scan };
}
