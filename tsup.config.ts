import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library. Node-only modules (fs, crypto, worker_threads) are imported dynamically inside the
    // functions that need them, so the bundle also loads in browsers and edge runtimes.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    splitting: false,
  },
  {
    // The CLI: ESM only, never imported by users.
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
