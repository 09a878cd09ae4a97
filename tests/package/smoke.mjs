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
