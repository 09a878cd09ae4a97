import { ListLoadError } from '../errors.js';
import { type PartialDate, parsePartialDate } from '../model/partialDate.js';
import type { CslAddress, CslId, CslRecord } from './csl/cslRecord.js';
import { parseCslIdText, splitCslValues } from './csl/cslText.js';
import { loadCslRecords } from './csl/loadCslRecords.js';
import { CSL_SOURCE } from './cslCsv.js';
import type { ListLoader, LoadOptions } from './loaderTypes.js';
import { decodeListText } from './shared/listInput.js';
import { isJsonObject, parseJsonText } from './shared/parseJsonText.js';

const FORMAT_NAME = 'trade.gov Consolidated Screening List JSON';

function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(text).filter(Boolean).join('; ');
  return '';
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(text).filter(Boolean);
  return splitCslValues(text(value));
}

function addresses(value: unknown): CslAddress[] {
  if (!Array.isArray(value)) return list(value).map((full) => ({ full }));
  return value.flatMap((item): CslAddress[] => {
    if (!isJsonObject(item)) return text(item) ? [{ full: text(item) }] : [];
    const address: CslAddress = {};
    const set = (key: keyof CslAddress, raw: unknown) => {
      const v = text(raw);
      if (v) address[key] = v;
    };
    set('street', item.address);
    set('city', item.city);
    set('state', item.state);
    set('postalCode', item.postal_code);
    set('country', item.country);
    return Object.keys(address).length > 0 ? [address] : [];
  });
}

function ids(value: unknown): CslId[] {
  const fromText = (t: string): CslId[] => {
    const id = parseCslIdText(t);
    return id ? [id] : [];
  };
  if (!Array.isArray(value)) return list(value).flatMap(fromText);
  return value.flatMap((item): CslId[] => {
    if (!isJsonObject(item)) return fromText(text(item));
    const id: CslId = { label: text(item.type), value: text(item.number) };
    if (text(item.country)) id.country = text(item.country);
    if (text(item.issue_date)) id.issueDate = text(item.issue_date);
    if (text(item.expiration_date)) id.expirationDate = text(item.expiration_date);
    return [id];
  });
}

function cslRecordFromJson(item: Record<string, unknown>): CslRecord {
  return {
    id: text(item.id ?? item._id),
    entityNumber: text(item.entity_number),
    source: text(item.source),
    type: text(item.type),
    programs: list(item.programs),
    name: text(item.name),
    title: text(item.title),
    addresses: addresses(item.addresses),
    federalRegisterNotice: text(item.federal_register_notice),
    startDate: text(item.start_date),
    endDate: text(item.end_date),
    standardOrder: text(item.standard_order),
    licenseRequirement: text(item.license_requirement),
    licensePolicy: text(item.license_policy),
    callSign: text(item.call_sign),
    vesselType: text(item.vessel_type),
    grossTonnage: text(item.gross_tonnage),
    grossRegisteredTonnage: text(item.gross_registered_tonnage),
    vesselFlag: text(item.vessel_flag),
    vesselOwner: text(item.vessel_owner),
    remarks: text(item.remarks),
    sourceListUrl: text(item.source_list_url),
    sourceInformationUrl: text(item.source_information_url),
    altNames: list(item.alt_names),
    citizenships: list(item.citizenships),
    datesOfBirth: list(item.dates_of_birth),
    nationalities: list(item.nationalities),
    placesOfBirth: list(item.places_of_birth),
    ids: ids(item.ids),
  };
}

/** The latest import date the file states (`sources_used[].last_imported`, else `search_performed_at`). */
function statedDate(document: Record<string, unknown>): string | undefined {
  const stamps = Array.isArray(document.sources_used)
    ? document.sources_used.map((s) => (isJsonObject(s) ? text(s.last_imported || s.source_last_updated) : ''))
    : [];
  stamps.push(text(document.search_performed_at));
  // The calendar day as written: converting "…T23:30:00Z" to local time would move it by the reader's time zone.
  const days = stamps.map((s) => /^\d{4}-\d{2}-\d{2}/.exec(s)?.[0]);
  const dates = days.map((d) => (d ? parsePartialDate(d) : undefined)).filter((d): d is PartialDate => !!d);
  return dates
    .map((d) => d.date)
    .sort()
    .pop();
}

/**
 * Loader for the trade.gov Consolidated Screening List JSON: the `consolidated.json` download or a saved API
 * answer (`{ "results": [...], "total": N, "sources_used": [...] }`), or a bare array of results. When the file
 * states a `total` that differs from the results it holds (one page of a paged API search), it is refused as
 * truncated: screening against part of the list must not pass for screening against all of it.
 */
export const cslJsonLoader: ListLoader = {
  format: 'csl-json',
  description: 'trade.gov Consolidated Screening List (consolidated.json or a saved API search)',
  sniff(head) {
    const start = head.replace(/^\uFEFF/, '').trimStart();
    return (
      (start.startsWith('{') || start.startsWith('[')) &&
      head.includes('"source_list_url"') &&
      head.includes('"alt_names"')
    );
  },
  async parse(input, options: LoadOptions = {}) {
    const { file } = input;
    const document = parseJsonText(file, decodeListText(input).text, FORMAT_NAME, { truncatedIsListTruncated: true });
    let results: unknown[];
    let declaredCount: number | undefined;
    const source = { ...CSL_SOURCE };
    if (Array.isArray(document)) results = document;
    else if (isJsonObject(document) && Array.isArray(document.results)) {
      results = document.results;
      if (typeof document.total === 'number') declaredCount = document.total;
      const published = statedDate(document);
      if (published) source.publishedAt = published;
    } else {
      const found = isJsonObject(document)
        ? `an object with keys ${Object.keys(document).slice(0, 8).join(', ')}`
        : typeof document;
      throw new ListLoadError(
        'E_FORMAT',
        file,
        `not a ${FORMAT_NAME} file: expected an object with a "results" array, found ${found}.`,
      );
    }
    if (declaredCount !== undefined && declaredCount !== results.length) {
      throw new ListLoadError(
        'E_LIST_TRUNCATED',
        file,
        `the file states a total of ${declaredCount} results but holds ${results.length}: it is one page of a search or a cut-short download. Download the full consolidated.json (or fetch every page) and load that.`,
      );
    }
    const rows: Array<{ record: CslRecord; index: number }> = [];
    const notObjects: number[] = [];
    results.forEach((item, index) => {
      if (isJsonObject(item)) rows.push({ record: cslRecordFromJson(item), index });
      else notObjects.push(index);
    });
    return loadCslRecords({
      format: 'csl-json',
      file,
      source: { ...source, ...options.source },
      rows,
      ...(declaredCount !== undefined ? { declaredCount } : {}),
      before(collector) {
        for (const index of notObjects) {
          collector.reject(
            { file, record: `results[${index}]` },
            'INVALID_RECORD',
            'record not loaded: it is not a JSON object',
          );
        }
      },
    });
  },
};
