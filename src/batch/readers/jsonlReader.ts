import { InputError } from '../../errors.js';
import type { CellValue } from '../columns/rowFromCells.js';
import { decodeText } from './decodeText.js';
import { openFileChunks, readHead } from './fileChunks.js';
import { sniffEncoding } from './sniffText.js';
import type { InputRecord, TabularInput } from './tabularInput.js';

/** How many leading records are read to learn the keys (the columns) of a JSON-lines file. */
const KEY_SEARCH_RECORDS = 1000;

/** One line of the file, parsed; `end` is the byte offset after it (for progress). */
type ParsedLine = ({ row: number; value: Record<string, unknown> } | { row: number; error: string }) & { end: number };

async function* jsonLines(file: string, text: AsyncIterable<string>, start: number): AsyncGenerator<ParsedLine> {
  let pending = '';
  let line = 0;
  let end = start;
  const parseLine = (raw: string): ParsedLine | undefined => {
    line++;
    end += Buffer.byteLength(raw, 'utf8') + 1;
    const trimmed = raw.trim();
    if (!trimmed) return undefined;
    try {
      const value: unknown = JSON.parse(trimmed);
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        return { row: line, value: value as Record<string, unknown>, end };
      }
      return { row: line, error: `line ${line} is not a JSON object (one object a line is expected)`, end };
    } catch (error) {
      return { row: line, error: `line ${line} is not valid JSON: ${(error as Error).message}`, end };
    }
  };
  for await (const chunk of text) {
    pending += chunk;
    let at = pending.indexOf('\n');
    while (at >= 0) {
      const parsed = parseLine(pending.slice(0, at));
      if (parsed) yield parsed;
      pending = pending.slice(at + 1);
      at = pending.indexOf('\n');
    }
  }
  const last = parseLine(pending);
  if (last) yield last;
  if (line === 0) throw new InputError(file, 'the file holds no JSON lines.', { code: 'E_FILE_EMPTY' });
}

const jsonCell = (value: unknown): CellValue => {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
};

/**
 * Opens a JSON-lines file (one object a line, as `.jsonl` / `.ndjson` exports write) for streaming. The keys
 * of the first objects are its columns; a line that is not a JSON object becomes an error record with its
 * line number.
 *
 * @throws InputError naming the file when it is missing or empty.
 */
export async function openJsonlInput(file: string): Promise<TabularInput> {
  const { progress, chunks } = await openFileChunks(file);
  const { head, complete } = await readHead(chunks, 1 << 16);
  const sniffed = sniffEncoding(head, complete);
  if (sniffed.encoding !== 'utf-8') {
    throw new InputError(file, 'JSON lines must be UTF-8 (RFC 8259); save the file as UTF-8.', { code: 'E_FORMAT' });
  }
  if (head.subarray(sniffed.bomLength).find((b) => b > 0x20) === 0x5b) {
    throw new InputError(file, 'is a JSON array; give one JSON object a line (JSON lines), e.g. with `jq -c ".[]"`.', {
      code: 'E_FORMAT',
    });
  }
  const lines = jsonLines(file, decodeText(file, head, chunks, sniffed, head.length), sniffed.bomLength);
  const buffered: ParsedLine[] = [];
  const keys = new Set<string>();
  let objects = 0;
  while (objects < KEY_SEARCH_RECORDS) {
    const next = await lines.next();
    if (next.done) break;
    buffered.push(next.value);
    if ('value' in next.value) {
      objects++;
      for (const k of Object.keys(next.value.value)) keys.add(k);
    }
  }
  const headers = [...keys];
  const toRecord = (parsed: ParsedLine): InputRecord => {
    progress.bytesRead = Math.min(progress.totalBytes, parsed.end);
    return 'error' in parsed
      ? { row: parsed.row, error: parsed.error }
      : { row: parsed.row, cells: headers.map((k) => jsonCell(parsed.value[k])) };
  };
  async function* records(): AsyncGenerator<InputRecord> {
    for (const parsed of buffered) yield toRecord(parsed);
    for await (const parsed of lines) yield toRecord(parsed);
  }
  return { file, format: 'jsonl', headers, records: records(), facts: { encoding: 'utf-8' }, progress };
}
