import { describe, expect, it } from 'vitest';
import { acceptEntryFor, parseAcceptList } from '../../src/batch/acceptList.js';
import type { BatchResult } from '../../src/batch/batchResult.js';
import { parseBlockList } from '../../src/batch/blockList.js';
import { openBatchFile } from '../../src/batch/readers/openBatchFile.js';
import { relationshipExposure } from '../../src/batch/relationshipExposure.js';
import { type ScreenBatchOptions, screenBatch } from '../../src/batch/screenBatch.js';
import type { LoadResult } from '../../src/model/loadResult.js';
import { loadDefaultList } from '../../src/sources/defaultList.js';
import { fixturePath } from '../helpers/sharedLists.js';

const defaultList = await loadDefaultList();

async function collect(
  rows: AsyncIterable<unknown> | Iterable<unknown>,
  options: ScreenBatchOptions,
): Promise<BatchResult[]> {
  const out: BatchResult[] = [];
  for await (const r of screenBatch(rows, options)) out.push(r);
  return out;
}

async function screenFixture(relative: string, options: ScreenBatchOptions = {}) {
  const input = await openBatchFile(fixturePath(`batch/${relative}`));
  return collect(input.rows, { lists: defaultList, input: input.facts, ...options });
}

const byKey = (results: BatchResult[], key: string) => results.find((r) => r.key === key)!;

