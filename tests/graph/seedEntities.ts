import { type Entity, type EntityInput, EntitySchema } from '../../src/model/entity.js';
import type { Relationship } from '../../src/model/relationship.js';

const OFAC = { list: 'ofac-sdn', name: 'OFAC SDN List' };
const DEMO = { list: 'demo', name: 'Fictional parties for tests' };

type Link = Relationship;

/** An OFAC SDN entity as the list gives it, typed by hand. */
export function sdn(uid: string, name: string, extra: Partial<EntityInput> = {}): Entity {
  return EntitySchema.parse({
    id: `ofac-sdn:${uid}`,
    sourceId: uid,
    source: OFAC,
    schema: 'Organization',
    names: [{ full: name, kind: 'primary' }],
    programs: ['RUSSIA-EO14024'],
    ...extra,
  });
}

/** A fictional, unlisted company (`demo:` ids, as in the embedded list) with the relationships given. */
export function company(
  key: string,
  name: string,
  relationships: Link[] = [],
  extra: Partial<EntityInput> = {},
): Entity {
  return EntitySchema.parse({
    id: `demo:${key}`,
    sourceId: key,
    source: DEMO,
    schema: 'Company',
    names: [{ full: name, kind: 'primary' }],
    relationships: relationships.map((r) => ({ origin: 'test', ...r })),
    ...extra,
  });
}

export const WAGNER_NAME = "PRIVATE MILITARY COMPANY 'WAGNER'";
export const AZU_NAME = 'AZU INTERNATIONAL BILGI TEKNOLOJILERI VE DIS TICARET LIMITED SIRKETI';
export const DEXIAS_NAME = 'DEXIAS INTERNATIONAL PRODUCTS AND TRADE LIMITED COMPANY';
const linkedTo = (targetId: string, targetName: string) => ({
  type: 'linkedTo' as const,
  targetId,
  targetName,
  origin: 'OFAC remarks: Linked To',
});

/** The seed scenario's listed parties and their OFAC "Linked To:" links, as on the SDN records. */
export function seedEntities(): Entity[] {
  return [
    sdn('22543', WAGNER_NAME, { programs: ['CAR', 'RUSSIA-EO14024'], listedOn: { date: '2017-06-20' } }),
    sdn('39618', 'SEWA SECURITY SERVICES', { relationships: [linkedTo('ofac-sdn:22543', WAGNER_NAME)] }),
    sdn('22544', 'UTKIN, Dmitriy Valeryevich', {
      schema: 'Person',
      listedOn: { date: '2017-06-20' },
      relationships: [linkedTo('ofac-sdn:22543', WAGNER_NAME)],
    }),
    // The legacy CSV has no designation dates; AZU and DEXIAS first appear in the 2023 files.
    sdn('42033', AZU_NAME, { listedOn: { date: '2023' } }),
    sdn('41936', DEXIAS_NAME, {
      listedOn: { date: '2023' },
      relationships: [linkedTo('ofac-sdn:35348', 'RADIOAVTOMATIKA LLC')],
    }),
    sdn('48389', 'RAYYA DANISMANLIK HIZMETLERI LIMITED SIRKETI', {
      programs: ['BELARUS-EO14038'],
      relationships: [linkedTo('ofac-sdn:48382', 'RAYYA, Samer')],
    }),
    sdn('48382', 'RAYYA, Samer', {
      schema: 'Person',
      programs: ['BELARUS-EO14038'],
      relationships: [linkedTo('ofac-sdn:48380', 'BLACK SHIELD COMPANY FOR GENERAL TRADING LLC')],
    }),
    sdn('48380', 'BLACK SHIELD COMPANY FOR GENERAL TRADING LLC', {
      programs: ['BELARUS-EO14038'],
      relationships: [linkedTo('ofac-sdn:33397', 'KIDMA TECH OJSC')],
    }),
    sdn('33397', 'KIDMA TECH OJSC', { programs: ['BELARUS-EO14038'] }),
  ];
}
