import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UserRelationshipInput } from '../../src/graph/userRelationship.js';
import type { LoadResult } from '../../src/model/loadResult.js';
import type { TransactionInput } from '../../src/model/transaction.js';
import { parseMt103 } from '../../src/screen/messages/mt103.js';
import { parsePacs008 } from '../../src/screen/messages/pacs008.js';
import { SHIPPED_RULES } from '../../src/screen/rules/shippedRules.js';
import { createTransactionScreener, type TransactionScreener } from '../../src/screen/screenTransaction.js';
import { canadaXmlLoader } from '../../src/sources/canadaXml.js';
import { ftmJsonLoader } from '../../src/sources/ftmJson.js';
import { loadList } from '../../src/sources/loadList.js';
import { fixturePath, hasShared, parseSharedOfacSet, sharedInput, sharedPath } from '../helpers/sharedLists.js';

const fixture = (name: string) => readFileSync(fixturePath(name), 'utf8');
const ornekOwners = JSON.parse(fixture('tx/ornek-kopru-owners.json')) as UserRelationshipInput[];
const hamburg: TransactionInput['parties'][number] = {
  role: 'originator',
  name: 'Hansa Ventiltechnik GmbH',
  address: { city: 'Hamburg', country: 'DE' },
};
const payment = (parties: TransactionInput['parties'], extra: Partial<TransactionInput> = {}): TransactionInput => ({
  id: 'REAL-1',
  date: '2024-06-12',
  amount: 25_000,
  currency: 'EUR',
  parties,
  ...extra,
});

describe.skipIf(!hasShared)(
  'screenTransaction against the OFAC SDN set of 3 May 2024 (real ../shared/lists files)',
  () => {
    let sdn: LoadResult;
    let screener: TransactionScreener;
    beforeAll(async () => {
      sdn = await parseSharedOfacSet({ source: { publishedAt: '2024-05-03' } });
      screener = createTransactionScreener(sdn, { rules: SHIPPED_RULES, extraRelationships: ornekOwners });
    }, 120_000);

    it('blocks a pacs.008 paying a firm a share register says AZU INTERNATIONAL owns 60%, with the path', () => {
      const [toOrnek] = parsePacs008(fixture('tx/pacs008-ornek-kopru.xml'));
      const result = screener.screen(toOrnek!);
      expect(result.decision).toBe('block');
      const ownership = result.reasons.find((r) => r.kind === 'ownership');
      expect(ownership).toMatchObject({ severity: 'block', field: 'parties[1].name' });
      expect(ownership?.path).toEqual([
        expect.objectContaining({ type: 'ownedBy', share: 60, to: 'ofac-sdn:42033', origin: expect.any(String) }),
      ]);
      expect(ownership?.ownership).toMatchObject({ rule: 'OFAC 50% rule', aggregateShare: 60 });
    });

    it('blocks an MT103 paying the same firm under its abbreviated name "ORNEK KOPRU DIS TICARET LTD STI"', () => {
      const result = screener.screen(parseMt103(fixture('tx/mt103-ornek-kopru.txt')));
      expect(result.decision).toBe('block');
      const ownership = result.reasons.find((r) => r.kind === 'ownership');
      expect(ownership?.field).toBe('parties[4].name');
      expect(ownership?.message).toContain('owned 60% in aggregate by blocked parties');
      expect(ownership?.path?.map((s) => s.toName)).toEqual([
        'AZU INTERNATIONAL BILGI TEKNOLOJILERI VE DIS TICARET LIMITED SIRKETI',
      ]);
    });

    it('does not block the firm for a payment made before the holding began (January 2023)', () => {
      const [toOrnek] = parsePacs008(fixture('tx/pacs008-ornek-kopru.xml'));
      const result = screener.screen(toOrnek!, { asOf: '2022-12-31' });
      expect(result.reasons.some((r) => r.kind === 'ownership')).toBe(false);
    });

    it('blocks a payment routed through Sberbank, named only by its BIC SABRRUMM (branch XXX)', () => {
      const result = screener.screen(
        payment([
          hamburg,
          { role: 'intermediaryBank', bic: 'SABRRUMMXXX' },
          { role: 'beneficiary', name: 'OOO Volga Stanki', address: { city: 'Kazan', country: 'RU' } },
        ]),
      );
      expect(result.decision).toBe('block');
      expect(result.reasons.find((r) => r.kind === 'identifier')).toMatchObject({
        severity: 'block',
        field: 'parties[1].bic',
        entity: { id: 'ofac-sdn:17018', name: 'PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA' },
      });
    });

    it('blocks a charter of the tanker ARTAVIL by its IMO number 9187629, whatever name the payment gives it', () => {
      const result = screener.screen(
        payment([hamburg, { role: 'beneficiary', name: 'Blue Horizon Shipping FZE', address: { country: 'AE' } }], {
          vessel: { name: 'ALPHA', imo: 'IMO 9187629' },
        }),
      );
      expect(result.decision).toBe('block');
      expect(result.reasons.find((r) => r.kind === 'identifier')).toMatchObject({
        field: 'vessel.imo',
        entity: { id: 'ofac-sdn:15036', name: 'ARTAVIL' },
      });
    });

    it('blocks a payment whose remittance information names the tanker by its IMO number', () => {
      const result = screener.screen(
        payment([hamburg, { role: 'beneficiary', name: 'Blue Horizon Shipping FZE', address: { country: 'AE' } }], {
          remittanceInformation: 'CHARTER HIRE MV ALPHA IMO 9187629 MAY 2024',
        }),
      );
      expect(result.decision).toBe('block');
      expect(result.reasons[0]).toMatchObject({
        kind: 'identifier',
        field: 'remittanceInformation',
        entity: { id: 'ofac-sdn:15036' },
      });
    });

    it('blocks a Sevastopol address written in Cyrillic, and clears an ordinary payment', () => {
      const sevastopol = JSON.parse(fixture('tx/sevastopol-cyrillic.json')) as TransactionInput;
      expect(screener.screen(sevastopol).decision).toBe('block');
      expect(screener.screen(JSON.parse(fixture('tx/clean-office-chairs.json')) as TransactionInput).decision).toBe(
        'clear',
      );
    });
  },
);

