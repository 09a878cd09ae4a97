/**
 * Load benchmark: time to load each real list file in ../shared/lists (median of 5 runs).
 * Run: npm run bench -- load
 */
import { join } from 'node:path';
import type { ListFormat } from '../src/model/loadResult.js';
import { loadList } from '../src/sources/loadList.js';
import { LISTS, loadOfacSet, requireShared } from './data.js';

const FILES: Array<[ListFormat, string, boolean?]> = [
  ['ofac-csv', 'ofac/legacy_csv_2024-05/sdn.csv'],
  ['ofac-csv', 'ofac/legacy_csv_2021-07'],
  ['ofac-xml', 'ofac/consolidated_nonsdn/consolidated.xml'],
  ['un-xml', 'un/consolidated.xml'],
  ['uk-ods', 'uk/UK_Sanctions_List_2025-08-11.ods'],
  ['canada-xml', 'canada/sema_consolidated_autonomous_sanctions.xml'],
  ['dfat-xlsx', 'australia/regulation8_consolidated.xlsx'],
  ['csl-csv', 'us_trade_csl/csl_partial_2023-11.csv', true],
  ['ftm-json', 'opensanctions/yente_fixture_zala/entities.ftm.json'],
  ['opensanctions-csv', 'opensanctions/ua_war_sanctions/targets.simple.csv'],
];

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[2]!;
}

async function main() {
  requireShared();
  const ms = await median(loadOfacSet);
  const set = await loadOfacSet();
  console.log(
    `${'ofac-csv (2024-05 sdn + 2025-01 alt/add/comments)'.padEnd(62)} ${String(set.meta.entities).padStart(6)} entities  ${ms.toFixed(0).padStart(5)} ms`,
  );
  for (const [format, path, allowTruncated] of FILES) {
    const request = { format, path: join(LISTS, path), ...(allowTruncated ? { allowTruncated } : {}) };
    const result = await loadList(request);
    const t = await median(() => loadList(request));
    console.log(
      `${`${format} ${path}`.padEnd(62)} ${String(result.meta.entities).padStart(6)} entities  ${t.toFixed(0).padStart(5)} ms`,
    );
  }
}

await main();
