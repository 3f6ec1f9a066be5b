/**
 * The shipped questionnaire for applications and platforms (issue 16, part 1). Data, not code: a
 * project replaces a question of the same id or adds its own in `extensions.assessment.questions`.
 *
 * Each answer carries three editable numbers:
 * - `risk` 0..4 (none, low, medium, high, blocker): feeds the difficulty grade through the
 *   question's `weight`;
 * - `days`: person-days the answer adds to the migration (the itemised workload, as in Huawei's
 *   Kunpeng DevKit assessment report);
 * - `factor`: a multiplier on the whole effort (availability and size make every step costlier).
 * See README.md "Assessment: the shipped model and why" for the rationale of the numbers.
 */
export type Text = { zh: string; en: string };
export type AssessedKind = 'application' | 'platform';

export type Choice = { id: string; label: Text; risk: number; days: number; factor?: number };

export type Question = {
  id: string;
  section: 'client' | 'code' | 'database' | 'interfaces' | 'vendor' | 'data' | 'availability';
  text: Text;
  /** `multi`: several answers at once; the risk is the highest chosen, the days add up. */
  kind: 'single' | 'multi';
  /** Importance in the difficulty score (0 leaves the question out of the grade). */
  weight: number;
  appliesTo: AssessedKind[];
  choices: Choice[];
  /** Shown (and counted) only when another question has one of these answers. */
  showIf?: { question: string; anyOf: string[] };
};

const c = (id: string, zh: string, en: string, risk: number, days: number, factor?: number): Choice => ({ id, label: { zh, en }, risk, days, ...(factor !== undefined ? { factor } : {}) });
const BOTH: AssessedKind[] = ['application', 'platform'];
const APP: AssessedKind[] = ['application'];

export const SECTION_LABELS: Record<Question['section'], Text> = {
  client: { zh: '客户端', en: 'Client' },
  code: { zh: '开发语言与框架', en: 'Languages and frameworks' },
  database: { zh: '数据库特性', en: 'Database features' },
  interfaces: { zh: '接口', en: 'Interfaces' },
  vendor: { zh: '厂商信创版本', en: "Vendor's Xinchuang version" },
  data: { zh: '数据量', en: 'Data volume' },
  availability: { zh: '可用性要求', en: 'Availability' },
};

