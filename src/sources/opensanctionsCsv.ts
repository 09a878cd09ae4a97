import { ListLoadError } from '../errors.js';
import { makeAddress } from '../model/address.js';
import { toCountryCode } from '../model/country.js';
import type { EntityInput, EntitySchemaName, SourceRef } from '../model/entity.js';
import type { Identifier } from '../model/identifier.js';
import { makeName } from '../model/name.js';
import { type PartialDate, parsePartialDate } from '../model/partialDate.js';
import type { ListLoader, LoadOptions } from './loaderTypes.js';
import {
  SIMPLE_CSV_COLUMNS,
  SIMPLE_CSV_IDENTIFIER_PATTERNS,
  SIMPLE_CSV_SCHEMA_WORDS,
  type SimpleCsvColumn,
} from './opensanctions/simpleCsv.data.js';
import { splitSimpleCsvCell } from './opensanctions/simpleCsvCells.js';
import {
  type CsvRecord,
  columnIndex,
  dataRows,
  parseCsvRecords,
  truncatedCsvError,
  warnOpenEnd,
} from './shared/csvRecords.js';
import { decodeListText } from './shared/listInput.js';
import { LoadCollector, type RecordLocation } from './shared/loadCollector.js';

const FORMAT_NAME = 'OpenSanctions simple CSV or watchlist CSV';

type Columns = Map<SimpleCsvColumn, number>;
const fold = (s: string) =>
  s
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** Each known column's position (first synonym present), and the header cells no known column claims. */
function resolveColumns(header: readonly string[]): { columns: Columns; extra: Array<[string, number]> } {
  const position = new Map(header.map((h, i) => [fold(h), i] as const).reverse());
  const columns: Columns = new Map();
  for (const [column, synonyms] of Object.entries(SIMPLE_CSV_COLUMNS) as Array<[SimpleCsvColumn, readonly string[]]>) {
    const found = synonyms.map((s) => position.get(s)).find((i) => i !== undefined);
    if (found !== undefined) columns.set(column, found);
  }
  const claimed = new Set(columns.values());
  const extra = header.flatMap(
    (h, i): Array<[string, number]> => (claimed.has(i) || h.trim() === '' ? [] : [[h.trim(), i]]),
  );
  return { columns, extra };
}

/**
 * The list's identity: an OpenSanctions export (it has `dataset` / `last_change` columns) is `opensanctions`,
 * named after its dataset and dated by its latest `last_seen`; anything else is a team's own `watchlist`.
 */
function defaultSource(file: string, columns: Columns, rows: readonly CsvRecord[]): SourceRef {
  const cell = (row: CsvRecord, column: SimpleCsvColumn) => {
    const i = columns.get(column);
    return i === undefined ? '' : (row.fields[i] ?? '').trim();
  };
  if (!columns.has('dataset') && !columns.has('last_change')) {
    return { list: 'watchlist', name: `Watchlist ${file.split(/[\\/]/).pop() ?? file}` };
  }
  const datasets = new Set(rows.map((r) => cell(r, 'dataset')).filter(Boolean));
  const only = datasets.size === 1 ? [...datasets][0] : undefined;
  const source: SourceRef = { list: 'opensanctions', name: only ? `OpenSanctions: ${only}` : 'OpenSanctions' };
  // The calendar day as written, not converted through the reader's time zone.
  const days = rows
    .map((r) => /^\d{4}-\d{2}-\d{2}/.exec(cell(r, 'last_seen'))?.[0])
    .filter((d): d is string => !!d && !!parsePartialDate(d))
    .sort();
  const latest = days[days.length - 1];
  if (latest) source.publishedAt = latest;
  return source;
}

interface RowWarning {
  code: string;
  message: string;
  field: string;
}

function identifier(value: string): Identifier {
  for (const [pattern, type, label] of SIMPLE_CSV_IDENTIFIER_PATTERNS)
    if (pattern.test(value)) return { type, value, label };
  return { type: 'other', value, label: 'identifier' };
}

