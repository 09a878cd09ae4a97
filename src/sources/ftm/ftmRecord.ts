import { ListLoadError } from '../../errors.js';
import { isJsonObject, stopsEarly } from '../shared/parseJsonText.js';

/** One FollowTheMoney entity as a JSON line gives it, with the line it was read from. */
export interface FtmRecord {
  id: string;
  schema: string;
  caption?: string;
  /** FtM properties: every value is a list of strings. */
  properties: Record<string, string[]>;
  datasets: string[];
  /** Ids this entity was merged from (e.g. `ofac-32733`); references to them resolve to this entity. */
  referents: string[];
  target?: boolean;
  firstSeen?: string;
  lastSeen?: string;
  lastChange?: string;
  line: number;
}

/** A line that could not be read as an FtM entity. */
export interface FtmBadLine {
  line: number;
  reason: string;
  /** The record's id, when the line got far enough to have one. */
  id?: string;
}

/** The FtM entities of a JSON-lines file, the lines that were not entities, and the count of non-empty lines. */
export interface FtmLines {
  records: FtmRecord[];
  bad: FtmBadLine[];
  rows: number;
  /**
   * The line of a record the file stops inside: its last line, not closed by a line break, whose JSON ends early
   * (see stopsEarly). That line is also in {@link bad}.
   */
  truncatedAtLine?: number;
}

const strings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value])
    .map((v) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : ''))
    .filter((v) => v !== '');

function toRecord(value: unknown, line: number): FtmRecord | string {
  if (!isJsonObject(value)) return 'not a JSON object';
  const id = strings(value.id)[0];
  const schema = strings(value.schema)[0];
  if (!id) return 'no "id"';
  if (!schema) return 'no "schema"';
  if (!isJsonObject(value.properties)) return 'no "properties" object';
  const properties: Record<string, string[]> = {};
  for (const [key, raw] of Object.entries(value.properties)) {
    const values = strings(raw);
    if (values.length > 0) properties[key] = values;
  }
  const record: FtmRecord = {
    id,
    schema,
    properties,
    datasets: strings(value.datasets),
    referents: strings(value.referents),
    line,
  };
  const caption = strings(value.caption)[0];
  if (caption) record.caption = caption;
  if (typeof value.target === 'boolean') record.target = value.target;
  const stamp = (key: string) => strings(value[key])[0];
  const firstSeen = stamp('first_seen');
  const lastSeen = stamp('last_seen');
  const lastChange = stamp('last_change');
  if (firstSeen) record.firstSeen = firstSeen;
  if (lastSeen) record.lastSeen = lastSeen;
  if (lastChange) record.lastChange = lastChange;
  return record;
}

/**
 * Reads FollowTheMoney JSON lines (one entity object per line, as OpenSanctions exports `entities.ftm.json`).
 * A bad line later in the file is returned in `bad` so the loader can report it; a file whose first line is not
 * an FtM entity is not FtM JSON lines at all, unless that line is the one the file stops inside
 * (`truncatedAtLine`, for the loader to refuse as a cut-short download).
 *
 * @throws ListLoadError `E_FORMAT` when the first non-empty line is not an FtM entity object.
 */
export function readFtmLines(file: string, text: string): FtmLines {
  const result: FtmLines = { records: [], bad: [], rows: 0 };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const content = (lines[i] ?? '').trim();
    if (content === '') continue;
    result.rows++;
    let parsed: unknown;
    let reason: string | undefined;
    try {
      parsed = JSON.parse(content);
    } catch (error) {
      reason = `invalid JSON (${error instanceof Error ? error.message : String(error)})`;
      // The text after the last line break, cut inside its record: a download that stopped.
      if (i === lines.length - 1 && stopsEarly(content, error)) result.truncatedAtLine = i + 1;
    }
    const record = reason === undefined ? toRecord(parsed, i + 1) : reason;
    if (typeof record !== 'string') {
      result.records.push(record);
      continue;
    }
    if (result.rows === 1 && result.truncatedAtLine === undefined) {
      throw new ListLoadError(
        'E_FORMAT',
        file,
        `not a FollowTheMoney JSON-lines file: line ${i + 1} is not an entity object with "id", "schema" and "properties" (${record}).`,
        { line: i + 1 },
      );
    }
    const id = isJsonObject(parsed) ? strings(parsed.id)[0] : /"id"\s*:\s*"([^"]+)"/.exec(content)?.[1];
    result.bad.push({ line: i + 1, reason: record, ...(id ? { id } : {}) });
  }
  return result;
}
