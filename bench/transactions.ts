/**
 * Transaction screening benchmark: builds the transaction screener over the OFAC SDN CSV set (names, identifiers,
 * relationship graph, free-text scanner) with the shipped rules, then screens 10,000 generated payments: clean
 * parties from ../shared/eval-sources (SEC companies, yente synthetic customers, common names by country) and, in a
 * few, planted listed parties, BICs, IMO numbers, Crimea addresses, free-text names and dual-use goods. Prints
 * build time, throughput (tx/s), p50/p99 latency per transaction and the decision counts. Asserts nothing.
 * Run: node --expose-gc --import tsx bench/transactions.ts   (npm run bench does this)
 */
import os from 'node:os';
import { primaryName } from '../src/model/entity.js';
import type { LoadResult } from '../src/model/loadResult.js';
import type { TransactionInput } from '../src/model/transaction.js';
import { SHIPPED_RULES } from '../src/screen/rules/shippedRules.js';
import { createTransactionScreener } from '../src/screen/screenTransaction.js';
import { withoutListedNames } from './cases.js';
import { loadOfacSet, readEvalCsv, readEvalJson, requireShared } from './data.js';
import { pick, sample, seededRandom } from './random.js';

type Party = TransactionInput['parties'][number];
type Plant = 'listed-name' | 'listed-bic' | 'listed-imo' | 'crimea-address' | 'free-text' | 'dual-use-ru';

const TRANSACTIONS = Number(process.env.TX_BENCH_COUNT ?? 10_000);
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

// Ordinary places and banks (real, unsanctioned BICs) for the clean side of every payment.
const PLACES: ReadonlyArray<readonly [city: string, country: string]> = [
  ['Hamburg', 'DE'],
  ['Rotterdam', 'NL'],
  ['Lyon', 'FR'],
  ['Milano', 'IT'],
  ['Valencia', 'ES'],
  ['Manchester', 'GB'],
  ['Chicago', 'US'],
  ['Osaka', 'JP'],
  ['Istanbul', 'TR'],
  ['Dubai', 'AE'],
  ['Singapore', 'SG'],
  ['Zurich', 'CH'],
  ['Gdansk', 'PL'],
  ['Goteborg', 'SE'],
];
const BANKS = ['COBADEFF', 'DEUTDEFF', 'ABNANL2A', 'BNPAFRPP', 'UNCRITMM', 'BARCGB22', 'CHASUS33', 'TGBATRIS'];
const CRIMEA = ['ул. Ленина 5, Севастополь', 'Simferopol, Kyivska St 12', 'Kerch, Port Street 3', 'г. Ялта'];
const REMITTANCE = ['INVOICE {n} SPARE PARTS', 'PAYMENT FOR SERVICES {n}', 'ORDER {n} OFFICE FURNITURE', 'FREIGHT {n}'];

interface Pools {
  companies: string[];
  people: string[];
  listed: string[];
  bics: string[];
  imos: string[];
}

function pools(ofac: LoadResult): Pools {
  const rng = seededRandom(41);
  const sec = Object.values(
    readEvalJson('sec-company-names/company_tickers.json') as Record<string, { title: string }>,
  );
  const yente = readEvalCsv('yente-screening-fixtures/negatives_global.csv.gz');
  const asCases = (names: string[]) => names.map((name) => ({ group: 'clean', kind: 'clean', name }));
  // A clean name that is, word for word, a listed name would be a true hit: leave those out.
  const clean = (names: string[]) => withoutListedNames(asCases(names), ofac.entities).kept.map((c) => c.name);
  const screenable = ofac.entities.filter((e) => e.schema !== 'Vessel' && e.schema !== 'Airplane');
  const identifiers = (type: 'bic' | 'imo') =>
    ofac.entities.flatMap((e) => e.identifiers.filter((i) => i.type === type).map((i) => i.value));
  return {
    companies: clean(sample(rng, sec, 3000).map((c) => c.title)),
    people: clean(
      sample(rng, yente, 3000)
        .map((r) => r.full_name ?? '')
        .filter(Boolean),
    ),
    listed: sample(rng, screenable, 400).map(primaryName),
    bics: identifiers('bic').filter((b) => /^[A-Z0-9]{8}([A-Z0-9]{3})?$/.test(b)),
    imos: identifiers('imo'),
  };
}