describe('batch screening of a vendor file against the embedded default list', () => {
  it('alerts on the planted listed names and clears the innocent vendors', async () => {
    const results = await screenFixture('vendors-bom.csv');
    expect(results.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(byKey(results, 'V-1002')).toMatchObject({ status: 'alert', name: 'PMC Wagner' });
    expect(byKey(results, 'V-1002').matches.map((m) => m.entityId)).toContain('ofac-sdn:22543');
    expect(byKey(results, 'V-1004').status).toBe('alert');
    expect(byKey(results, 'V-1004').matches.map((m) => m.entityId)).toContain('uk-fcdo:RUS1951');
    expect(byKey(results, 'V-1005').status).toBe('alert');
    expect(byKey(results, 'V-1005').matches[0]?.entityId).toMatch(/^ofac-sdn:(41936|42018)$/);
    for (const key of ['V-1001', 'V-1006', 'V-1007', 'V-1008', 'V-1009', 'V-1010'])
      expect(byKey(results, key).status).toBe('clear');
  });

  it('reports the row with an empty name as empty instead of dropping it', async () => {
    const results = await screenFixture('vendors-bom.csv');
    expect(byKey(results, 'V-1003')).toMatchObject({ row: 4, status: 'empty', matches: [] });
  });

  it('gives each match its list, programs, score, explanation and the list entry hash', async () => {
    const wagner = byKey(await screenFixture('vendors-bom.csv'), 'V-1002').matches.find(
      (m) => m.entityId === 'ofac-sdn:22543',
    )!;
    expect(wagner).toMatchObject({ list: 'ofac-sdn', decision: 'alert', matchedName: 'PMC WAGNER' });
    expect(wagner.programs).toContain('RUSSIA-EO14024');
    expect(wagner.score).toBeGreaterThanOrEqual(0.8);
    expect(wagner.explanation.length).toBeGreaterThan(0);
    expect(wagner.entityHash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('names the list versions and the options in every result', async () => {
    const results = await screenFixture('vendors-latin1-semicolon.csv', { threshold: 0.85 });
    for (const r of results) {
      expect(r.audit.lists).toEqual([
        expect.objectContaining({
          list: 'default',
          publishedAt: '2026-11-25',
          format: 'watchlist-json',
          entities: defaultList.entities.length,
        }),
      ]);
      expect(r.audit.options).toMatchObject({
        threshold: 0.85,
        workers: 0,
        input: { encoding: 'windows-1252', delimiter: ';' },
      });
    }
  });

  it('gives a list without a file hash the hash of its entities, and records the screener options', async () => {
    const results = await collect([{ name: 'PMC Wagner' }], {
      lists: defaultList.entities,
      screenerOptions: { listThresholds: { 'us-csl': 0.9 }, candidateLimit: 32 },
    });
    const [version] = results[0]!.audit.lists;
    expect(version).toMatchObject({ list: 'ofac-sdn', format: null, hashOf: 'entities' });
    expect(version?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(results[0]!.audit.options).toMatchObject({ listThresholds: { 'us-csl': 0.9 }, candidateLimit: 32 });
    // The same entities give the same hash; an amended entry gives another.
    const again = await collect([{ name: 'x' }], { lists: defaultList.entities });
    expect(again[0]!.audit.lists[0]?.contentHash).toBe(version?.contentHash);
    const amended = defaultList.entities.map((e) => (e.id === 'ofac-sdn:22543' ? { ...e, programs: ['X'] } : e));
    const changed = await collect([{ name: 'x' }], { lists: amended });
    expect(changed[0]!.audit.lists.find((v) => v.list === 'ofac-sdn')?.contentHash).not.toBe(version?.contentHash);
  });

  it('reads country names as a German ERP writes them ("Russland")', async () => {
    const wagner = byKey(await screenFixture('vendors-latin1-semicolon.csv'), 'name:PMC Wagner');
    expect(wagner.status).toBe('alert');
    expect(wagner.warnings ?? []).toEqual([]);
  });

  it('screens a name whose country it cannot read, with a warning instead of an error', async () => {
    const smith = byKey(await screenFixture('customers.jsonl'), 'C-4');
    expect(smith.status).not.toBe('error');
    expect(smith.warnings).toContainEqual(
      expect.stringContaining('country "Atlantis" is not a country name or ISO code'),
    );
  });

  it('screens people from first and last name columns with their date of birth', async () => {
    const results = await screenFixture('customers.jsonl');
    expect(byKey(results, 'C-2')).toMatchObject({
      status: 'alert',
      matches: expect.arrayContaining([expect.objectContaining({ entityId: 'ofac-sdn:22544' })]),
    });
    expect(byKey(results, 'C-1').status).toBe('clear');
    expect(results.find((r) => r.row === 4)?.status).toBe('error');
    expect(byKey(results, 'C-3').status).toBe('empty');
  });

  it('screens the merged-header spreadsheet like the CSV', async () => {
    const results = await screenFixture('vendors-merged.xlsx');
    expect(results.filter((r) => r.status === 'alert').map((r) => r.key)).toEqual(['V-1002', 'V-1004', 'V-1005']);
    expect(byKey(results, 'V-1003').status).toBe('empty');
  });

  it('maps plain records with the columns option', async () => {
    const records = [
      { Lieferant: 'Nordic Timber AB', Land: 'SE', Nr: 'K-1' },
      { Lieferant: 'PMC Wagner', Land: 'RU', Nr: 'K-2' },
    ];
    const results = await collect(records, {
      lists: defaultList,
      columns: { name: 'Lieferant', key: 'Nr', country: 'Land' },
    });
    expect(results.map((r) => [r.row, r.key, r.status])).toEqual([
      [1, 'K-1', 'clear'],
      [2, 'K-2', 'alert'],
    ]);
  });

  it('shows the relationship path of an indirect hit from the exposure hook', async () => {
    const rows = [{ key: 'V-77', name: 'Ornek Kopru Dis Ticaret Limited Sirketi' }];
    const [result] = await collect(rows, { lists: defaultList, exposure: relationshipExposure(defaultList.entities) });
    const ornek = result!.matches.find((m) => m.entityId === 'demo:ORNEK-KOPRU')!;
    expect(ornek.path?.steps.map((s) => [s.entityId, s.relationship, s.share])).toEqual([
      ['demo:ORNEK-KOPRU', undefined, undefined],
      ['ofac-sdn:42033', 'ownedBy', 60],
    ]);
  });
});

describe('accept list and block list in a batch run', () => {
  it('suppresses an accepted match in the next run, and alerts again after the list entry changes', async () => {
    const first = byKey(await screenFixture('vendors-bom.csv'), 'V-1005');
    expect(first.status).toBe('alert');
    const accept = parseAcceptList(
      JSON.stringify({
        entries: first.matches.map((m) =>
          acceptEntryFor(first, m, {
            acceptedBy: 'a.kaya',
            acceptedAt: '2025-01-10',
            reason: 'Dexias International is a lighting wholesaler in Izmir',
          }),
        ),
      }),
      'accept.json',
    );
    const second = byKey(await screenFixture('vendors-bom.csv', { accept }), 'V-1005');
    expect(second.status).toBe('accepted');
    expect(second.matches.every((m) => m.decision === 'accepted')).toBe(true);

    // OFAC amends the entry (a new alias): the acceptance no longer holds.
    const amended: LoadResult = {
      ...defaultList,
      entities: defaultList.entities.map((e) =>
        e.id === first.matches[0]!.entityId
          ? { ...e, names: [...e.names, { full: 'DEXIAS DIS TICARET', kind: 'alias' as const }] }
          : e,
      ),
    };
    const third = byKey(await screenFixture('vendors-bom.csv', { accept, lists: amended }), 'V-1005');
    expect(third.status).toBe('alert');
    const changed = third.matches.find((m) => m.entityId === first.matches[0]!.entityId)!;
    expect(changed.decision).toBe('accepted-but-changed');
    expect(changed.note).toMatch(/^accepted on 2025-01-10 by a\.kaya .* but the list entry changed since/);
  });

  it('marks the rows the team blocks by name or key as blocked-by-list', async () => {
    const { readFileSync } = await import('node:fs');
    const block = parseBlockList(readFileSync(fixturePath('batch/block.json'), 'utf8'), 'block.json');
    const results = await screenFixture('vendors-bom.csv', { block });
    expect(byKey(results, 'V-1008')).toMatchObject({ status: 'blocked-by-list', blocked: { by: 'name' } });
    expect(byKey(results, 'V-1009')).toMatchObject({
      status: 'blocked-by-list',
      blocked: { by: 'key', reason: 'regulator letter 2025-03-14' },
    });
    expect(byKey(results, 'V-1001').status).toBe('clear');
  });
});

describe('worker threads', () => {
  // A vendor file of 700 rows (several chunks per worker): innocent names with the planted ones among them.
  const innocent = [
    'Nordic Timber AB',
    'Müller Logistik GmbH',
    'Anadolu Tekstil Sanayi A.Ş.',
    'Baltic Amber Trading OÜ',
    'Smith & Sons Plumbing',
  ];
  const planted = ['PMC Wagner', 'AZU INTERNATIONAL LTD STI', 'Dexias International', 'ЧВК Вагнер', ''];
  const rows = Array.from({ length: 700 }, (_, i) => ({
    row: i + 2,
    key: `V-${10000 + i}`,
    name: i % 23 === 0 ? planted[(i / 23) % planted.length]! : `${innocent[i % innocent.length]} ${i}`,
  }));
  const strip = (results: BatchResult[]) => results.map(({ audit, ...rest }) => ({ ...rest, lists: audit.lists }));

  it('gives results identical to the single-thread run, in input order, with the worker built from TypeScript source', async () => {
    const single = await collect(rows, { lists: defaultList, chunkSize: 40 });
    const workers = await collect(rows, { lists: defaultList, chunkSize: 40, workers: 2 });
    expect(workers[0]?.audit.options.workers).toBe(2);
    expect(strip(workers)).toEqual(strip(single));
    expect(single.filter((r) => r.status === 'alert').length).toBeGreaterThanOrEqual(20);
  });

  it('gives the same results from a list source the run loads itself', async () => {
    const single = await collect(rows.slice(0, 200), { lists: defaultList, chunkSize: 25 });
    const workers = await collect(rows.slice(0, 200), { listSource: { kind: 'default' }, chunkSize: 25, workers: 2 });
    expect(strip(workers)).toEqual(strip(single));
  });
});