function rowEntity(
  row: CsvRecord,
  columns: Columns,
  extra: ReadonlyArray<[string, number]>,
  source: SourceRef,
): { entity: EntityInput; warnings: RowWarning[] } {
  const warnings: RowWarning[] = [];
  const text = (column: SimpleCsvColumn) => {
    const i = columns.get(column);
    return i === undefined ? '' : (row.fields[i] ?? '').trim();
  };
  const values = (column: SimpleCsvColumn) => splitSimpleCsvCell(text(column));
  const properties: Record<string, string[]> = {};
  const keep = (key: string, list: readonly string[]) => {
    if (list.length > 0) properties[key] = [...(properties[key] ?? []), ...list];
  };
  const schemaText = text('schema');
  let schema: EntitySchemaName = 'LegalEntity';
  if (schemaText) {
    const known = SIMPLE_CSV_SCHEMA_WORDS[schemaText.toLowerCase().replace(/[\s_-]/g, '')];
    if (known) schema = known;
    else
      warnings.push({
        code: 'UNKNOWN_SCHEMA',
        field: 'schema',
        message: `schema "${schemaText}" is not a party type; loaded as LegalEntity`,
      });
  }
  const birthDates: PartialDate[] = [];
  for (const value of values('birth_date')) {
    const date = parsePartialDate(value);
    if (date) birthDates.push(date);
    else {
      keep('birthDateText', [value]);
      warnings.push({ code: 'UNPARSED_DATE', field: 'birth_date', message: `"${value}" is not a date; kept as text` });
    }
  }
  const countries: string[] = [];
  for (const value of values('countries')) {
    const code = toCountryCode(value);
    if (code) countries.push(code);
    else {
      keep('countryText', [value]);
      warnings.push({
        code: 'UNKNOWN_COUNTRY',
        field: 'countries',
        message: `"${value}" is not a known country; kept as text`,
      });
    }
  }
  keep('phone', values('phones'));
  keep('email', values('emails'));
  keep('datasets', values('dataset'));
  keep('firstSeen', values('first_seen'));
  keep('lastSeen', values('last_seen'));
  keep('lastChange', values('last_change'));
  for (const [header, i] of extra) keep(header, splitSimpleCsvCell(row.fields[i] ?? ''));
  const id = text('id');
  const sourceId = id || String(row.line);
  const name = text('name');
  const entity: EntityInput = {
    id: `${source.list}:${sourceId}`,
    sourceId,
    source,
    schema,
    names: [...(name ? [makeName(name, 'primary')] : []), ...values('aliases').map((a) => makeName(a, 'alias'))],
    birthDates,
    countries: [...new Set(countries)],
    addresses: values('addresses').flatMap((full) => makeAddress({ full }) ?? []),
    identifiers: values('identifiers').map(identifier),
    programs: [...new Set(values('program_ids'))],
    remarks: values('sanctions'),
    properties,
  };
  return { entity, warnings };
}

/**
 * Loader for the OpenSanctions "simple CSV" (`targets.simple.csv`: id, schema, name, aliases, birth_date,
 * countries, addresses, identifiers, sanctions, phones, emails, program_ids, dataset, …; multi-values joined with
 * ";"), which is also the format for a team's own watchlist CSV: only `name` is required, a row without an `id`
 * gets its line number, a row without a `schema` is a LegalEntity, and unknown columns are kept as properties.
 */
export const opensanctionsCsvLoader: ListLoader = {
  format: 'opensanctions-csv',
  description: 'OpenSanctions simple CSV (targets.simple.csv), or any CSV watchlist with a "name" column',
  sniff(head) {
    const header = head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
    return header.split(',').some((cell) => fold(cell.replace(/"/g, '')) === 'name');
  },
  async parse(input, options: LoadOptions = {}) {
    const { file } = input;
    const { text } = decodeListText(input);
    const parsed = parseCsvRecords(file, text);
    const header = parsed.records[0];
    if (!header) throw new ListLoadError('E_FORMAT', file, `not a ${FORMAT_NAME} file: no header row`);
    columnIndex(file, header.fields, ['name'], FORMAT_NAME);
    const { rows, truncatedAtLine, openEnd } = dataRows(text, parsed, 0);
    if (truncatedAtLine !== undefined && !options.allowTruncated) {
      throw truncatedCsvError(file, truncatedAtLine, 'record');
    }
    const { columns, extra } = resolveColumns(header.fields);
    const source = { ...defaultSource(file, columns, rows), ...options.source };
    const collector = new LoadCollector('opensanctions-csv', source, [file]);
    if (extra.length > 0) {
      collector.info(
        { file, line: 1 },
        'EXTRA_COLUMNS',
        `columns ${extra.map(([h]) => h).join(', ')} are not part of the format; kept as properties`,
      );
    }
    for (const row of rows) {
      const where: RecordLocation = { file, line: row.line };
      if (row.fields.every((f) => f.trim() === '')) {
        collector.info(where, 'BLANK_ROW', `line ${row.line} has no values; skipped, not a record`);
        continue;
      }
      if (row.fields.slice(header.fields.length).some((f) => f.trim() !== '')) {
        collector.reject(
          where,
          'CSV_ROW_WIDTH',
          `record not loaded: it has ${row.fields.length} fields where the header has ${header.fields.length}`,
        );
        continue;
      }
      const { entity, warnings } = rowEntity(row, columns, extra, source);
      where.record = entity.sourceId;
      if (row.line === openEnd?.line) warnOpenEnd(collector, file, openEnd, entity.sourceId);
      if (!collector.add(entity, where)) continue;
      for (const w of warnings) collector.warn(where, w.code, w.message, w.field);
      // Loaded, since some writers leave out a row's empty last fields; said, since a row that lost its
      // identifiers or sanctions in a damaged file reads the same way.
      if (row.fields.length < header.fields.length) {
        const missing = header.fields.slice(row.fields.length).join(', ');
        collector.warn(
          where,
          'CSV_ROW_WIDTH',
          `it has ${row.fields.length} fields where the header has ${header.fields.length}; ${missing} read as empty`,
        );
      }
    }
    if (truncatedAtLine !== undefined) {
      collector.reject(
        { file, line: truncatedAtLine },
        'TRUNCATED_RECORD',
        `record not loaded: the file ends inside it (line ${truncatedAtLine})`,
      );
    }
    return collector.result();
  },
};
