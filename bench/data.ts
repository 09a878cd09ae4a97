import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import type { LoadResult } from '../src/model/loadResult.js';
import { loadList } from '../src/sources/loadList.js';

/** ../shared beside the project: the real lists and the evaluation sources. */
export const SHARED = resolve(import.meta.dirname, '../../shared');
export const LISTS = join(SHARED, 'lists');
export const EVAL = join(SHARED, 'eval-sources');

/** Stops the bench with a clear message when ../shared is absent (a user's clone). */
export function requireShared(): void {
  if (!existsSync(LISTS) || !existsSync(EVAL)) {
    console.error(
      `The benchmarks need ../shared/lists and ../shared/eval-sources beside the project (${SHARED}); not found.`,
    );
    process.exit(2);
  }
}

/** The OFAC SDN legacy CSV set: 2024-05 sdn.csv joined with the 2025-01 alt/add/comments files. */
export async function loadOfacSet(): Promise<LoadResult> {
  const { parseOfacCsvSet } = await import('../src/sources/ofacCsv.js');
  const read = (p: string) => ({ file: join(LISTS, p), bytes: new Uint8Array(readFileSync(join(LISTS, p))) });
  return parseOfacCsvSet(
    {
      sdn: read('ofac/legacy_csv_2024-05/sdn.csv'),
      alt: read('ofac/legacy_csv_2025-01/alt.csv'),
      add: read('ofac/legacy_csv_2025-01/add.csv'),
      comments: read('ofac/legacy_csv_2025-01/sdn_comments.csv'),
    },
    { source: { publishedAt: '2024-05-03' } },
  );
}

/** Every real list in ../shared/lists, loaded once. */
export async function loadAllLists(): Promise<LoadResult[]> {
  const specs: Array<Parameters<typeof loadList>[0]> = [
    { format: 'ofac-xml', path: join(LISTS, 'ofac/consolidated_nonsdn/consolidated.xml') },
    { format: 'un-xml', path: join(LISTS, 'un/consolidated.xml') },
    { format: 'uk-ods', path: join(LISTS, 'uk/UK_Sanctions_List_2025-08-11.ods') },
    { format: 'canada-xml', path: join(LISTS, 'canada/sema_consolidated_autonomous_sanctions.xml') },
    { format: 'dfat-xlsx', path: join(LISTS, 'australia/regulation8_consolidated.xlsx') },
    { format: 'csl-csv', path: join(LISTS, 'us_trade_csl/csl_partial_2023-11.csv'), allowTruncated: true },
    { format: 'ftm-json', path: join(LISTS, 'opensanctions/yente_fixture_zala/entities.ftm.json') },
    { format: 'ftm-json', path: join(LISTS, 'opensanctions/yente_fixture_t1_eu_fsf/entities.ftm.json') },
    { format: 'opensanctions-csv', path: join(LISTS, 'opensanctions/ua_war_sanctions/targets.simple.csv') },
  ];
  const results = [await loadOfacSet()];
  for (const spec of specs) results.push(await loadList(spec));
  return results;
}

/** Reads a text file (optionally gzipped) from the evaluation sources, line by line. */
export function readEvalLines(relative: string): string[] {
  const raw = readFileSync(join(EVAL, relative));
  return (relative.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8').split(/\r?\n/);
}

/** Reads a CSV (optionally gzipped) from the evaluation sources as objects keyed by header. */
export function readEvalCsv(relative: string): Array<Record<string, string>> {
  const raw = readFileSync(join(EVAL, relative));
  const text = (relative.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  return parse(text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }) as Array<
    Record<string, string>
  >;
}

/** Reads a JSON file from the evaluation sources. */
export function readEvalJson(relative: string): unknown {
  return JSON.parse(readFileSync(join(EVAL, relative), 'utf8'));
}
