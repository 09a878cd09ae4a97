import type { Entity } from '../src/model/entity.js';
import { primaryName } from '../src/model/entity.js';
import type { LoadResult } from '../src/model/loadResult.js';
import { readEvalCsv, readEvalJson, readEvalLines } from './data.js';
import { pick, sample, seededRandom } from './random.js';
import { variantsOf } from './variants.js';

/** A screening case: the text and what is known about the party, and the entity it must find (if any). */
export interface BenchCase {
  group: string;
  kind: string;
  name: string;
  birthDate?: string;
  country?: string;
  expectedId?: string;
}

const isScreenable = (e: Entity) => e.schema !== 'Vessel' && e.schema !== 'Airplane';

/** Variants of listed OFAC names: persons and organisations, every variation kind. */
export function ofacVariantCases(ofac: LoadResult, perSchema: number, seed = 7): BenchCase[] {
  const rng = seededRandom(seed);
  const persons = sample(
    rng,
    ofac.entities.filter((e) => e.schema === 'Person'),
    perSchema,
  );
  const orgs = sample(
    rng,
    ofac.entities.filter((e) => isScreenable(e) && e.schema !== 'Person'),
    perSchema,
  );
  const cases: BenchCase[] = [];
  for (const entity of [...persons, ...orgs]) {
    const text = primaryName(entity);
    cases.push({ group: 'ofac-variants', kind: 'exact', name: text, expectedId: entity.id });
    for (const v of variantsOf(rng, entity, text)) {
      cases.push({ group: 'ofac-variants', kind: v.kind, name: v.text, expectedId: entity.id });
    }
  }
  return cases;
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * OpenSanctions' yente UN positives: untreated and perturbed (typos, split/joined tokens, reshuffles,
 * DOB off by one), with name, year of birth and nationality; expected ids from the UN list itself.
 */
export function unCases(un: LoadResult): BenchCase[] {
  const byName = new Map<string, string>();
  for (const e of un.entities) for (const n of e.names) byName.set(fold(n.full), e.id);
  const untreated = readEvalCsv('yente-screening-fixtures/positives_un_untreated.csv');
  const treated = readEvalCsv('yente-screening-fixtures/positives_un_treated.csv');
  const cases: BenchCase[] = [];
  untreated.forEach((row, i) => {
    const expectedId = byName.get(fold(row.full_name ?? ''));
    if (!expectedId) return;
    const perturbed = treated[i];
    for (const [kind, r] of [
      ['untreated', row],
      ['perturbed', perturbed],
    ] as const) {
      if (!r?.full_name) continue;
      cases.push({
        group: 'un-yente',
        kind,
        name: r.full_name,
        ...(r.date_of_birth ? { birthDate: r.date_of_birth } : {}),
        ...(r.nationality ? { country: r.nationality } : {}),
        expectedId,
      });
    }
  });
  return cases;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * Cyrillic spellings from the OpenSanctions UA war-sanctions file: the entity is indexed with its Latin
 * names only and screened by its Cyrillic alias. Returns the cases and the Latin-only entities.
 */
export function cyrillicCases(ua: LoadResult, n: number, seed = 11): { cases: BenchCase[]; latinOnly: Entity[] } {
  const rng = seededRandom(seed);
  const latinOnly: Entity[] = [];
  const candidates: Array<{ entity: Entity; alias: string }> = [];
  for (const e of ua.entities) {
    const latin = e.names.filter((x) => !CYRILLIC.test(x.full));
    const cyr = e.names.filter((x) => CYRILLIC.test(x.full) && x.full.split(/\s+/).length >= 2);
    if (latin.length === 0) continue;
    latinOnly.push({ ...e, names: latin });
    if (cyr.length > 0 && isScreenable(e)) candidates.push({ entity: e, alias: pick(rng, cyr).full });
  }
  const cases = sample(rng, candidates, n).map(({ entity, alias }) => ({
    group: 'cyrillic',
    kind: entity.schema === 'Person' ? 'person' : 'organization',
    name: alias,
    expectedId: entity.id,
  }));
  return { cases, latinOnly };
}

const ARABIC = /\p{Script=Arabic}/u;

/**
 * Names in Arabic script from the UN list (its original-script names): the entity is indexed with its Latin names
 * only and screened by the name in Arabic script. Returns the cases and the Latin-only entities.
 */
export function arabicCases(un: LoadResult): { cases: BenchCase[]; latinOnly: Entity[] } {
  const cases: BenchCase[] = [];
  const latinOnly: Entity[] = [];
  for (const e of un.entities) {
    const latin = e.names.filter((x) => !ARABIC.test(x.full));
    if (latin.length === 0) continue;
    latinOnly.push({ ...e, names: latin });
    for (const n of e.names) {
      if (!ARABIC.test(n.full)) continue;
      cases.push({
        group: 'arabic',
        kind: e.schema === 'Person' ? 'person' : 'organization',
        name: n.full,
        expectedId: e.id,
      });
    }
  }
  return { cases, latinOnly };
}

/**
 * Innocent names in Arabic script: two or three person-name words of the ANETAC corpus (Arabic forms of Arab and
 * foreign names), drawn at random.
 */
export function arabicInnocentCases(n: number, seed = 23): BenchCase[] {
  const words = readEvalLines('transliteration-pairs/anetac/EN-AR_Named-entities.txt.gz')
    .filter((line) => line.startsWith('PERSON '))
    .map((line) => line.split(' ').slice(2).join(' '))
    .filter((word) => word !== '' && !word.includes(' '));
  const rng = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => ({
    group: 'innocent',
    kind: 'arabic-script',
    name: sample(rng, words, i % 3 === 0 ? 3 : 2).join(' '),
  }));
}

