import { defineConfig } from 'tsup';

// The library. Node-only modules (fs, crypto, worker_threads) are imported dynamically inside the functions that
// need them, so the bundle also loads in browsers and edge runtimes. The English country names are JSON and are
// inlined, since Node refuses a bare JSON import from an ES module.
const library = {
  entry: { index: 'src/index.ts' },
  dts: true,
  sourcemap: true,
  target: 'node20',
  splitting: false,
} as const;

export default defineConfig([
  { ...library, format: ['esm'], clean: true, noExternal: [/^i18n-iso-countries\/langs\//] },
  // any-ascii ships as an ES module only; the CommonJS build carries its own copy so `require` works on every Node 20.
  { ...library, format: ['cjs'], noExternal: [/^i18n-iso-countries\/langs\//, 'any-ascii'] },
  {
    // The CLI: ESM only, never imported by users.
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    noExternal: [/^i18n-iso-countries\/langs\//],
  },
  {
    // The batch screening worker thread (src/batch/workerRunner.ts starts it from dist/batch/screenWorker.js, beside
    // dist/index.js, dist/index.cjs and the CLI's chunks): ESM, one file, loaded by piscina in each worker.
    entry: { 'batch/screenWorker': 'src/batch/worker/screenWorker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    splitting: false,
    noExternal: [/^i18n-iso-countries\/langs\//],
  },
]);
