/**
 * One HS heading (4 digits) whose goods include dual-use or battlefield items: what it covers and why it is here.
 */
export interface DualUseHeading {
  /** HS heading, 4 digits ("8542"); any code starting with it is in the heading. */
  readonly heading: string;
  readonly description: string;
  /** The export-control list that names items of this heading. */
  readonly basis: string;
}

const CHPL =
  'Common High Priority List (US BIS with the EU, Japan and the UK; BIS notice of 23 February 2024, bis.gov/node/6280)';
const AIRCRAFT =
  'aircraft, UAVs and their engines and parts: EU Regulation 833/2014 annexes on Russia, US EAR part 746';
const ARMS = 'munitions: EU Common Military List and arms embargoes on the sanctioned jurisdictions';

/**
 * HS headings that hold dual-use goods and goods Russia's armed forces seek (battlefield items). The electronics
 * and optics headings are those of the six-digit codes on the Common High Priority List, which BIS, the EU, Japan
 * and the UK publish as goods at high risk of diversion to Russia; aircraft, UAVs, engines and munitions are
 * controlled for Russia, Belarus and the embargoed countries by the EU's Russia regulation and the US EAR.
 * Screening at heading level is deliberately broad (a heading holds harmless goods too): a hit means review, with
 * the six-digit code checked against the current lists. Review this table when the lists change; it is data.
 */
export const DUAL_USE_HEADINGS: readonly DualUseHeading[] = [
  { heading: '8411', description: 'turbojets, turbopropellers and other gas turbines', basis: AIRCRAFT },
  {
    heading: '8412',
    description: 'other engines and motors (reaction engines, hydraulic and pneumatic)',
    basis: AIRCRAFT,
  },
  { heading: '8471', description: 'automatic data-processing machines (computers) and units', basis: CHPL },
  {
    heading: '8517',
    description: 'telephone sets, apparatus for transmitting or receiving data (routers, modems)',
    basis: CHPL,
  },
  { heading: '8525', description: 'transmission apparatus for radio or television; cameras', basis: CHPL },
  { heading: '8526', description: 'radar, radio-navigational and radio remote-control apparatus', basis: CHPL },
  { heading: '8532', description: 'electrical capacitors (tantalum, ceramic)', basis: CHPL },
  { heading: '8542', description: 'electronic integrated circuits (processors, memories, amplifiers)', basis: CHPL },
  { heading: '8548', description: 'electrical parts of machinery not elsewhere specified', basis: CHPL },
  { heading: '8802', description: 'aircraft (helicopters, aeroplanes) and spacecraft', basis: AIRCRAFT },
  { heading: '8803', description: 'parts of aircraft (HS 2017; heading 8807 since HS 2022)', basis: AIRCRAFT },
  { heading: '8806', description: 'unmanned aircraft (drones)', basis: AIRCRAFT },
  { heading: '8807', description: 'parts of aircraft, drones and spacecraft (HS 2022)', basis: AIRCRAFT },
  { heading: '9013', description: 'lasers, telescopic sights and other optical devices', basis: CHPL },
  { heading: '9014', description: 'direction-finding compasses and navigational instruments', basis: CHPL },
  { heading: '9306', description: 'bombs, grenades, missiles, cartridges and other ammunition', basis: ARMS },
];
