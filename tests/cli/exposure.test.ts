import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cliRun.js';
import { fixturePath, hasShared, sharedPath } from '../helpers/sharedLists.js';

const exposure = (...args: string[]) => cli('exposure', ...args);

describe('sanctions-screen exposure', () => {
  it('shows the path from SEWA SECURITY SERVICES to Wagner and its 50% rule status', async () => {
    const { code, stdout } = await exposure('SEWA SECURITY SERVICES');
    expect(code).toBe(1);
    expect(stdout).toContain('SEWA SECURITY SERVICES (ofac-sdn:39618; CAR, RUSSIA-EO14024) — listed');
    expect(stdout).toContain("SEWA SECURITY SERVICES → linked to → PRIVATE MILITARY COMPANY 'WAGNER'");
    expect(stdout).toContain('OFAC 50% rule: listed in its own right');
    // Two hops away: the other parties linked to Wagner.
    expect(stdout).toMatch(/2 hops {2}UTKIN, Dmitriy Valeryevich/);
  });

  it('shows a fictional firm blocked by 60% ownership by AZU INTERNATIONAL', async () => {
    const { code, stdout } = await exposure('ORNEK KOPRU DIS TICARET LIMITED SIRKETI', '--depth', '1');
    expect(code).toBe(1);
    expect(stdout).toContain('not itself listed');
    expect(stdout).toContain('OFAC 50% rule: BLOCKED, owned 60% in aggregate by blocked parties');
    expect(stdout).toContain('→ owned by (60%) → AZU INTERNATIONAL');
  });

  it('prints the exposure paths as JSON', async () => {
    const { stdout } = await exposure('RAYYA DANISMANLIK HIZMETLERI LIMITED SIRKETI', '--depth', '2', '--json');
    const report = JSON.parse(stdout) as {
      exposed: boolean;
      matches: Array<{
        entity: { id: string };
        exposure: Array<{ entity: { id: string }; depth: number; pathText: string }>;
      }>;
    };
    expect(report.exposed).toBe(true);
    const rayya = report.matches.find((m) => m.entity.id === 'ofac-sdn:48389');
    expect(rayya?.exposure.map((e) => [e.entity.id, e.depth])).toEqual(
      expect.arrayContaining([
        ['ofac-sdn:48382', 1],
        ['ofac-sdn:48386', 1],
        ['ofac-sdn:48380', 2],
      ]),
    );
  });

  it('exits 0 when the name matches no listed party', async () => {
    const { code, stdout } = await exposure('Van der Berg Kantoormeubelen B.V.');
    expect(code).toBe(0);
    expect(stdout).toContain('No listed party matches this name.');
  });

  it("shows a vendor of the user's share register blocked by 60% ownership by AZU INTERNATIONAL", async () => {
    const { code, stdout } = await exposure(
      'ORNEK KOPRU DIS TICARET LTD STI',
      '--relationships',
      fixturePath('tx/ornek-kopru-owners.json'),
    );
    expect(code).toBe(1);
    expect(stdout).toContain(
      'Örnek Köprü Dış Ticaret Limited Şirketi (user:ornek-kopru-dis-ticaret-limited-sirketi) — not itself listed (a party of the relationships given)',
    );
    expect(stdout).toContain('OFAC 50% rule: BLOCKED, owned 60% in aggregate');
  });

  it('judges listings as of a date: before Wagner was designated (20 June 2017), UTKIN is no exposure', async () => {
    const { stdout } = await exposure('SEWA SECURITY SERVICES', '--as-of', '2017-06-19');
    expect(stdout).toContain('within 2 hop(s) as of 2017-06-19');
    expect(stdout).not.toContain('UTKIN');
  });

  it('refuses a schema it does not know, with exit 2', async () => {
    const { code, stderr } = await exposure('SEWA SECURITY SERVICES', '--schema', 'banana');
    expect(code).toBe(2);
    expect(stderr).toContain('--schema: "banana": expected person, organization, vessel or aircraft');
  });

  it.skipIf(!hasShared)(
    'shows Wagner one hop from SEWA SECURITY SERVICES and the 17 other parties linked to it, in the real OFAC SDN file',
    async () => {
      const { code, stdout } = await exposure(
        'Sewa Security Services',
        '--list',
        `ofac-csv:${sharedPath('ofac/legacy_csv_2024-05')}`,
      );
      expect(code).toBe(1);
      expect(stdout).toContain('listed parties within 2 hop(s): 18');
      expect(stdout).toContain(
        "SEWA SECURITY SERVICES → linked to → PRIVATE MILITARY COMPANY 'WAGNER' → linked to → BOIS ROUGE SARLU",
      );
    },
    60_000,
  );
});