// Words vendors name their businesses with, chosen for the bench, not taken from the engine's tables.
const BUSINESS_WORDS = [
  'Energy',
  'Oil',
  'Gas',
  'Petroleum',
  'Petrochemical',
  'Power',
  'Trading',
  'Commercial',
  'Shipping',
  'Marine',
  'Maritime',
  'Logistics',
  'Transport',
  'Industrial',
  'Industries',
  'International',
  'Global',
  'General',
  'Group',
  'Holding',
  'Investment',
  'Services',
  'Engineering',
  'Construction',
  'Technology',
  'Development',
  'Resources',
  'Supply',
  'Import',
  'Export',
  'Chemical',
  'Mining',
  'Steel',
  'Metals',
  'Electronics',
  'Aviation',
  'Energia',
];
const BUSINESS_FORMS = ['LLC', 'Ltd', 'Limited', 'Inc', 'Co', 'Company', 'GmbH', 'FZE', 'Corp', 'S.A.', ''];

/**
 * Innocent vendor names made only of business words and a legal form ("Energy Trading LLC", "Global Shipping Ltd"):
 * two or three distinct words. Lists name some parties so too (PETROCHEMICAL COMMERCIAL COMPANY), and such a name
 * must alert on its own words, not on other words for the same kinds of business.
 */
export function businessWordCases(n: number, seed = 29): BenchCase[] {
  const rng = seededRandom(seed);
  const cases: BenchCase[] = [];
  const seen = new Set<string>();
  while (cases.length < n) {
    const words = sample(rng, BUSINESS_WORDS, cases.length % 3 === 0 ? 3 : 2);
    const name = [...words, pick(rng, BUSINESS_FORMS)].join(' ').trim();
    if (seen.has(name)) continue;
    seen.add(name);
    cases.push({ group: 'innocent', kind: 'business-words', name });
  }
  return cases;
}

