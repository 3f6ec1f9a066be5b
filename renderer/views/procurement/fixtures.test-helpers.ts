/** A small procurement list built from the real engine, shared by the view's tests. */
import type { Asset, ProjectFile } from '../../../shared/model';
import { placementsFrom } from '../../../shared/planner/placements';
import type { PlanResult } from '../../../shared/planner/types';
import { buildProcurementList } from '../../../shared/procurement';

const a = (id: string, name: string, category: Asset['category'], extra: Partial<Asset> = {}): Asset => ({ id, name, category, quantity: 1, ...extra });

export const PROJECT: ProjectFile = {
  format: 'xcplan',
  version: 2,
  project: { name: '测试医院', province: '安徽', startDate: '2027-01-01', horizonYears: 3, waveMonths: 6 },
  assets: [
    a('PC-1', '门诊医生站', 'terminal', { quantity: 300, vendor: '联想', product: '启天 M430', cpu: 'i5-8500' }),
    a('DB-1', 'HIS 数据库', 'database', { product: 'Oracle 19c' }),
    a('SRV-1', 'HIS 数据库服务器', 'server', { vendor: 'Dell', product: 'R740' }),
    a('LAB-1', '生化分析仪', 'medical-device', { vendor: '罗氏', product: 'cobas 8000' }),
  ],
  dependencies: [{ from: 'DB-1', to: 'SRV-1', kind: 'runs-on' }],
};

/** A stand-in planner: PCs in wave 1, the rest in wave 3. */
export function fakePlan(project: ProjectFile): PlanResult {
  const placements = Object.fromEntries(project.assets.map((asset) => [asset.id, { wave: asset.category === 'terminal' ? 1 : 3, reason: { code: 'earliest' as const, detail: '' } }]));
  return {
    waves: [
      { index: 1, start: '2027-01-01', end: '2027-06-30', assets: [], effort: 0, cost: 0 },
      { index: 3, start: '2028-01-01', end: '2028-06-30', assets: [], effort: 0, cost: 0 },
    ],
    ...placementsFrom(placements),
    bundles: [],
    unscheduled: [],
    metrics: { waves: 3, lowerBound: 2, assetsPlanned: project.assets.length, effortTotal: 0, costTotal: 0, phases: [], coverage: { systems: 0, terminals: 0, servers: 0, os: 0, database: 0 } },
    // The database and its server are one unit of the plan.
    units: project.assets.some((asset) => asset.id === 'DB-1') ? [{ id: 'DB-1', kind: 'shared-platform', assets: ['DB-1', 'SRV-1'], tier: 'core', core: true, wave: 3 }] : [],
    events: [],
    warnings: [],
  };
}

export const LIST = buildProcurementList(PROJECT, fakePlan(PROJECT), { costOf: (asset) => asset.quantity * 5000 });