export const BUILT_IN_QUESTIONS: Question[] = [
  {
    id: 'client-type', section: 'client', kind: 'single', weight: 3, appliesTo: APP,
    text: { zh: '客户端形态', en: 'Client type' },
    choices: [
      c('bs', 'B/S，标准浏览器即可', 'B/S, any standard browser', 0, 5),
      c('bs-ie', 'B/S，依赖 IE 内核或 ActiveX 控件', 'B/S needing IE or ActiveX controls', 3, 60),
      c('cs-win', 'C/S，Windows 胖客户端（.NET/Delphi/PB）', 'C/S, Windows fat client (.NET/Delphi/PB)', 3, 80),
      c('cs-cross', 'C/S，跨平台客户端（Java/Qt）', 'C/S, cross-platform client (Java/Qt)', 1, 15),
      c('none', '无客户端（后台服务）', 'no client (back-end service)', 0, 0),
    ],
  },
  {
    id: 'client-controls', section: 'client', kind: 'multi', weight: 2, appliesTo: APP,
    showIf: { question: 'client-type', anyOf: ['bs', 'bs-ie', 'cs-win', 'cs-cross'] },
    text: { zh: '客户端调用的本地控件与外设', en: 'Local controls and devices the client calls' },
    choices: [
      c('insurance', '医保读卡/结算控件', 'medical-insurance card and settlement control', 3, 20),
      c('card-reader', '身份证/就诊卡读卡器', 'ID / patient card reader', 2, 10),
      c('ca-ukey', 'CA Ukey 电子签名', 'CA Ukey e-signature', 3, 15),
      c('print', '打印控件（票据、腕带、条码）', 'print controls (receipts, wristbands, barcodes)', 1, 8),
      c('scanner', '扫码枪、高拍仪、签字板', 'scanners, document cameras, signature pads', 1, 5),
      c('none', '无', 'none', 0, 0),
    ],
  },
  {
    id: 'languages', section: 'code', kind: 'multi', weight: 3, appliesTo: APP,
    text: { zh: '开发语言', en: 'Languages' },
    choices: [
      c('java', 'Java', 'Java', 1, 10),
      c('dotnet', '.NET Framework（C#/VB.NET）', '.NET Framework (C#/VB.NET)', 3, 60),
      c('legacy', 'PowerBuilder / Delphi / VB6', 'PowerBuilder / Delphi / VB6', 4, 120),
      c('cpp', 'C/C++（含 x86 汇编或 Windows API）', 'C/C++ (x86 assembly or Windows API)', 2, 40),
      c('script', 'Python / Go / Node.js / PHP', 'Python / Go / Node.js / PHP', 1, 10),
      c('mumps', 'MUMPS / Caché ObjectScript', 'MUMPS / Caché ObjectScript', 4, 300),
    ],
  },
  {
    id: 'runtime', section: 'code', kind: 'single', weight: 2, appliesTo: BOTH,
    text: { zh: '运行的中间件与框架', en: 'Middleware and frameworks it runs on' },
    choices: [
      c('standard', 'Tomcat / Spring 等标准容器', 'Tomcat / Spring or another standard container', 0, 5),
      c('weblogic', 'WebLogic / WebSphere 专有特性', 'WebLogic / WebSphere specific features', 2, 20),
      c('iis', 'IIS / ASP.NET', 'IIS / ASP.NET', 3, 40),
      c('ensemble', 'InterSystems Ensemble / IRIS', 'InterSystems Ensemble / IRIS', 4, 150),
      c('none', '无中间件', 'none', 0, 0),
    ],
  },
  {
    id: 'db-engine', section: 'database', kind: 'single', weight: 2, appliesTo: BOTH,
    text: { zh: '使用的数据库', en: 'Database used' },
    choices: [
      c('oracle', 'Oracle', 'Oracle', 2, 10),
      c('sqlserver', 'SQL Server', 'SQL Server', 2, 10),
      c('mysql', 'MySQL', 'MySQL', 1, 5),
      c('postgresql', 'PostgreSQL', 'PostgreSQL', 1, 5),
      c('cache', 'Caché / IRIS（MUMPS，需应用重写）', 'Caché / IRIS (MUMPS: application rewrite)', 4, 200),
      c('domestic', '已是国产数据库', 'already a domestic database', 0, 0),
      c('none', '无数据库', 'none', 0, 0),
    ],
  },
  {
    id: 'db-code', section: 'database', kind: 'single', weight: 3, appliesTo: BOTH,
    showIf: { question: 'db-engine', anyOf: ['oracle', 'sqlserver', 'mysql', 'postgresql'] },
    text: { zh: '数据库内业务代码（PL/SQL、T-SQL 存储过程、包、触发器）', en: 'Business logic in the database (PL/SQL, T-SQL procedures, packages, triggers)' },
    choices: [
      c('heavy', '大量（超过 5 万行）', 'heavy (over 50,000 lines)', 4, 200),
      c('medium', '中等（5 千至 5 万行）', 'medium (5,000 to 50,000 lines)', 3, 80),
      c('light', '少量（5 千行以内）', 'light (under 5,000 lines)', 1, 20),
      c('none', '无', 'none', 0, 0),
    ],
  },
  {
    id: 'db-features', section: 'database', kind: 'multi', weight: 2, appliesTo: BOTH,
    showIf: { question: 'db-engine', anyOf: ['oracle', 'sqlserver', 'mysql', 'postgresql'] },
    text: { zh: '用到的特有功能', en: 'Engine-specific features used' },
    choices: [
      c('dblink', 'DBLink / 链接服务器', 'database links / linked servers', 2, 15),
      c('packages', 'Oracle 系统包（DBMS_*、UTL_*）', 'Oracle system packages (DBMS_*, UTL_*)', 2, 20),
      c('clr', 'CLR / Java 存储过程', 'CLR / Java stored procedures', 3, 30),
      c('mview-jobs', '物化视图、作业调度', 'materialised views, scheduled jobs', 1, 10),
      c('fulltext-xml', '全文检索、XML 类型', 'full-text search, XML type', 2, 15),
      c('none', '无', 'none', 0, 0),
    ],
  },
  {
    id: 'interfaces', section: 'interfaces', kind: 'multi', weight: 2, appliesTo: APP,
    text: { zh: '对外接口', en: 'External interfaces' },
    choices: [
      c('hl7', 'HL7 v2 / CDA', 'HL7 v2 / CDA', 1, 10),
      c('webservice', 'WebService / FHIR / REST', 'WebService / FHIR / REST', 1, 8),
      c('insurance', '医保平台（前置机）', 'medical-insurance platform (front-end processor)', 3, 30),
      c('bank', '银行 / POS / 聚合支付', 'bank / POS / payment aggregator', 2, 15),
      c('regional', '区域平台、互联互通', 'regional platform, interoperability', 2, 15),
      c('devices', '检验仪器、DICOM 设备', 'lab analysers, DICOM modalities', 2, 20),
      c('none', '无', 'none', 0, 0),
    ],
  },
  {
    id: 'interface-count', section: 'interfaces', kind: 'single', weight: 2, appliesTo: APP,
    text: { zh: '接口数量', en: 'Number of interfaces' },
    choices: [
      c('few', '5 个以内', 'up to 5', 0, 0),
      c('some', '6–20 个', '6 to 20', 1, 10),
      c('many', '21–50 个', '21 to 50', 2, 30),
      c('lots', '50 个以上', 'over 50', 3, 60),
    ],
  },
  {
    id: 'vendor-version', section: 'vendor', kind: 'single', weight: 3, appliesTo: BOTH,
    text: { zh: '厂商的信创版本', en: "The vendor's Xinchuang version" },
    choices: [
      c('proven', '已有信创版本，并在同级医院上线', 'exists and runs in a hospital of the same grade', 0, 0),
      c('released', '已有信创版本，尚无医院上线案例', 'released, no hospital reference yet', 2, 20),
      c('promised', '承诺适配，开发中', 'promised, in development', 3, 40),
      c('none', '无计划，或厂商已不存在', 'no plan, or the vendor is gone', 4, 200),
    ],
  },
  {
    id: 'vendor-cert', section: 'vendor', kind: 'single', weight: 1, appliesTo: BOTH,
    showIf: { question: 'vendor-version', anyOf: ['proven', 'released'] },
    text: { zh: '与目标平台的兼容互认证', en: 'Compatibility certificate with the target platform' },
    choices: [
      c('certified', '已取得互认证证书', 'certified', 0, 0),
      c('pending', '认证中', 'in progress', 1, 5),
      c('none', '无', 'none', 2, 10),
    ],
  },
  {
    id: 'data-volume', section: 'data', kind: 'single', weight: 2, appliesTo: BOTH,
    text: { zh: '数据量', en: 'Data volume' },
    choices: [
      c('small', '100 GB 以内', 'under 100 GB', 0, 2),
      c('medium', '100 GB–1 TB', '100 GB to 1 TB', 1, 5),
      c('large', '1–10 TB', '1 to 10 TB', 2, 15, 1.1),
      c('huge', '10 TB 以上', 'over 10 TB', 3, 30, 1.2),
    ],
  },
  {
    id: 'availability', section: 'availability', kind: 'single', weight: 3, appliesTo: BOTH,
    text: { zh: '可用性要求', en: 'Availability' },
    choices: [
      c('office-hours', '工作时间使用，可停机', 'office hours, downtime acceptable', 0, 0),
      c('24x7', '7×24 运行，可安排夜间停机', '24×7, a night-time stop can be arranged', 2, 5, 1.1),
      c('er-24h', '门急诊 24 小时不可中断', 'outpatient and emergency 24 h, no interruption', 4, 20, 1.3),
    ],
  },
  {
    id: 'concurrency', section: 'availability', kind: 'single', weight: 1, appliesTo: BOTH,
    text: { zh: '高峰并发用户', en: 'Peak concurrent users' },
    choices: [
      c('low', '100 以内', 'under 100', 0, 0),
      c('medium', '100–1,000', '100 to 1,000', 1, 5),
      c('high', '1,000 以上', 'over 1,000', 3, 20, 1.1),
    ],
  },
];
