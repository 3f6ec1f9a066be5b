/**
 * Defaults a new project and scenario start from. Values are planning assumptions the user edits,
 * not facts; DOMAIN.md §4.3 lists what secondary sources suggest.
 */
import type { Category, ProjectFile, Scenario } from './types';

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
};

export const DEFAULT_SCENARIO: Scenario = {
  name: '基准',
  capacityPerWave: 400,
  budgetPerYear: 8_000_000,
  maxCoreCutoversPerWave: 1,
  freezeMonths: [1, 2],
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
    version: 1,
    project: { name, startDate, horizonYears: 5, waveMonths: 3 },
    assets: [],
    dependencies: [],
    scenario: { ...DEFAULT_SCENARIO, pins: {} },
  };
}