function surnames(): string[] {
  return readEvalCsv('common-names-by-country/common-surnames-by-country.csv')
    .map((r) => r['Romanized Name'] ?? '')
    .filter((s) => /^[A-Za-z' -]{3,}$/.test(s));
}

/** A word as the bench compares it, independently of the engine: no marks, lower case, letters and digits of any script. */
export function benchWord(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words of a name, as the bench compares them. */
export function benchWords(text: string): string[] {
  return text
    .split(/[\s,.'"()-]+/)
    .map(benchWord)
    .filter(Boolean);
}

/** How many listed names carry each word (all names and aliases). */
function wordFrequency(entities: readonly Entity[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const e of entities)
    for (const n of e.names) for (const w of new Set(benchWords(n.full))) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  return frequency;
}

/**
 * Drops innocent cases that are in fact a listed name (the same words, in any order, as a name on the list):
 * "Mehmet Kaya" drawn from the common Turkish names is also KAYA, Mehmet on the SDN list, and an alert on it is
 * right. Returns the kept cases and how many were dropped.
 */
export function withoutListedNames(
  cases: BenchCase[],
  entities: readonly Entity[],
): { kept: BenchCase[]; dropped: number } {
  const listed = new Set<string>();
  for (const e of entities) {
    for (const n of e.names) if (n.kind !== 'weakAlias') listed.add(benchWords(n.full).sort().join(' '));
  }
  const kept = cases.filter((c) => {
    const words = benchWords(c.name);
    return words.length === 0 || !listed.has(words.sort().join(' '));
  });
  return { kept, dropped: cases.length - kept.length };
}

/**
 * Innocent names: synthetic customers (yente negatives), near misses that keep a listed name's generic
 * words but change the distinctive one, listed given names with another family name, common names by
 * country, SEC-registered companies and members of the US Congress.
 */
export function innocentCases(ofac: LoadResult, perGroup: number, seed = 13): BenchCase[] {
  const rng = seededRandom(seed);
  const cases: BenchCase[] = [];
  for (const file of ['negatives_global.csv.gz', 'negatives_us.csv.gz']) {
    for (const r of sample(rng, readEvalCsv(`yente-screening-fixtures/${file}`), perGroup)) {
      if (r.full_name)
        cases.push({ group: 'innocent', kind: `yente-${file.split('_')[1]!.split('.')[0]}`, name: r.full_name });
    }
  }
  const family = surnames();
  const frequency = wordFrequency(ofac.entities);
  const orgs = ofac.entities.filter((e) => isScreenable(e) && e.schema !== 'Person');
  for (const e of sample(rng, orgs, perGroup * 4)) {
    const tokens = primaryName(e).split(/\s+/);
    // Two to five words: in a fifteen-word official name ("FEDERAL STATE BUDGETARY EDUCATIONAL INSTITUTION OF
    // HIGHER EDUCATION …") one changed word does not make another party, so it is no near miss.
    if (tokens.length < 2 || tokens.length > 5) continue;
    // Replace the most distinctive word (the one fewest listed names carry, by the bench's own count, not the
    // engine's) with a common surname: the generic words and legal form stay, the identity changes.
    let at = 0;
    tokens.forEach((t, i) => {
      const f = frequency.get(benchWord(t)) ?? 0;
      const best = frequency.get(benchWord(tokens[at]!)) ?? 0;
      if (f < best || (f === best && t.length > tokens[at]!.length)) at = i;
    });
    const surname = pick(rng, family).toUpperCase();
    if (tokens.some((t) => benchWord(t) === benchWord(surname))) continue;
    tokens[at] = surname;
    cases.push({ group: 'innocent', kind: 'near-miss-org', name: tokens.join(' ') });
    if (cases.filter((c) => c.kind === 'near-miss-org').length >= perGroup) break;
  }
  const persons = ofac.entities.filter((e) => e.schema === 'Person' && primaryName(e).includes(','));
  for (const e of sample(rng, persons, perGroup * 2)) {
    const [last, given] = primaryName(e)
      .split(',')
      .map((part) => part.trim());
    const surname = pick(rng, family);
    // The listed family name must not come back as the new one (a random "Ali" for "ALI, Mohamed Mire").
    if (!given || !last || benchWords(last).some((w) => benchWords(surname).includes(w))) continue;
    cases.push({ group: 'innocent', kind: 'same-given-other-family', name: `${given} ${surname}` });
    if (cases.filter((c) => c.kind === 'same-given-other-family').length >= perGroup) break;
  }
  const forenames = readEvalCsv('common-names-by-country/common-forenames-by-country.csv');
  const surnameRows = readEvalCsv('common-names-by-country/common-surnames-by-country.csv');
  const byCountry = new Map<string, string[]>();
  for (const r of surnameRows) {
    const list = byCountry.get(r.Country ?? '') ?? [];
    list.push(r['Romanized Name'] ?? '');
    byCountry.set(r.Country ?? '', list);
  }
  const pairs = forenames.filter((r) => byCountry.has(r.Country ?? ''));
  for (const r of sample(rng, pairs, perGroup)) {
    cases.push({
      group: 'innocent',
      kind: 'common-by-country',
      name: `${r['Romanized Name']} ${pick(rng, byCountry.get(r.Country ?? '')!)}`,
    });
  }
  const sec = Object.values(
    readEvalJson('sec-company-names/company_tickers.json') as Record<string, { title: string }>,
  );
  for (const c of sample(rng, sec, perGroup)) cases.push({ group: 'innocent', kind: 'sec-company', name: c.title });
  for (const r of sample(rng, readEvalCsv('yente-screening-fixtures/positives_us_congress_untreated.csv'), perGroup)) {
    if (r.full_name) cases.push({ group: 'innocent', kind: 'us-congress', name: r.full_name });
  }
  return cases;
}
