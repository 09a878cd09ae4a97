/**
 * One of the lists the trade.gov Consolidated Screening List merges: the short code the CSL API uses in its
 * `sources` filter, the `source` text as the CSL files print it, and the agency that keeps the list.
 */
export interface CslSourceList {
  code: string;
  source: string;
  agency: string;
}

/**
 * The CSL's source lists (trade.gov, 2023–2025 files). Reviewed as data: when trade.gov adds a list or renames
 * one, add a row here. The code is what tells an Entity List hit (an export licence requirement) from an SDN
 * hit (a blocking), so it travels with every entity.
 */
export const CSL_SOURCE_LISTS: readonly CslSourceList[] = [
  { code: 'SDN', source: 'Specially Designated Nationals (SDN) - Treasury Department', agency: 'Treasury (OFAC)' },
  { code: 'FSE', source: 'Foreign Sanctions Evaders (FSE) - Treasury Department', agency: 'Treasury (OFAC)' },
  {
    code: 'SSI',
    source: 'Sectoral Sanctions Identifications List (SSI) - Treasury Department',
    agency: 'Treasury (OFAC)',
  },
  {
    code: 'PLC',
    source: 'Palestinian Legislative Council List (PLC) - Treasury Department',
    agency: 'Treasury (OFAC)',
  },
  { code: 'CAP', source: 'Capta List (CAP) - Treasury Department', agency: 'Treasury (OFAC)' },
  {
    code: 'MBS',
    source: 'Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department',
    agency: 'Treasury (OFAC)',
  },
  {
    code: 'CMIC',
    source: 'Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department',
    agency: 'Treasury (OFAC)',
  },
  { code: 'EL', source: 'Entity List (EL) - Bureau of Industry and Security', agency: 'Commerce (BIS)' },
  { code: 'DPL', source: 'Denied Persons List (DPL) - Bureau of Industry and Security', agency: 'Commerce (BIS)' },
  { code: 'UVL', source: 'Unverified List (UVL) - Bureau of Industry and Security', agency: 'Commerce (BIS)' },
  { code: 'MEU', source: 'Military End User (MEU) List - Bureau of Industry and Security', agency: 'Commerce (BIS)' },
  { code: 'DTC', source: 'ITAR Debarred (DTC) - State Department', agency: 'State (DDTC)' },
  { code: 'ISN', source: 'Nonproliferation Sanctions (ISN) - State Department', agency: 'State (ISN)' },
];