function isoDay(rng: () => number): string {
  // Value dates over the two years before the list's publication (3 May 2024).
  const day = new Date(2022, 4, 3 + Math.floor(rng() * 730));
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

function cleanParty(rng: () => number, p: Pools, role: 'originator' | 'beneficiary'): Party {
  const [city, country] = pick(rng, PLACES);
  const person = rng() < 0.3;
  return {
    role,
    name: pick(rng, person ? p.people : p.companies),
    ...(person ? { schema: 'Person' as const } : {}),
    address: { city, country },
  };
}

function generate(rng: () => number, p: Pools, n: number): Array<{ tx: TransactionInput; plant?: Plant }> {
  const plants: Array<[Plant, number]> = [
    ['listed-name', 0.01],
    ['listed-bic', 0.005],
    ['listed-imo', 0.003],
    ['crimea-address', 0.005],
    ['free-text', 0.003],
    ['dual-use-ru', 0.004],
  ];
  const out: Array<{ tx: TransactionInput; plant?: Plant }> = [];
  for (let i = 0; i < n; i++) {
    const originator = cleanParty(rng, p, 'originator');
    const beneficiary = cleanParty(rng, p, 'beneficiary');
    const tx: TransactionInput = {
      id: `BENCH-${i}`,
      date: isoDay(rng),
      amount: Math.round(rng() * 200_000) / 100,
      currency: pick(rng, ['EUR', 'USD', 'GBP', 'TRY']),
      parties: [
        originator,
        { role: 'originatorBank', bic: pick(rng, BANKS) },
        { role: 'beneficiaryBank', bic: pick(rng, BANKS) },
        beneficiary,
      ],
      remittanceInformation: pick(rng, REMITTANCE).replace('{n}', String(1000 + i)),
    };
    let roll = rng();
    let plant: Plant | undefined;
    for (const [kind, share] of plants) {
      if (roll < share) {
        plant = kind;
        break;
      }
      roll -= share;
    }
    if (plant === 'listed-name') {
      const { schema: _person, ...party } = beneficiary;
      tx.parties[3] = { ...party, name: pick(rng, p.listed) };
    }
    if (plant === 'listed-bic') tx.parties.splice(2, 0, { role: 'intermediaryBank', bic: pick(rng, p.bics) });
    if (plant === 'listed-imo') tx.vessel = { name: 'MV BENCH', imo: pick(rng, p.imos) };
    if (plant === 'crimea-address') beneficiary.address = { lines: [pick(rng, CRIMEA)] };
    if (plant === 'free-text') tx.remittanceInformation = 'PAYMENT FOR WAGNER GROUP SECURITY SERVICES';
    if (plant === 'dual-use-ru') {
      originator.address = { city: 'Moscow', country: 'RU' };
      tx.goods = [{ description: 'microcontrollers', hsCode: '8542.31' }];
    }
    out.push(plant ? { tx, plant } : { tx });
  }
  return out;
}

async function main() {
  requireShared();
  console.log(`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`);
  const ofac = await loadOfacSet();
  const t0 = performance.now();
  const screener = createTransactionScreener(ofac, { rules: SHIPPED_RULES });
  const buildMs = performance.now() - t0;
  console.log(
    `OFAC SDN set: ${ofac.entities.length} entities; transaction screener (names, identifiers, graph of ${screener.graph.size} parties, free text) built in ${buildMs.toFixed(0)} ms`,
  );

  const p = pools(ofac);
  const cases = generate(seededRandom(43), p, TRANSACTIONS);
  const planted = cases.filter((c) => c.plant).length;
  for (const c of cases.slice(0, 200)) screener.screen(c.tx);

  const times: number[] = [];
  const decisions = { clear: 0, review: 0, block: 0 };
  const byPlant = new Map<string, { n: number; block: number; review: number }>();
  const start = performance.now();
  for (const c of cases) {
    const s = process.hrtime.bigint();
    const result = screener.screen(c.tx);
    times.push(Number(process.hrtime.bigint() - s) / 1000);
    decisions[result.decision]++;
    const key = c.plant ?? 'clean';
    const row = byPlant.get(key) ?? { n: 0, block: 0, review: 0 };
    row.n++;
    if (result.decision === 'block') row.block++;
    if (result.decision === 'review') row.review++;
    byPlant.set(key, row);
  }
  const totalMs = performance.now() - start;
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(
    `screenTransaction: ${cases.length} payments (${planted} with a planted listed party, BIC, IMO, Crimea address, free-text name or dual-use goods) in ${totalMs.toFixed(0)} ms: ` +
      `${Math.round(cases.length / (totalMs / 1000))} tx/s, p50 ${(quantile(times, 0.5) / 1000).toFixed(2)} ms, p99 ${(quantile(times, 0.99) / 1000).toFixed(2)} ms, mean ${(mean / 1000).toFixed(2)} ms`,
  );
  console.log(`decisions: ${decisions.block} block, ${decisions.review} review, ${decisions.clear} clear`);
  for (const [kind, row] of [...byPlant].sort()) {
    console.log(`  ${kind.padEnd(15)} ${String(row.n).padStart(5)} payments: ${row.block} block, ${row.review} review`);
  }
}

await main();
