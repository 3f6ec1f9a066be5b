/**
 * Database migration assessment per instance (issue 16, part 2): what is in it, where it goes,
 * with which tool, how much conversion work and how long the final switch stops the system.
 * The numbers are planning assumptions of the same kind as the category defaults; README.md
 * "Database assessment" says where they come from. A Caché/MUMPS instance is not converted: its
 * application is rewritten (the application's assessment carries that effort).
 */
export const ENGINES = ['oracle', 'sqlserver', 'mysql', 'postgresql', 'cache', 'domestic', 'other'] as const;
export type Engine = (typeof ENGINES)[number];
export const TARGETS = ['dm', 'kingbase', 'oceanbase', 'gaussdb'] as const;
export type Target = (typeof TARGETS)[number];

export type ObjectCounts = { tables: number; views: number; procedures: number; packages: number; triggers: number; sequences: number; codeLines: number };
export type SchemaInfo = { name: string; app?: string; sizeMb?: number; counts?: Partial<ObjectCounts> };

export type DbInstance = {
  assetId: string;
  engine: Engine;
  version?: string;
  sizeGb?: number;
  schemas: SchemaInfo[];
  counts: ObjectCounts;
  /** Features with no direct equivalent on the target (dblink, clr, mview, jobs, object-types…). */
  features: string[];
  target: Target;
};

type Text = { zh: string; en: string };
export const TARGET_TOOLS: Record<Target, { product: Text; assess: string; migrate: string; sync: string; verify: Text }> = {
  dm: { product: { zh: '达梦 DM8', en: 'Dameng DM8' }, assess: 'DTS 迁移评估', migrate: 'DM DTS', sync: 'DMHS', verify: { zh: 'DMHS 数据比对（行数 + 校验和）', en: 'DMHS compare (row counts + checksums)' } },
  kingbase: { product: { zh: '人大金仓 KingbaseES V9', en: 'Kingbase KingbaseES V9' }, assess: 'KDMS', migrate: 'KDTS', sync: 'KFS', verify: { zh: 'KFS 数据比对（行数 + 校验和）', en: 'KFS compare (row counts + checksums)' } },
  oceanbase: { product: { zh: 'OceanBase', en: 'OceanBase' }, assess: 'OMA', migrate: 'OMS', sync: 'OMS 增量同步', verify: { zh: 'OMS 全量校验', en: 'OMS full verification' } },
  gaussdb: { product: { zh: '华为 GaussDB', en: 'Huawei GaussDB' }, assess: 'UGO', migrate: 'UGO + DRS', sync: 'DRS', verify: { zh: 'DRS 数据对比', en: 'DRS data comparison' } },
};

/** How hard the source's SQL dialect is to convert for the target (1 = as assumed below). */
const DIALECT: Record<Engine, Partial<Record<Target, number>>> = {
  oracle: { dm: 1, kingbase: 1, oceanbase: 1.2, gaussdb: 1.2 },
  sqlserver: { dm: 2, kingbase: 1.5, oceanbase: 2, gaussdb: 2 },
  mysql: { dm: 1, kingbase: 1, oceanbase: 0.5, gaussdb: 1 },
  postgresql: { dm: 1.2, kingbase: 0.5, oceanbase: 1.2, gaussdb: 0.7 },
  cache: {},
  domestic: {},
  other: {},
};

/** Person-days per object (or per 1,000 lines of code) for an Oracle-like source on DM. */
export const PER_OBJECT_DAYS = { tables: 0.02, views: 0.1, procedures: 0.5, packages: 3, triggers: 0.3, sequences: 0, perKLines: 1 } as const;
export const FEATURE_DAYS = 10;
export const SETUP_DAYS = 5;
/** Testing and fixing after conversion, as a share of conversion. */
export const TEST_SHARE = 0.3;
/** GB per hour: full load without incremental sync, and checksum comparison speed. */
export const FULL_LOAD_GB_PER_HOUR = 100;
export const VERIFY_GB_PER_HOUR = 1000;

export type DbEstimate = {
  rewrite: boolean;
  conversionDays: number;
  testDays: number;
  effort: number;
  /** Hours the system stops at the final switch. */
  downtimeHours: number;
  syncMethod: 'incremental' | 'full-load' | 'application';
  tools: { assess: string; migrate: string; sync: string };
  steps: Text[];
};

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Estimates one instance's conversion effort, final-sync downtime and the steps of its switch. */
export function estimateInstance(db: DbInstance): DbEstimate {
  const tools = TARGET_TOOLS[db.target];
  const size = db.sizeGb ?? 0;
  if (db.engine === 'cache') {
    return {
      rewrite: true, conversionDays: 0, testDays: 0, effort: 0, syncMethod: 'application',
      downtimeHours: round1(2 + size / 50),
      tools: { assess: '—', migrate: '—', sync: '—' },
      steps: [
        { zh: 'Caché/MUMPS 非关系型存储：随应用重写，由应用厂商导出 Global 数据并转换入库（工作量计入应用评估）', en: 'Caché/MUMPS is not relational: the application is rewritten and its vendor exports and converts the globals (effort counted in the application assessment)' },
        { zh: `停机窗口内导入增量并核对关键业务数据（${tools.verify.zh}）`, en: `load the delta in the window and reconcile key business data (${tools.verify.en})` },
      ],
    };
  }
  if (db.engine === 'domestic') {
    return { rewrite: false, conversionDays: 0, testDays: 0, effort: 0, downtimeHours: 0, syncMethod: 'incremental', tools: { assess: '—', migrate: '—', sync: '—' }, steps: [] };
  }
  const dialect = DIALECT[db.engine][db.target] ?? 1.5;
  const c = db.counts;
  const objects = c.tables * PER_OBJECT_DAYS.tables + c.views * PER_OBJECT_DAYS.views + c.procedures * PER_OBJECT_DAYS.procedures + c.packages * PER_OBJECT_DAYS.packages + c.triggers * PER_OBJECT_DAYS.triggers + (c.codeLines / 1000) * PER_OBJECT_DAYS.perKLines;
  const conversionDays = round1(SETUP_DAYS + objects * dialect + db.features.length * FEATURE_DAYS);
  const testDays = round1(conversionDays * TEST_SHARE);
  const incremental = db.engine !== 'other';
  const verify = size / VERIFY_GB_PER_HOUR;
  const downtimeHours = round1(incremental ? 1 + verify : 1 + size / FULL_LOAD_GB_PER_HOUR + verify);
  return {
    rewrite: false, conversionDays, testDays, effort: Math.round(conversionDays + testDays), downtimeHours,
    syncMethod: incremental ? 'incremental' : 'full-load',
    tools: { assess: tools.assess, migrate: tools.migrate, sync: tools.sync },
    steps: [
      { zh: `${tools.assess} 评估对象兼容性，${tools.migrate} 转换结构与代码`, en: `${tools.assess} checks object compatibility, ${tools.migrate} converts schema and code` },
      { zh: incremental ? `${tools.migrate} 全量迁移后由 ${tools.sync} 持续增量同步至切换` : `停机窗口内 ${tools.migrate} 全量导入`, en: incremental ? `full load with ${tools.migrate}, then ${tools.sync} keeps it in sync until the switch` : `full load with ${tools.migrate} inside the window` },
      { zh: `停止写入，等待增量追平，${tools.verify.zh}`, en: `stop writes, let the sync catch up, ${tools.verify.en}` },
      { zh: '应用切换连接串，业务抽样核对后开放', en: 'switch the connection strings, sample business checks, open' },
    ],
  };
}
