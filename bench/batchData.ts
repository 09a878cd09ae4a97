/**
 * The generated vendor file of the batch benchmark: innocent names from ../shared/eval-sources (yente negatives,
 * SEC company names, common names by country) with ~1 % planted listed names and realistic variants of them
 * drawn from the lists, streamed to a CSV so a file of any size is written in constant memory.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { type Entity, primaryName } from '../src/model/entity.js';
import { readEvalCsv, readEvalJson } from './data.js';
import { pick, seededRandom } from './random.js';
import { variantsOf } from './variants.js';

/** Share of rows that carry a listed name (the recall sample). */
export const PLANTED_SHARE = 0.01;
const COUNTRIES = ['DE', 'FR', 'GB', 'US', 'TR', 'IT', 'ES', 'NL', 'PL', 'SE', 'CN', 'IN', 'AE', ''];

/** Innocent vendor and customer names: yente negatives, SEC company names, and forename + surname pairs by country. */
export function innocentNames(): string[] {
  const names: string[] = [];
  for (const file of ['negatives_global.csv.gz', 'negatives_us.csv.gz']) {
    for (const r of readEvalCsv(`yente-screening-fixtures/${file}`)) if (r.full_name) names.push(r.full_name);
  }
  for (const c of Object.values(
    readEvalJson('sec-company-names/company_tickers.json') as Record<string, { title: string }>,
  ))
    names.push(c.title);
  const forenames = readEvalCsv('common-names-by-country/common-forenames-by-country.csv');
  const surnames = new Map<string, string[]>();
  for (const r of readEvalCsv('common-names-by-country/common-surnames-by-country.csv')) {
    const list = surnames.get(r.Country ?? '') ?? [];
    list.push(r['Romanized Name'] ?? '');
    surnames.set(r.Country ?? '', list);
  }
  const rng = seededRandom(5);
  const pairs = forenames.filter((r) => surnames.has(r.Country ?? ''));
  for (let i = 0; i < 50_000; i++) {
    const f = pick(rng, pairs);
    names.push(`${f['Romanized Name']} ${pick(rng, surnames.get(f.Country ?? '')!)}`);
  }
  return names.filter((n) => n.trim());
}

const cell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/**
 * Writes a vendor CSV of `rows` rows (`vendor_id,vendor_name,country`), streamed; returns the planted rows' keys
 * with the list entry each must find.
 */
export async function writeVendorFile(
  path: string,
  rows: number,
  entities: readonly Entity[],
  innocent: readonly string[] = innocentNames(),
): Promise<Map<string, string>> {
  const rng = seededRandom(42);
  const screenable = entities.filter((e) => e.schema !== 'Vessel' && e.schema !== 'Airplane');
  const planted = new Map<string, string>();
  const out = createWriteStream(path);
  let buffer = 'vendor_id,vendor_name,country\n';
  for (let i = 0; i < rows; i++) {
    const key = `V-${String(i + 1).padStart(7, '0')}`;
    let name: string;
    if (rng() < PLANTED_SHARE) {
      const entity = pick(rng, screenable);
      const primary = primaryName(entity);
      const variants = variantsOf(rng, entity, primary);
      name = variants.length > 0 && rng() < 0.5 ? pick(rng, variants).text : primary;
      planted.set(key, entity.id);
    } else {
      name = pick(rng, innocent);
    }
    buffer += `${key},${cell(name)},${pick(rng, COUNTRIES)}\n`;
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return planted;
}
