/**
 * Quality benchmark: recall and top-1 on realistic variants of listed names, and the false-alert rate on
 * innocent names, for sanctions-screen at its default threshold and for fuse.js, in the same run. Cross-script:
 * Cyrillic aliases (UA file) and the UN list's names in Arabic script, each against Latin-only listings, with
 * innocent names in Arabic script.
 * Run: npm run bench -- quality   (needs ../shared)
 */
import { createScreener, DEFAULT_THRESHOLD, type Screener } from '../src/match/createScreener.js';
import type { Entity } from '../src/model/entity.js';
import { parsePartialDate } from '../src/model/partialDate.js';
import { loadList } from '../src/sources/loadList.js';
import {
  arabicCases,
  arabicInnocentCases,
  type BenchCase,
  businessWordCases,
  cyrillicCases,
  innocentCases,
  ofacVariantCases,
  unCases,
  withoutListedNames,
} from './cases.js';
import { LISTS, loadOfacSet, requireShared } from './data.js';
import { createFuseBaseline, FUSE_ALERT_SCORE } from './fuseBaseline.js';
import { sample, seededRandom } from './random.js';
import { disguisedCyrillic } from './variants.js';

interface Outcome {
  found: boolean;
  top1: boolean;
  alert: boolean;
  bestScore: number;
}

function runOurs(screener: Screener, c: BenchCase, threshold: number): Outcome {
  // yente's perturbed cases include impossible dates (1974-01-32); screening refuses those, so the case is
  // screened without a date of birth, as a batch run does (with a warning) for such a row.
  const birthDate = c.birthDate && parsePartialDate(c.birthDate) ? c.birthDate : undefined;
  const { matches } = screener.screen({
    name: c.name,
    ...(birthDate ? { birthDate } : {}),
    ...(c.country ? { country: c.country } : {}),
    threshold,
    limit: 10,
  });
  const hit = c.expectedId ? matches.find((m) => m.entity.id === c.expectedId) : undefined;
  return {
    found: !!hit?.match,
    // Ties count as first: the UN and OFAC list many of the same people, and both entries score 1.
    top1: !!hit?.match && hit.score === matches[0]?.score,
    alert: matches.some((m) => m.match),
    bestScore: hit?.score ?? matches[0]?.score ?? 0,
  };
}

function runFuse(fuse: ReturnType<typeof createFuseBaseline>, c: BenchCase): Outcome {
  const best = fuse.screen(c.name);
  const ranked = [...best].sort((a, b) => a[1] - b[1]);
  const expected = c.expectedId ? best.get(c.expectedId) : undefined;
  return {
    found: expected !== undefined && expected <= FUSE_ALERT_SCORE,
    top1: !!c.expectedId && ranked[0]?.[0] === c.expectedId && ranked[0][1] <= FUSE_ALERT_SCORE,
    alert: ranked.length > 0 && ranked[0]![1] <= FUSE_ALERT_SCORE,
    bestScore: ranked[0]?.[1] ?? 1,
  };
}

const pct = (n: number, d: number) => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function table(title: string, cases: BenchCase[], outcomes: Outcome[], positives: boolean): string[] {
  const kinds = [...new Set(cases.map((c) => `${c.group}/${c.kind}`))];
  const width = Math.max(36, ...kinds.map((k) => k.length + 1));
  const lines = [title];
  for (const k of [...kinds, 'ALL']) {
    const idx = cases
      .map((c, i) => [c, i] as const)
      .filter(([c]) => k === 'ALL' || `${c.group}/${c.kind}` === k)
      .map(([, i]) => i);
    const o = idx.map((i) => outcomes[i]!);
    lines.push(
      positives
        ? `  ${k.padEnd(width)} n=${String(o.length).padStart(5)}  recall ${pct(o.filter((x) => x.found).length, o.length)}  top-1 ${pct(o.filter((x) => x.top1).length, o.length)}`
        : `  ${k.padEnd(width)} n=${String(o.length).padStart(5)}  false alerts ${pct(o.filter((x) => x.alert).length, o.length)}`,
    );
  }
  return lines;
}

