import { ListLoadError } from '../errors.js';
import type { EntityInput, SourceRef } from '../model/entity.js';
import { parsePartialDate } from '../model/partialDate.js';
import {
  applyFtmDocument,
  applyFtmLink,
  applyFtmSanction,
  type FtmReport,
  type FtmSanctionSpan,
  settleSanctionDates,
} from './ftm/ftmLinks.js';
import { type FtmParty, ftmParty } from './ftm/ftmParty.js';
import { type FtmRecord, readFtmLines } from './ftm/ftmRecord.js';
import { FTM_DOCUMENT_SCHEMATA, FTM_LINK_SCHEMATA, FTM_PARTY_SCHEMATA } from './ftm/schemata.data.js';
import type { ListLoader, LoadOptions } from './loaderTypes.js';
import { decodeListText } from './shared/listInput.js';
import { LoadCollector, type RecordLocation } from './shared/loadCollector.js';

/**
 * The list an FtM file fills unless `options.source` says otherwise. Ids are `opensanctions:<FtM id>`:
 * OpenSanctions ids (`NK-…`, `Q…`) are unique across all its datasets, and one entity merges the records of
 * many datasets (LLC CST is on 20+), so a per-dataset namespace would give one party several ids.
 */
export const OPENSANCTIONS_SOURCE: SourceRef = { list: 'opensanctions', name: 'OpenSanctions' };

/** The list's identity: one dataset named when all parties share it; dated by the latest `last_seen` day. */
function sourceOf(records: readonly FtmRecord[], parties: readonly FtmRecord[]): SourceRef {
  const source: SourceRef = { ...OPENSANCTIONS_SOURCE };
  const datasets = new Set(parties.flatMap((r) => r.datasets));
  const only = datasets.size === 1 ? [...datasets][0] : undefined;
  if (only) source.name = `${OPENSANCTIONS_SOURCE.name}: ${only}`;
  const days = records
    .map((r) => /^\d{4}-\d{2}-\d{2}/.exec(r.lastSeen ?? '')?.[0])
    .filter((d): d is string => !!d && !!parsePartialDate(d))
    .sort();
  const latest = days[days.length - 1];
  if (latest) source.publishedAt = latest;
  return source;
}

const at = (file: string, record: FtmRecord): RecordLocation => ({ file, line: record.line, record: record.id });

/**
 * Loader for FollowTheMoney JSON lines (OpenSanctions `entities.ftm.json`). Parties (Person, Company,
 * Organization, LegalEntity, PublicBody, Vessel, Airplane) become entities; Address, Passport and Identification
 * records fold into them; Ownership, Directorship, Family, Associate and UnknownLink become relationships on both
 * parties; Sanction records give programs, listing dates and remarks. Every other record (a Payment, an unused
 * Address) is named in an `info` issue. Link records are counted in `rows`, not `records`. A file that stops
 * inside the record on its last line is refused with `E_LIST_TRUNCATED` (FtM lines state no count, so a cut at a
 * line break cannot be told from a shorter list), unless `allowTruncated`.
 */
export const ftmJsonLoader: ListLoader = {
  format: 'ftm-json',
  description: 'FollowTheMoney entities as JSON lines (OpenSanctions entities.ftm.json)',
  sniff(head) {
    const firstLine =
      head
        .replace(/^\uFEFF/, '')
        .trimStart()
        .split('\n', 1)[0] ?? '';
    return firstLine.startsWith('{') && firstLine.includes('"schema"') && firstLine.includes('"properties"');
  },
  async parse(input, options: LoadOptions = {}) {
    const { file } = input;
    const { records, bad, rows, truncatedAtLine } = readFtmLines(file, decodeListText(input).text);
    if (truncatedAtLine !== undefined && !options.allowTruncated) {
      throw new ListLoadError(
        'E_LIST_TRUNCATED',
        file,
        `the file stops inside the record on its last line, ${truncatedAtLine}: it is truncated. Download it again, or load it with allowTruncated to take the complete records.`,
        { line: truncatedAtLine },
      );
    }
    const byId = new Map<string, FtmRecord>(records.map((r) => [r.id, r]));
    for (const r of records) for (const ref of r.referents) if (!byId.has(ref)) byId.set(ref, r);
    const partyRecords = records.filter((r) => FTM_PARTY_SCHEMATA[r.schema]);
    const source = { ...sourceOf(records, partyRecords), ...options.source };
    const collector = new LoadCollector('ftm-json', source, [file]);
    const addressById = new Map(records.filter((r) => r.schema === 'Address').map((r) => [r.id, r]));

    // One candidate per party line; a second line with the same id stays a record of its own (the collector
    // reports the duplicate id), while references resolve to the first.
    const candidates = new Map<FtmRecord, FtmParty>();
    const parties = new Map<string, EntityInput>();
    const usedAddresses = new Set<string>();
    for (const record of partyRecords) {
      const schema = FTM_PARTY_SCHEMATA[record.schema];
      if (!schema) continue;
      const party = ftmParty(record, schema, source, addressById);
      candidates.set(record, party);
      if (!parties.has(record.id)) parties.set(record.id, party.entity);
      for (const ref of record.properties.addressEntity ?? []) usedAddresses.add(ref);
    }

    const report: FtmReport = (record, severity, code, message, field) =>
      severity === 'warning'
        ? collector.warn(at(file, record), code, `${record.schema} ${record.id}: ${message}`, field)
        : collector.info(at(file, record), code, `${record.schema} ${record.id}: ${message}`);
    const graph = { parties, byId };
    const spans = new Map<EntityInput, FtmSanctionSpan[]>();
    for (const record of records) {
      if (FTM_PARTY_SCHEMATA[record.schema]) continue;
      const link = FTM_LINK_SCHEMATA[record.schema];
      const document = FTM_DOCUMENT_SCHEMATA[record.schema];
      if (link) applyFtmLink(record, link, graph, report);
      else if (record.schema === 'Sanction') applyFtmSanction(record, graph, spans, report);
      else if (document) applyFtmDocument(record, document, graph, report);
      else if (record.schema === 'Address') {
        if (!usedAddresses.has(record.id))
          report(record, 'info', 'UNUSED_ADDRESS', 'no party in the file has this address; not loaded');
      } else {
        report(record, 'info', 'NOT_A_PARTY', `a ${record.schema} is not a listed party; not loaded as an entity`);
      }
    }
    settleSanctionDates(spans);

    for (const [record, { entity, warnings }] of candidates) {
      if (!collector.add(entity, at(file, record))) continue;
      for (const w of warnings) collector.warn(at(file, record), w.code, w.message, w.field);
    }
    for (const line of bad) {
      collector.reject(
        { file, line: line.line, ...(line.id ? { record: line.id } : {}) },
        'INVALID_RECORD',
        `line ${line.line} not loaded: ${line.reason}`,
      );
    }
    return collector.result({ rows });
  },
};
