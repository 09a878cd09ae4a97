/**
 * Runs the benchmarks (`npm run bench`, or `npm run bench -- load|quality|speed|transactions|batch` for one), each in its own
 * Node process with --expose-gc so memory figures are measured, not guessed.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const all = ['load', 'quality', 'speed', 'transactions', 'batch'];
const wanted = process.argv.slice(2).filter((a) => all.includes(a));
for (const name of wanted.length > 0 ? wanted : all) {
  console.log(`\n=== bench/${name}.ts ===`);
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', resolve(import.meta.dirname, `${name}.ts`)],
    {
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}