async function main() {
  requireShared();
  const fuseSample = Number(process.env.FUSE_SAMPLE ?? 300);
  const ofac = await loadOfacSet();
  const un = await loadList({ format: 'un-xml', path: `${LISTS}/un/consolidated.xml` });
  const ua = await loadList({
    format: 'opensanctions-csv',
    path: `${LISTS}/opensanctions/ua_war_sanctions/targets.simple.csv`,
  });
  const main: Entity[] = [...ofac.entities, ...un.entities];
  const ours = createScreener(main);
  const cyr = cyrillicCases(ua, 500);
  const oursCyr = createScreener(cyr.latinOnly);
  // The Cyrillic spellings again, each with two letters swapped for Latin look-alikes and an invisible character.
  const disguiseRng = seededRandom(29);
  const cyrDisguised = cyr.cases.flatMap((c) => {
    const name = disguisedCyrillic(disguiseRng, c.name);
    return name === undefined ? [] : [{ ...c, kind: `${c.kind}, homoglyph+zero-width`, name }];
  });
  const ara = arabicCases(un);
  const oursAra = createScreener(ara.latinOnly);
  const araInnocent = arabicInnocentCases(1500);
  const business = withoutListedNames(businessWordCases(1000), main).kept;

  const positives = [...ofacVariantCases(ofac, 400), ...unCases(un)];
  const innocent = withoutListedNames(innocentCases(ofac, 1500), main);
  const negatives = innocent.kept;
  console.log(
    `Lists: OFAC SDN 2024-05 (+2025-01 alt/add) ${ofac.entities.length} entities + UN ${un.entities.length}; ${main.reduce((n, e) => n + e.names.length, 0)} names.`,
  );
  console.log(
    `Cases: ${positives.length} variants of listed names, ${cyr.cases.length} Cyrillic spellings (UA file, ${cyr.latinOnly.length} entities indexed by Latin names only), ${negatives.length} innocent names (${innocent.dropped} drawn names dropped: a listed party bears exactly that name).`,
  );

  const posOut = positives.map((c) => runOurs(ours, c, DEFAULT_THRESHOLD));
  const cyrOut = cyr.cases.map((c) => runOurs(oursCyr, c, DEFAULT_THRESHOLD));
  const cyrDisguisedOut = cyrDisguised.map((c) => runOurs(oursCyr, c, DEFAULT_THRESHOLD));
  const araOut = ara.cases.map((c) => runOurs(oursAra, c, DEFAULT_THRESHOLD));
  const negOut = negatives.map((c) => runOurs(ours, c, DEFAULT_THRESHOLD));
  const araNegOut = araInnocent.map((c) => runOurs(ours, c, DEFAULT_THRESHOLD));
  const businessOut = business.map((c) => runOurs(ours, c, DEFAULT_THRESHOLD));
  console.log(`\nsanctions-screen at the default threshold ${DEFAULT_THRESHOLD}:`);
  for (const l of table('positives', positives, posOut, true)) console.log(l);
  for (const l of table('cross-script', cyr.cases, cyrOut, true)) console.log(l);
  for (const l of table('cross-script, Latin look-alikes in the Cyrillic', cyrDisguised, cyrDisguisedOut, true)) {
    console.log(l);
  }
  for (const l of table('innocent names', negatives, negOut, false)) console.log(l);
  console.log(
    `Arabic script (${ara.cases.length} names in Arabic of the UN list, ${ara.latinOnly.length} entities indexed by Latin names only; ${araInnocent.length} innocent names in Arabic script against OFAC and UN):`,
  );
  for (const l of table('cross-script', ara.cases, araOut, true)) console.log(l);
  for (const l of table('innocent names', araInnocent, araNegOut, false)) console.log(l);
  console.log(`Vendor names of business words only (${business.length}, against OFAC and UN):`);
  for (const l of table('innocent names', business, businessOut, false)) console.log(l);

  console.log('\nthreshold sweep (recall on variants incl. Cyrillic / false alerts on innocent names):');
  for (const t of [0.7, 0.75, 0.8, 0.85, 0.9, 0.95]) {
    const p = positives.map((c) => runOurs(ours, c, t)).filter((o) => o.found).length;
    const y = cyr.cases.map((c) => runOurs(oursCyr, c, t)).filter((o) => o.found).length;
    const n = negatives.map((c) => runOurs(ours, c, t)).filter((o) => o.alert).length;
    const a = ara.cases.map((c) => runOurs(oursAra, c, t)).filter((o) => o.found).length;
    const an = araInnocent.map((c) => runOurs(ours, c, t)).filter((o) => o.alert).length;
    console.log(
      `  ${t.toFixed(2)}  recall ${pct(p + y, positives.length + cyr.cases.length)}  false alerts ${pct(n, negatives.length)}  | Arabic script: recall ${pct(a, ara.cases.length)}  false alerts ${pct(an, araInnocent.length)}`,
    );
  }

  // fuse.js in the same run, on a stratified sample (it takes ~0.3 s a name on this list).
  const rng = seededRandom(5);
  const fuse = createFuseBaseline(main);
  const fuseCyr = createFuseBaseline(cyr.latinOnly);
  const fp = sample(rng, positives, fuseSample);
  const fc = sample(rng, cyr.cases, Math.min(100, fuseSample));
  const fn = sample(rng, negatives, fuseSample);
  const t0 = performance.now();
  const fpOut = fp.map((c) => runFuse(fuse, c));
  const fcOut = fc.map((c) => runFuse(fuseCyr, c));
  const fnOut = fn.map((c) => runFuse(fuse, c));
  const fuseMs = (performance.now() - t0) / (fp.length + fc.length + fn.length);
  const oursOnSample = {
    p: fp.map((c) => runOurs(ours, c, DEFAULT_THRESHOLD)),
    c: fc.map((c) => runOurs(oursCyr, c, DEFAULT_THRESHOLD)),
    n: fn.map((c) => runOurs(ours, c, DEFAULT_THRESHOLD)),
  };
  console.log(
    `\nSame sample for both (${fp.length} variants, ${fc.length} Cyrillic, ${fn.length} innocent); fuse.js ${fuse.documents} documents, alert at score <= ${FUSE_ALERT_SCORE}, ${fuseMs.toFixed(0)} ms a name:`,
  );
  const row = (label: string, p: Outcome[], c: Outcome[], n: Outcome[]) =>
    `  ${label.padEnd(16)} recall ${pct(p.filter((o) => o.found).length, p.length)}  top-1 ${pct(p.filter((o) => o.top1).length, p.length)}  Cyrillic recall ${pct(c.filter((o) => o.found).length, c.length)}  false alerts ${pct(n.filter((o) => o.alert).length, n.length)}`;
  console.log(row('sanctions-screen', oursOnSample.p, oursOnSample.c, oursOnSample.n));
  console.log(row('fuse.js', fpOut, fcOut, fnOut));

  if (process.env.SHOW_MISSES) {
    positives.forEach((c, i) => {
      if (!posOut[i]!.found)
        console.log(`MISS ${c.kind}: ${c.name} → ${c.expectedId} (best ${posOut[i]!.bestScore.toFixed(2)})`);
    });
    cyr.cases.forEach((c, i) => {
      if (!cyrOut[i]!.found)
        console.log(`MISS cyrillic: ${c.name} → ${c.expectedId} (best ${cyrOut[i]!.bestScore.toFixed(2)})`);
    });
    const innocents = [...negatives, ...business];
    const innocentOut = [...negOut, ...businessOut];
    innocents.forEach((c, i) => {
      if (innocentOut[i]!.alert) {
        const top = ours.screen({ name: c.name }).matches[0];
        console.log(
          `FALSE ALERT ${c.kind}: ${c.name} → ${top?.entity.id} ${top?.matchedName.full} (${top?.score.toFixed(2)})`,
        );
      }
    });
  }
}

await main();
