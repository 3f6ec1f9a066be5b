/**
 * Defaults a new project and scenario start from. Values are planning assumptions the user edits,
 * not facts; DOMAIN.md §4.3 lists what secondary sources suggest.
 */
import type { Category, FreezeWindow, ProjectFile, Scenario } from './types';

/** Person-days of migration effort per unit, by category (estimates; editable per scenario). */
export const DEFAULT_EFFORT_PER_UNIT: Record<Category, number> = {
  terminal: 0.25,
  server: 2,
  storage: 3,
  network: 1,
  'security-appliance': 2,
  peripheral: 0.1,
  'medical-device': 1,
  os: 0.5,
  database: 20,
  middleware: 5,
  virtualization: 5,
  office: 0.1,
  application: 30,
  'security-software': 1,
  other: 0,
};

/**
 * Periods hospitals keep free of changes: 春节 (no change at all), 护网 (the summer national
 * attack-defence exercise: no core cut-over) and 医保年终结算 (the medical-insurance year-end
 * settlement in December: no core cut-over). Editable per scenario.
 */
export const DEFAULT_FREEZE_WINDOWS: FreezeWindow[] = [
  { name: '春节', from: '01-20', to: '02-20', scope: 'all' },
  { name: '护网', from: '07-15', to: '08-31', scope: 'core' },
  { name: '医保年终结算', from: '12-01', to: '12-31', scope: 'core' },
];

export const DEFAULT_SCENARIO: Scenario = {
  name: '基准',
  capacityPerWave: 400,
  budgetPerYear: 8_000_000,
  maxCoreCutoversPerWave: 1,
  phaseOverlapWaves: 0,
  dualTrackMonths: 3,
  securityReserveShare: 0.05,
  vendorTeamSystemsPerWave: 1,
  freezeWindows: DEFAULT_FREEZE_WINDOWS,
  pins: {},
};

/**
 * An empty project starting on the given date.
 * @param name project name
 * @param startDate ISO date, passed in (domain code never reads the clock)
 */
export function createEmptyProject(name: string, startDate: string): ProjectFile {
  return {
    format: 'xcplan',
    version: 2,
    project: { name, startDate, horizonYears: 5, waveMonths: 3 },
    assets: [],
    dependencies: [],
    scenario: { ...DEFAULT_SCENARIO, pins: {} },
  };
}
