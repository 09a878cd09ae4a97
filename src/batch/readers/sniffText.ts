/** The text encodings an input file is read in. */
export type InputEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The encoding found at the head of a file, and how many bytes of byte-order mark to skip. */
export interface SniffedEncoding {
  encoding: InputEncoding;
  bomLength: number;
}

/**
 * Finds the encoding of a text file from its first bytes: a UTF-8 or UTF-16 byte-order mark; else UTF-8 when
 * the bytes are valid UTF-8; else Windows-1252 (the superset of Latin-1 that Excel on Windows saves "CSV" in).
 * Pass `complete` when the head is the whole file, so a multi-byte character cut at the end of the head is
 * not mistaken for invalid UTF-8.
 */
export function sniffEncoding(head: Uint8Array, complete: boolean): SniffedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !complete });
    return { encoding: 'utf-8', bomLength: 0 };
  } catch {
    return { encoding: 'windows-1252', bomLength: 0 };
  }
}

/** The delimiters a CSV may use, in order of preference when the evidence is even. */
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;

/** See {@link CSV_DELIMITERS}. */
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** Counts each candidate delimiter outside quotes, line by line, over the first `maxLines` lines. */
function delimiterCounts(text: string, maxLines: number): Array<Record<CsvDelimiter, number>> {
  const lines: Array<Record<CsvDelimiter, number>> = [];
  let counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0, '|': 0 };
  let inQuotes = false;
  let blank = true;
  for (let i = 0; i < text.length && lines.length < maxLines; i++) {
    const c = text[i]!;
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (!blank) lines.push(counts);
      counts = { ',': 0, ';': 0, '\t': 0, '|': 0 };
      blank = true;
      continue;
    } else if (!inQuotes && c in counts) counts[c as CsvDelimiter]++;
    if (c !== ' ') blank = false;
  }
  if (!blank && lines.length < maxLines) lines.push(counts);
  return lines;
}

/**
 * Detects a CSV's delimiter (comma, semicolon, tab or pipe) from the head of its text: the candidate that
 * appears in the header line and the same number of times on most following lines. Excel writes `;` where the
 * decimal separator is a comma (most of Europe), "Unicode text" exports use tabs. A file with one column and
 * no delimiter at all reads as comma-separated.
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  const lines = delimiterCounts(text, 50);
  const header = lines[0];
  if (!header) return ',';
  let best: CsvDelimiter = ',';
  let bestScore = -1;
  for (const d of CSV_DELIMITERS) {
    const columns = header[d];
    if (columns === 0) continue;
    const rest = lines.slice(1);
    const consistent = rest.length === 0 ? 1 : rest.filter((l) => l[d] === columns).length / rest.length;
    // Consistency first (a comma inside unquoted names is noise), then the number of columns it makes.
    const score = consistent * 1000 + Math.min(columns, 999);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}
