// Loads the built package the ways users do (ESM import, CommonJS require, the CLI binary) and screens one name
// with each: publint and attw check the manifest, this checks that the code in dist/ actually runs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const expectWagner = async (api, how) => {
  const screener = api.createScreener(await api.loadDefaultList());
  const [first] = screener.screen({ name: 'ЧВК Вагнер' }).matches;
  assert.equal(first?.entity.id, 'ofac-sdn:22543', `${how}: "ЧВК Вагнер" should find ofac-sdn:22543`);
  console.log(`ok ${how}`);
};

await expectWagner(await import('sanctions-screen'), 'ESM import');
await expectWagner(createRequire(import.meta.url)('sanctions-screen'), 'CommonJS require');
const cli = spawnSync(process.execPath, [`${root}/dist/cli/main.js`, 'screen', 'PMC Wagner', '--json'], {
  encoding: 'utf8',
});
assert.equal(cli.status, 1, `CLI: exit code 1 (match) expected, got ${cli.status}: ${cli.stderr}`);
assert.ok(
  JSON.parse(cli.stdout).matches.some((m) => m.id === 'ofac-sdn:22543' && m.match),
  'CLI: PMC Wagner should match ofac-sdn:22543',
);
console.log('ok CLI');

// Batch screening with worker threads: the worker module (dist/batch/screenWorker.js) must be found and run
// from the built CLI, not only from the TypeScript source.
const batch = spawnSync(
  process.execPath,
  [`${root}/dist/cli/main.js`, 'batch', `${root}/tests/fixtures/batch/vendors-bom.csv`, '--workers', '2'],
  { encoding: 'utf8' },
);
assert.equal(batch.status, 1, `CLI batch: exit code 1 (alerts) expected, got ${batch.status}: ${batch.stderr}`);
assert.match(batch.stdout, /^ALERT {3}row 3 V-1002 "PMC Wagner"/m, 'CLI batch: PMC Wagner should alert');
assert.match(batch.stderr, /batch: 10 rows .*: 3 alerts, /, 'CLI batch: the summary line should count 3 alerts');
console.log('ok CLI batch with 2 worker threads');
