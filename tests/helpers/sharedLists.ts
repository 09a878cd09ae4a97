import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadResult } from '../../src/model/loadResult.js';
import type { LoadOptions } from '../../src/sources/loaderTypes.js';
import { parseOfacCsvSet } from '../../src/sources/ofacCsv.js';
import type { ListInput } from '../../src/sources/shared/listInput.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The project root. */
export const projectRoot = resolve(here, '../..');

/** `../shared/lists` beside the project: real list snapshots, present on the team's machines and in CI. */
export const sharedListsDir = resolve(projectRoot, '../shared/lists');

/** `../shared/eval-sources`: material for the quality benchmark. */
export const evalSourcesDir = resolve(projectRoot, '../shared/eval-sources');

/** True when the real list snapshots are available; tests that need them are skipped (with a notice) otherwise. */
export const hasShared = existsSync(sharedListsDir);

if (!hasShared) {
  // A user's clone has no ../shared: say so once, visibly, instead of passing silently.
  console.warn(`[sanctions-screen tests] ${sharedListsDir} not found: real-list tests are skipped.`);
}

/** Path of a file under ../shared/lists. */
export function sharedPath(relative: string): string {
  return join(sharedListsDir, relative);
}

/** Reads a file under ../shared/lists as a ListInput. */
export function sharedInput(relative: string): ListInput {
  const file = sharedPath(relative);
  return { file, bytes: new Uint8Array(readFileSync(file)) };
}

/** Reads a fixture under tests/fixtures as a ListInput. */
export function fixtureInput(relative: string): ListInput {
  const file = join(projectRoot, 'tests/fixtures', relative);
  return { file, bytes: new Uint8Array(readFileSync(file)) };
}

/** Path of a fixture under tests/fixtures. */
export function fixturePath(relative: string): string {
  return join(projectRoot, 'tests/fixtures', relative);
}

/**
 * The OFAC SDN legacy CSV set the real-data tests screen against: the 2024-05 sdn.csv joined with the 2025-01
 * alt, add and comments files (the newest ones obtainable; see PROVENANCE.md).
 */
export function parseSharedOfacSet(options: LoadOptions = {}): Promise<LoadResult> {
  return parseOfacCsvSet(
    {
      sdn: sharedInput('ofac/legacy_csv_2024-05/sdn.csv'),
      alt: sharedInput('ofac/legacy_csv_2025-01/alt.csv'),
      add: sharedInput('ofac/legacy_csv_2025-01/add.csv'),
      comments: sharedInput('ofac/legacy_csv_2025-01/sdn_comments.csv'),
    },
    options,
  );
}
