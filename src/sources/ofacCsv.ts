import type { SourceRef } from '../model/entity.js';
import type { LoadResult } from '../model/loadResult.js';
import type { ListLoader, LoadOptions } from './loaderTypes.js';
import { groupOfacRows } from './ofac/groupOfacRows.js';
import { joinOfacRemarks } from './ofac/joinOfacRemarks.js';
import { ofacSdnEntity } from './ofac/ofacSdnEntity.js';
import { type OfacCsvFile, readOfacCsv } from './ofac/readOfacCsv.js';
import { reportOfacCsvFile } from './ofac/reportOfacCsvFile.js';
import { reportUnresolvedOfacLinks } from './ofac/resolveOfacLinks.js';
import type { ListInput } from './shared/listInput.js';
import { LoadCollector } from './shared/loadCollector.js';

/** The SDN list, as loaded from sdn.csv unless `options.source` says otherwise. */
export const OFAC_SDN_SOURCE: SourceRef = { list: 'ofac-sdn', name: 'OFAC Specially Designated Nationals (SDN) List' };

/** OFAC's Consolidated (non-SDN) list, as loaded from cons_prim.csv. */
export const OFAC_CONS_SOURCE: SourceRef = { list: 'ofac-cons', name: 'OFAC Consolidated Sanctions List (non-SDN)' };

/** The files of one OFAC legacy CSV set: sdn.csv (or cons_prim.csv), and optionally its alt, add and comments files. */
export interface OfacCsvSet {
  sdn: ListInput;
  alt?: ListInput;
  add?: ListInput;
  comments?: ListInput;
}

// OFAC cuts the remarks column at this many characters and prints the rest in sdn_comments.csv.
const REMARKS_LIMIT = 1000;
const REMARKS_COLUMN = 11;
const CONS_FILE = /(?:^|[\\/])cons_[^\\/]*$/i;
// First row of an SDN or cons_prim CSV: a numeric ent_num, a quoted name, then SDN_Type as OFAC writes it.
const SDN_FIRST_ROW = /^\d+,"[^"]*",(?:"(?:individual|vessel|aircraft)"|-0- ?),/;

function sourceFor(file: string, options: LoadOptions): SourceRef {
  const base = CONS_FILE.test(file) ? OFAC_CONS_SOURCE : OFAC_SDN_SOURCE;
  return { ...base, ...options.source };
}

function remarksOf(
  entNum: string,
  head: string,
  continuations: readonly { line: number; fields: string[] }[] | undefined,
  collector: LoadCollector,
  commentsFile: string,
): string {
  let remarks = head;
  for (const continuation of continuations ?? []) {
    const joined = joinOfacRemarks(remarks, continuation.fields[1] ?? '');
    if (joined.overlap > 0) {
      collector.info(
        { file: commentsFile, line: continuation.line, record: entNum },
        'REMARKS_OVERLAP',
        `the continuation of ent_num ${entNum} repeats the last ${joined.overlap} characters of its remarks (the files are from different days); joined once`,
      );
    }
    remarks = joined.text;
  }
  return remarks;
}

/**
 * Parses a whole OFAC legacy CSV set: sdn.csv (or cons_prim.csv) with its alt.csv aliases, add.csv addresses and
 * sdn_comments.csv remarks continuations joined by ent_num. Use it for a folder of an OFAC download; every row is an
 * entity, a rejected record or a warning (rows of the side files whose ent_num is not in sdn.csv included), and
 * "Linked To:" remarks are resolved to the entities they name.
 *
 * @example
 * const result = await parseOfacCsvSet({ sdn, alt, add, comments }, { source: { publishedAt: '2024-05-03' } });
 */
export async function parseOfacCsvSet(files: OfacCsvSet, options: LoadOptions = {}): Promise<LoadResult> {
  const main = readOfacCsv(files.sdn, 'sdn', options);
  const side = {
    alt: files.alt ? readOfacCsv(files.alt, 'alt', options) : undefined,
    add: files.add ? readOfacCsv(files.add, 'add', options) : undefined,
    comments: files.comments ? readOfacCsv(files.comments, 'comments', options) : undefined,
  };
  const csvFiles = [main, side.alt, side.add, side.comments].filter((f): f is OfacCsvFile => !!f);
  const source = sourceFor(files.sdn.file, options);
  const collector = new LoadCollector(
    'ofac-csv',
    source,
    csvFiles.map((f) => f.file),
  );
  for (const csv of csvFiles) reportOfacCsvFile(collector, csv);

  const entNums = new Set(main.rows.map((row) => row.fields[0] ?? ''));
  const aliases = groupOfacRows(side.alt, entNums, collector, main.file);
  const addresses = groupOfacRows(side.add, entNums, collector, main.file);
  const comments = groupOfacRows(side.comments, entNums, collector, main.file);
  const lineOf = new Map<string, number>();

  for (const row of main.rows) {
    const entNum = row.fields[0] ?? '';
    const head = row.fields[REMARKS_COLUMN] ?? '';
    const continuations = comments.get(entNum);
    const where = { file: main.file, line: row.line, record: entNum };
    if (head.length >= REMARKS_LIMIT && !continuations) {
      collector.warn(
        where,
        'REMARKS_CUT',
        `the remarks of ent_num ${entNum} reach OFAC's ${REMARKS_LIMIT}-character limit and no sdn_comments.csv row continues them: the rest of the remarks is missing. Load the whole set (with sdn_comments.csv).`,
        'remarks',
      );
    }
    const remarks = remarksOf(entNum, head, continuations, collector, side.comments?.file ?? '');
    const parts = { aliases: aliases.get(entNum) ?? [], addresses: addresses.get(entNum) ?? [], remarks };
    const { entity, warnings } = ofacSdnEntity(row, parts, source);
    for (const w of warnings) collector.warn(where, w.code, w.message, w.field);
    const added = collector.add(entity, where);
    if (added) lineOf.set(added.id, row.line);
  }

  reportUnresolvedOfacLinks(collector, main.file, lineOf, 'relationship');
  return collector.result({ rows: csvFiles.reduce((sum, f) => sum + f.rowCount, 0) });
}

/**
 * Loader for one OFAC legacy CSV file: sdn.csv (list `ofac-sdn`) or cons_prim.csv (list `ofac-cons`), decided from
 * the file name unless `options.source` says otherwise. Use {@link parseOfacCsvSet} to join alt.csv, add.csv and
 * sdn_comments.csv as well; alone, an entry has only its primary name and the remarks' a.k.a.s.
 */
export const ofacCsvLoader: ListLoader = {
  format: 'ofac-csv',
  description: 'OFAC legacy CSV (sdn.csv or cons_prim.csv, with alt/add/comments files when loaded from a folder)',
  sniff(head) {
    const firstRow = head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
    return SDN_FIRST_ROW.test(firstRow);
  },
  parse(input, options = {}) {
    return parseOfacCsvSet({ sdn: input }, options);
  },
};
