import { ListLoadError } from '../errors.js';
import type { SourceRef } from '../model/entity.js';
import type { CslRecord } from './csl/cslRecord.js';
import { parseCslIdText, splitCslValues } from './csl/cslText.js';
import { loadCslRecords } from './csl/loadCslRecords.js';
import type { ListLoader, LoadOptions } from './loaderTypes.js';
import {
  type CsvRecord,
  columnIndex,
  dataRows,
  field,
  parseCsvRecords,
  truncatedCsvError,
  warnOpenEnd,
} from './shared/csvRecords.js';
import { decodeListText } from './shared/listInput.js';

const FORMAT_NAME = 'trade.gov Consolidated Screening List CSV';
const REQUIRED_COLUMNS = ['_id', 'source', 'type', 'name', 'alt_names'] as const;

/** The list the CSL loaders fill unless `options.source` says otherwise. */
export const CSL_SOURCE: SourceRef = { list: 'us-csl', name: 'US Consolidated Screening List (trade.gov)' };

function cslRecordFromCsv(record: CsvRecord, columns: Map<string, number>): CslRecord {
  const text = (name: string) => field(record, columns, name);
  const list = (name: string) => splitCslValues(text(name));
  return {
    id: text('_id'),
    entityNumber: text('entity_number'),
    source: text('source'),
    type: text('type'),
    programs: list('programs'),
    name: text('name'),
    title: text('title'),
    addresses: list('addresses').map((full) => ({ full })),
    federalRegisterNotice: text('federal_register_notice'),
    startDate: text('start_date'),
    endDate: text('end_date'),
    standardOrder: text('standard_order'),
    licenseRequirement: text('license_requirement'),
    licensePolicy: text('license_policy'),
    callSign: text('call_sign'),
    vesselType: text('vessel_type'),
    grossTonnage: text('gross_tonnage'),
    grossRegisteredTonnage: text('gross_registered_tonnage'),
    vesselFlag: text('vessel_flag'),
    vesselOwner: text('vessel_owner'),
    remarks: text('remarks'),
    sourceListUrl: text('source_list_url'),
    sourceInformationUrl: text('source_information_url'),
    altNames: list('alt_names'),
    citizenships: list('citizenships'),
    datesOfBirth: list('dates_of_birth'),
    nationalities: list('nationalities'),
    placesOfBirth: list('places_of_birth'),
    ids: list('ids')
      .map(parseCslIdText)
      .filter((id) => id !== undefined),
  };
}

const sameFields = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => v.trim().toLowerCase() === (b[i] ?? '').trim().toLowerCase());

/** The first field of a cut-off last line (`"11476","Specially…`), to name the incomplete record. */
function firstFieldOfLine(text: string, line: number): string | undefined {
  const start = text.split(/\r?\n/)[line - 1] ?? '';
  return /^"([^"]*)"/.exec(start)?.[1] ?? /^([^,]*)/.exec(start)?.[1] ?? undefined;
}

/**
 * Loader for the trade.gov Consolidated Screening List CSV (`consolidated.csv`): one row per listing, 29 columns,
 * multi-values joined with "; ". A repeated header row is skipped with an `info` issue; a file that ends inside
 * a quoted field is refused as truncated unless `allowTruncated` is set, and then its last record is rejected.
 */
export const cslCsvLoader: ListLoader = {
  format: 'csl-csv',
  description: 'trade.gov Consolidated Screening List (consolidated.csv)',
  sniff(head) {
    const header = head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
    return /^"?_id"?,"?source"?,/.test(header) && header.includes('source_list_url');
  },
  async parse(input, options: LoadOptions = {}) {
    const { file } = input;
    const { text } = decodeListText(input);
    const parsed = parseCsvRecords(file, text);
    const header = parsed.records[0];
    if (!header) throw new ListLoadError('E_FORMAT', file, `not a ${FORMAT_NAME} file: no header row`);
    const columns = columnIndex(file, header.fields, REQUIRED_COLUMNS, FORMAT_NAME);
    const { rows: data, truncatedAtLine, openEnd } = dataRows(text, parsed, 0);
    if (truncatedAtLine !== undefined && !options.allowTruncated) {
      throw truncatedCsvError(file, truncatedAtLine, 'record');
    }
    const rows: Array<{ record: CslRecord; line: number }> = [];
    const repeatedHeaders: number[] = [];
    const badWidth: Array<{ line: number; width: number; id: string }> = [];
    for (const row of data) {
      if (sameFields(row.fields, header.fields)) repeatedHeaders.push(row.line);
      else if (row.fields.length !== header.fields.length) {
        badWidth.push({ line: row.line, width: row.fields.length, id: row.fields[0] ?? '' });
      } else rows.push({ record: cslRecordFromCsv(row, columns), line: row.line });
    }
    return loadCslRecords({
      format: 'csl-csv',
      file,
      source: { ...CSL_SOURCE, ...options.source },
      rows,
      before(collector) {
        for (const line of repeatedHeaders) {
          collector.info(
            { file, line },
            'REPEATED_HEADER',
            `line ${line} repeats the header row (a copy of the file was spliced); skipped, not a record`,
          );
        }
        for (const bad of badWidth) {
          collector.reject(
            { file, line: bad.line, ...(bad.id ? { record: bad.id } : {}) },
            'CSV_ROW_WIDTH',
            `record not loaded: it has ${bad.width} fields where the header has ${header.fields.length}; the row is malformed`,
          );
        }
      },
      after(collector) {
        if (openEnd) warnOpenEnd(collector, file, openEnd, data.at(-1)?.fields[0]?.trim() || undefined);
        if (truncatedAtLine === undefined) return;
        const id = firstFieldOfLine(text, truncatedAtLine);
        collector.reject(
          { file, line: truncatedAtLine, ...(id ? { record: id } : {}) },
          'TRUNCATED_RECORD',
          `record not loaded: the file ends inside it (line ${truncatedAtLine}); the download was cut short`,
        );
      },
    });
  },
};