describe.skipIf(!hasShared)(
  'as-of dates on the UK Sanctions List of 11 August 2025 (real ../shared/lists file)',
  () => {
    let screener: TransactionScreener;
    beforeAll(async () => {
      const uk = await loadList({ format: 'uk-ods', path: sharedPath('uk/UK_Sanctions_List_2025-08-11.ods') });
      screener = createTransactionScreener(uk);
    }, 60_000);
    const toAzu = (date: string) =>
      payment(
        [
          hamburg,
          { role: 'beneficiary', name: 'AZU INTERNATIONAL LTD STI', address: { city: 'Istanbul', country: 'TR' } },
        ],
        { id: `AZU-${date}`, date },
      );

    it('does not block a payment to AZU INTERNATIONAL (RUS1951) made the day before the UK designated it', () => {
      const result = screener.screen(toAzu('2023-08-07'));
      expect(result.reasons.some((r) => r.severity === 'block')).toBe(false);
      expect(result.reasons.find((r) => r.entity?.id === 'uk-fcdo:RUS1951')).toMatchObject({
        kind: 'not-yet-listed',
        field: 'parties[1].name',
        listedOn: { date: '2023-08-08' },
      });
    });

    it('blocks the same payment made on the day of the designation, 8 August 2023', () => {
      const result = screener.screen(toAzu('2023-08-08'));
      expect(result.decision).toBe('block');
      expect(result.reasons[0]).toMatchObject({ kind: 'name-match', entity: { id: 'uk-fcdo:RUS1951' } });
    });
  },
);

describe.skipIf(!hasShared)('Canada SEMA listings in the shipped Turkey rule (real ../shared/lists file)', () => {
  let screener: TransactionScreener;
  beforeAll(async () => {
    const canada = await canadaXmlLoader.parse(sharedInput('canada/sema_consolidated_autonomous_sanctions.xml'));
    screener = createTransactionScreener(canada, { rules: SHIPPED_RULES });
  }, 60_000);
  const fromBelaruskali = (date: string) =>
    payment(
      [
        { role: 'originator', name: 'BELARUSKALI OAO', address: { city: 'Soligorsk', country: 'BY' } },
        { role: 'beneficiary', name: 'Mersin Gubre Ticaret A.S.', address: { city: 'Mersin', country: 'TR' } },
      ],
      { id: `BK-${date}`, date },
    );

  it('flags a Turkish beneficiary paid by Belaruskali, listed by Canada under CA-SEMA-BELARUS on 8 March 2022', () => {
    const result = screener.screen(fromBelaruskali('2023-05-02'));
    expect(result.decision).toBe('block');
    const rule = result.reasons.find((r) => r.ruleId === 'tr-counterparty-russia-belarus');
    expect(rule).toMatchObject({ field: 'parties[1].name', entity: { id: 'ca-sema:belarus-1-2-15' } });
  });

  it('reports the listing as not yet in force, and raises no rule, for a payment of 7 March 2022', () => {
    const result = screener.screen(fromBelaruskali('2022-03-07'));
    expect(result.reasons.some((r) => r.ruleId === 'tr-counterparty-russia-belarus')).toBe(false);
    expect(result.reasons.find((r) => r.kind === 'not-yet-listed')?.entity?.id).toBe('ca-sema:belarus-1-2-15');
  });
});

describe.skipIf(!hasShared)('dated ownership in the OpenSanctions Zala cluster (real ../shared/lists file)', () => {
  const ZAKHAROV = 'opensanctions:NK-aU5ybkbRFJucf8YMwsJvDw';
  const SPS = 'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ "СПС"';
  let screener: TransactionScreener;
  beforeAll(async () => {
    const zala = await ftmJsonLoader.parse(sharedInput('opensanctions/yente_fixture_zala/entities.ftm.json'));
    screener = createTransactionScreener(zala);
  });
  const toSps = (date: string) => payment([hamburg, { role: 'beneficiary', name: SPS }], { id: `SPS-${date}`, date });

  it('treats СПС, which the export marks as no sanctions target, as context rather than a listed party', () => {
    const result = screener.screen(toSps('2024-06-12'));
    expect(result.reasons.find((r) => r.kind === 'name-match')).toMatchObject({
      severity: 'info',
      entity: { id: 'opensanctions:NK-9Xa4Kg7Y7nfccE7VcZt6Q6' },
    });
  });

  it('clears a 2024 payment to СПС: Zakharov held 75% only from 2020-01-10 to 2022-11-22', () => {
    expect(screener.screen(toSps('2024-06-12')).decision).toBe('clear');
  });

  it('follows the holding in force in June 2022 through Zakharov to his listed relatives, for review', () => {
    const result = screener.screen(toSps('2022-06-01'));
    expect(result.decision).toBe('review');
    const exposure = result.reasons.filter((r) => r.kind === 'exposure');
    expect(exposure.length).toBeGreaterThan(0);
    for (const reason of exposure) {
      expect(reason.field).toBe('parties[1].name');
      expect(reason.path?.[0]).toMatchObject({ type: 'ownedBy', share: 75, to: ZAKHAROV });
    }
    // Zakharov himself is listed from 1 July 2023 in this export, so no 50% rule block yet.
    expect(result.reasons.some((r) => r.kind === 'ownership')).toBe(false);
  });
});
