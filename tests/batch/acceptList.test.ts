import { describe, expect, it } from 'vitest';
import { acceptEntryFor, parseAcceptList } from '../../src/batch/acceptList.js';
import type { BatchAudit, MatchFinding } from '../../src/batch/batchResult.js';
import { blockNameKey, parseBlockList } from '../../src/batch/blockList.js';
import { decideRow } from '../../src/batch/decideRow.js';
import type { ScreenedRow } from '../../src/batch/screenRows.js';
import { InputError } from '../../src/errors.js';
import type { Entity } from '../../src/model/entity.js';
import { canonicalJson, entityContentHash } from '../../src/model/entityContentHash.js';
import { loadDefaultList } from '../../src/sources/defaultList.js';

const audit: BatchAudit = { lists: [], options: { threshold: 0.8, matchesPerRow: 5, workers: 0 } };
const entities = (await loadDefaultList()).entities;
const dexias = entities.find((e) => e.id === 'ofac-sdn:41936')!;

async function finding(entity: Entity, score = 0.86): Promise<MatchFinding> {
  return {
    entityId: entity.id,
    entityName: entity.names[0]!.full,
    schema: entity.schema,
    list: entity.source.list,
    listName: entity.source.name,
    programs: entity.programs,
    score,
    nameScore: score,
    matchedName: entity.names[0]!.full,
    matchedNameKind: 'primary',
    explanation: [],
    entityHash: await entityContentHash(entity),
  };
}

const screened = async (key: string, name: string, entity: Entity): Promise<ScreenedRow> => ({
  row: { row: 5, key, name },
  findings: [await finding(entity)],
  warnings: [],
  empty: false,
});

describe('entity content hash', () => {
  it('is the same for the same content whatever the key order, and a SHA-256', async () => {
    const reordered = Object.fromEntries(Object.entries(dexias).reverse()) as Entity;
    expect(canonicalJson(reordered)).toBe(canonicalJson(dexias));
    const hash = await entityContentHash(dexias);
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await entityContentHash(reordered)).toBe(hash);
    expect(await entityContentHash(structuredClone(dexias))).toBe(hash);
  });

  it('changes when the list publisher adds an alias', async () => {
    const amended = { ...dexias, names: [...dexias.names, { full: 'DEXIAS DIS TICARET', kind: 'alias' as const }] };
    expect(await entityContentHash(amended)).not.toBe(await entityContentHash(dexias));
  });
});

describe('accept list', () => {
  const decision = {
    acceptedBy: 'a.kaya',
    acceptedAt: '2025-01-10',
    reason: 'Dexias Lighting GmbH, Munich: another company',
  };

  it('suppresses a decided false positive while the list entry is unchanged', async () => {
    const row = await screened('V-1044', 'Dexias Lighting GmbH', dexias);
    const entry = acceptEntryFor({ key: 'V-1044', name: 'Dexias Lighting GmbH' }, row.findings[0]!, decision);
    const accept = parseAcceptList(
      JSON.stringify({ format: 'sanctions-screen/accept-list@1', entries: [entry] }),
      'accept.json',
    );
    const result = decideRow(row, { accept, audit });
    expect(result.status).toBe('accepted');
    expect(result.matches[0]).toMatchObject({
      decision: 'accepted',
      acceptance: { acceptedBy: 'a.kaya', reason: decision.reason },
    });
    // The decision is for that row key only.
    expect(decideRow(await screened('V-2000', 'Dexias Lighting GmbH', dexias), { accept, audit }).status).toBe('alert');
  });

  it('alerts again, saying why, once the list entry has changed', async () => {
    const before = await screened('V-1044', 'Dexias Lighting GmbH', dexias);
    const accept = parseAcceptList(
      JSON.stringify({ entries: [acceptEntryFor(before.row, before.findings[0]!, decision)] }),
      'accept.json',
    );
    const amended = { ...dexias, programs: [...dexias.programs, 'BELARUS-EO14038'] };
    const result = decideRow(await screened('V-1044', 'Dexias Lighting GmbH', amended), { accept, audit });
    expect(result.status).toBe('alert');
    expect(result.matches[0]?.decision).toBe('accepted-but-changed');
    expect(result.matches[0]?.note).toBe(
      'accepted on 2025-01-10 by a.kaya ("Dexias Lighting GmbH, Munich: another company"), but the list entry changed since: review it again',
    );
  });

  it('refuses an accept list entry without its list entry hash, naming the file and the entry', () => {
    const text = JSON.stringify({
      entries: [{ key: 'V-1', entityId: 'ofac-sdn:1', acceptedBy: 'x', acceptedAt: '2025-01-10', reason: 'r' }],
    });
    expect(() => parseAcceptList(text, 'decisions/accept.json')).toThrow(InputError);
    expect(() => parseAcceptList(text, 'decisions/accept.json')).toThrow(
      /decisions\/accept\.json: not a valid accept list: entries\[0\]\.entityHash/,
    );
    expect(() => parseAcceptList('{ not json', 'accept.json')).toThrow(
      /accept\.json: the accept list is not valid JSON/,
    );
  });
});

describe('block list', () => {
  const block = parseBlockList(
    JSON.stringify({
      entries: [
        { name: 'Nordic Timber AB', reason: 'internal investigation', addedBy: 'mlro' },
        { key: 'V-1009', reason: 'regulator letter' },
      ],
    }),
    'block.json',
  );

  it('blocks a row by name, ignoring case, accents and punctuation, and by key', () => {
    const byName = decideRow(
      { row: { row: 9, key: 'V-1008', name: 'NORDIC  TIMBER, A.B.' }, findings: [], warnings: [], empty: false },
      { block, audit },
    );
    expect(byName).toMatchObject({
      status: 'blocked-by-list',
      blocked: { by: 'name', reason: 'internal investigation', addedBy: 'mlro' },
    });
    const byKey = decideRow(
      { row: { row: 10, key: 'V-1009', name: 'Smith & Sons' }, findings: [], warnings: [], empty: false },
      { block, audit },
    );
    expect(byKey).toMatchObject({ status: 'blocked-by-list', blocked: { by: 'key', value: 'V-1009' } });
    expect(blockNameKey('Société Générale')).toBe('societe generale');
  });

  it('refuses an entry with neither key nor name', () => {
    expect(() => parseBlockList(JSON.stringify({ entries: [{ reason: 'x' }] }), 'block.json')).toThrow(
      /needs a "key" or a "name"/,
    );
  });
});

describe('row status', () => {
  it('reports a row with no name and no identifier as empty, and an unreadable row as an error', () => {
    const empty = decideRow(
      { row: { row: 4, key: 'V-1003', name: '' }, findings: [], warnings: [], empty: true },
      { audit },
    );
    expect(empty).toMatchObject({ row: 4, key: 'V-1003', status: 'empty', matches: [] });
    const error = decideRow(
      {
        row: { row: 7, key: 'row:7', name: '' },
        findings: [],
        warnings: [],
        error: 'line 7 is not valid CSV',
        empty: false,
      },
      { audit },
    );
    expect(error).toMatchObject({ status: 'error', error: 'line 7 is not valid CSV' });
  });
});
