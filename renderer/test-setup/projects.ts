/** A small, valid project for component and repository tests (the real samples live in fixtures/). */
import type { Asset, ProjectFile } from '../../shared/model';

export const TEST_ASSETS: Asset[] = [
  { id: 'PC-001', name: '门诊医生工作站', category: 'terminal', quantity: 300, vendor: 'Lenovo', product: 'ThinkCentre M720', os: 'Windows 10', vendorOrigin: 'foreign', disposition: 'replace', tier: 'office', site: '本部', department: '门诊部' },
  { id: 'PC-002', name: '住院护士工作站', category: 'terminal', quantity: 120, vendor: '长城', product: '世恒 TN140', os: '银河麒麟 V10', vendorOrigin: 'domestic', disposition: 'compliant', tier: 'office', site: '东院', department: '住院部' },
  { id: 'SRV-001', name: 'HIS 数据库服务器', category: 'server', quantity: 2, vendor: 'Dell', product: 'PowerEdge R740', vendorOrigin: 'foreign', disposition: 'replace', site: '本部', department: '信息中心', endOfSupport: '2027-06-30' },
  { id: 'DB-001', name: 'HIS 数据库', category: 'database', quantity: 1, vendor: 'Oracle', product: 'Oracle 11g RAC', vendorOrigin: 'foreign', disposition: 'replace', site: '本部', department: '信息中心' },
  { id: 'APP-HIS', name: 'HIS 医院信息系统', category: 'application', quantity: 1, vendor: '卫宁健康', vendorOrigin: 'domestic', disposition: 'compliant', tier: 'core', site: '本部', department: '信息中心' },
  { id: 'PRN-001', name: '门诊打印机', category: 'peripheral', quantity: 80, vendor: 'HP', product: 'LaserJet M403', vendorOrigin: 'foreign', disposition: 'replace', site: '本部', department: '门诊部' },
];

export const TEST_PROJECT: ProjectFile = {
  format: 'xcplan',
  version: 2,
  project: { name: '测试医院', province: '安徽', startDate: '2027-01-01', horizonYears: 5, waveMonths: 3 },
  assets: TEST_ASSETS,
  dependencies: [
    { from: 'APP-HIS', to: 'DB-001', kind: 'runs-on' },
    { from: 'DB-001', to: 'SRV-001', kind: 'runs-on' },
    { from: 'PC-001', to: 'APP-HIS', kind: 'connects-to' },
  ],
  scenario: { name: '基准', capacityPerWave: 400, budgetPerYear: 8_000_000, maxCoreCutoversPerWave: 1, freezeWindows: [{ name: '封网', from: '01-01', to: '02-28', scope: 'core' }], pins: {} },
};
