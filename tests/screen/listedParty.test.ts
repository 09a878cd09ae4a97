import { describe, expect, it } from 'vitest';
import { EntitySchema } from '../../src/model/entity.js';
import { isListedParty, isNonTargetRecord } from '../../src/screen/listedParty.js';

const record = (list: string, properties?: Record<string, string[]>) =>
  EntitySchema.parse({
    id: `${list}:1`,
    sourceId: '1',
    source: { list, name: list },
    schema: 'Company',
    names: [{ full: 'ORNEK', kind: 'primary' }],
    ...(properties ? { properties } : {}),
  });

describe('which list records are listed parties in their own right', () => {
  it('counts a record of a team block list even without a program', () => {
    expect(isListedParty(record('acme-blocklist'))).toBe(true);
  });

  it('does not count the embedded list’s fictional demo companies', () => {
    expect(isListedParty(record('demo'))).toBe(false);
  });

  it('does not count a company an OpenSanctions export carries as no sanctions target (target: false)', () => {
    expect(isNonTargetRecord(record('opensanctions', { target: ['false'] }))).toBe(true);
    expect(isListedParty(record('opensanctions', { target: ['false'] }))).toBe(false);
    expect(isListedParty(record('opensanctions', { target: ['true'] }))).toBe(true);
  });
});
