/**
 * Provincial and city rules on buying imported products (seed report §"政策": Shenzhen, Hubei,
 * Anhui; Beijing, Jiangsu, Shandong, Hainan, Guizhou, Gansu domestic-first catalogues) plus the
 * national 政府采购需求标准. They are data: a project overrides or adds rules in
 * `extensions.procurementRules` (same id replaces).
 */
import { z } from 'zod';

import { makeIssue } from '../model';
import type { Issue, Parsed, ProjectFile } from '../model';
import type { Category, Lang } from '../model';

export const RULE_KINDS = ['approval', 'review', 'feasibility-study', 'domestic-first', 'assessment'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/**
 * What a rule binds: `imports` (buying an imported product, or the support of one kept by
 * exception), `custom-development` (IT projects developed to order: a developer's adaptation),
 * `servers-computers` (servers, computers and their operating systems: the 政府采购需求标准 on
 * their CPU and OS).
 */
export const RULE_SCOPES = ['imports', 'custom-development', 'servers-computers'] as const;
export type RuleScope = (typeof RULE_SCOPES)[number];

export type ProvinceRule = {
  id: string;
  /** Province as written without 省/市 (`安徽`, `广东`); `全国` for national rules. */
  province: string;
  city?: string;
  kind: RuleKind;
  /** What it applies to; without it, by its kind (`ruleScopes`). */
  scope?: RuleScope[];
  /** ISO date or year-month the rule applies from. */
  effective?: string;
  text: { zh: string; en: string };
  source: string;
};

/** The key under `ProjectFile.extensions`. */
export const PROCUREMENT_RULES_KEY = 'procurementRules';

/**
 * English names of the provinces, municipalities and cities the rules name (all 34 provincial
 * divisions, so user rules for any province display in English too), and `全国` (national).
 */
export const PLACE_NAMES_EN: Readonly<Record<string, string>> = {
  全国: 'National', 北京: 'Beijing', 天津: 'Tianjin', 上海: 'Shanghai', 重庆: 'Chongqing', 河北: 'Hebei', 山西: 'Shanxi', 辽宁: 'Liaoning', 吉林: 'Jilin',
  黑龙江: 'Heilongjiang', 江苏: 'Jiangsu', 浙江: 'Zhejiang', 安徽: 'Anhui', 福建: 'Fujian', 江西: 'Jiangxi', 山东: 'Shandong', 河南: 'Henan', 湖北: 'Hubei',
  湖南: 'Hunan', 广东: 'Guangdong', 海南: 'Hainan', 四川: 'Sichuan', 贵州: 'Guizhou', 云南: 'Yunnan', 陕西: 'Shaanxi', 甘肃: 'Gansu', 青海: 'Qinghai',
  台湾: 'Taiwan', 内蒙古: 'Inner Mongolia', 广西: 'Guangxi', 西藏: 'Tibet', 宁夏: 'Ningxia', 新疆: 'Xinjiang', 香港: 'Hong Kong', 澳门: 'Macao',
  深圳: 'Shenzhen', 广州: 'Guangzhou', 杭州: 'Hangzhou', 南京: 'Nanjing', 武汉: 'Wuhan', 成都: 'Chengdu', 西安: 'Xi’an', 合肥: 'Hefei',
};

/**
 * A province or city as the language writes it: `安徽省` / `安徽` → `Anhui` in English; names not in
 * the table (and every name in Chinese) are returned unchanged.
 */
export function placeName(name: string, lang: Lang): string {
  if (lang === 'zh') return name;
  const bare = name.trim().replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$/u, '');
  return PLACE_NAMES_EN[bare] ?? PLACE_NAMES_EN[name.trim()] ?? name;
}

/** The seed report, cited as its publisher titles it. */
const SEED = '亿欧智库《2023中国智慧医院研究报告：医院信息与网络安全篇》';

export const PROVINCE_RULES: ProvinceRule[] = [
  { id: 'shenzhen-2022', province: '广东', city: '深圳', kind: 'review', scope: ['imports'], effective: '2022-09', source: SEED, text: { zh: '公立医院设备采购必须优先国产；因工作需要确需采购进口产品的，实行审核管理。', en: 'Public hospitals must buy domestic first; imported products that are truly needed go through review.' } },
  { id: 'hubei-2022', province: '湖北', kind: 'feasibility-study', scope: ['imports', 'custom-development'], effective: '2022-06', source: SEED, text: { zh: '技术复杂、专业性强的项目（含需定制开发的信息化项目、采购进口产品的项目）须开展需求调查并进行可行性分析。', en: 'Complex projects, including custom IT projects and those buying imported products, need a needs survey and a feasibility study.' } },
  { id: 'anhui-2022', province: '安徽', kind: 'approval', scope: ['imports'], effective: '2022-06', source: SEED, text: { zh: '未经批准，公立医院禁止采购进口设备；本土国产创新产品政府采购率先购买。', en: 'Public hospitals may not buy imported equipment without approval; government procurement buys domestic innovative products first.' } },
  ...['北京', '江苏', '山东', '海南', '贵州', '甘肃'].map(
    (province): ProvinceRule => ({
      id: `domestic-first-${province}`,
      province,
      kind: 'domestic-first',
      scope: ['imports'],
      source: SEED,
      text: { zh: `${province}政府集中采购目录及标准明确支持国产优先。`, en: `The ${placeName(province, 'en')} central procurement catalogue and standards favour domestic products.` },
    }),
  ),
  { id: 'national-2023-standards', province: '全国', kind: 'assessment', scope: ['servers-computers'], effective: '2023-12', source: '财库〔2023〕31号/33号；国机采〔2025〕7号', text: { zh: '政府采购需求标准：服务器、计算机的 CPU 与操作系统须符合安全可靠测评要求（覆盖党政机关及其支持保障事业单位；"*"指标适用于政府采购）。', en: 'Government procurement standards: server and PC CPUs and OSes must pass the national security and reliability assessment (binding on party/government bodies and their support institutions; "*" indicators apply to government purchases).' } },
];

const ruleSchema = z.object({
  id: z.string().trim().min(1).max(128),
  province: z.string().trim().min(1).max(64),
  city: z.string().trim().max(64).optional(),
  kind: z.enum(RULE_KINDS),
  scope: z.array(z.enum(RULE_SCOPES)).max(RULE_SCOPES.length).optional(),
  effective: z.string().max(32).optional(),
  text: z.object({ zh: z.string().max(4096), en: z.string().max(4096) }),
  source: z.string().max(1024).default(''),
}) satisfies z.ZodType<ProvinceRule, unknown>;

/**
 * The rules in force for a project: built-in ones, with the project's own rules replacing those
 * of the same id and adding new ones.
 * @param project the project (reads `extensions.procurementRules`)
 * @param file file name for messages
 * @returns the rules; invalid user rows are skipped with a warning naming row and field
 */
export function readProcurementRules(project: Pick<ProjectFile, 'extensions'>, file = 'project'): Parsed<ProvinceRule[]> {
  const raw = project.extensions?.[PROCUREMENT_RULES_KEY];
  if (raw === undefined) return { ok: true, value: PROVINCE_RULES, issues: [] };
  const issues: Issue[] = [];
  const section = `extensions.${PROCUREMENT_RULES_KEY}`;
  if (!Array.isArray(raw)) {
    issues.push(makeIssue({ code: 'rules-shape', severity: 'warning', file, section, zh: '采购规则应为数组，已使用内置规则', en: 'procurement rules must be an array; built-in rules used' }));
    return { ok: true, value: PROVINCE_RULES, issues };
  }
  const user: ProvinceRule[] = [];
  raw.forEach((item: unknown, index) => {
    const parsed = ruleSchema.safeParse(item);
    if (parsed.success) user.push(parsed.data);
    else {
      const zi = parsed.error.issues[0]!;
      issues.push(makeIssue({ code: 'rule-invalid', severity: 'warning', file, section, row: index + 1, field: zi.path.join('.'), zh: `采购规则无效，已忽略：${zi.message}`, en: `invalid procurement rule, ignored: ${zi.message}` }));
    }
  });
  const byId = new Map(user.map((rule) => [rule.id, rule]));
  const merged = PROVINCE_RULES.map((rule) => byId.get(rule.id) ?? rule);
  for (const rule of user) if (!PROVINCE_RULES.some((r) => r.id === rule.id)) merged.push(rule);
  return { ok: true, value: merged, issues };
}

/**
 * What a rule applies to: its `scope`, else by its kind, as the built-in rules are scoped: an
 * assessment rule (the 需求标准) to servers, computers and operating systems, any other to imports.
 * @param rule a rule
 */
export function ruleScopes(rule: Pick<ProvinceRule, 'kind' | 'scope'>): readonly RuleScope[] {
  if (rule.scope && rule.scope.length > 0) return rule.scope;
  return rule.kind === 'assessment' ? ['servers-computers'] : ['imports'];
}

/** Categories the 需求标准 on servers' and computers' CPU and OS bind (a PC is a `terminal`). */
const SERVERS_COMPUTERS: ReadonlySet<Category> = new Set(['server', 'terminal', 'os']);

/**
 * Whether a rule applies to buying an item: an import rule to imports and to the support of
 * products kept by exception, a custom-development rule to a developer's adaptation, the servers'
 * and computers' standard to the servers, computers and operating systems bought (not an FC
 * switch, an application or a medical device, and not a product kept by exception: nothing is bought).
 * @param rule a rule
 * @param item what is bought: its treatment and category
 */
export function ruleAppliesTo(rule: Pick<ProvinceRule, 'kind' | 'scope'>, item: { treatment: 'replace' | 'adapt' | 'import' | 'retain'; category: Category }): boolean {
  return ruleScopes(rule).some((scope) => {
    switch (scope) {
      case 'imports':
        return item.treatment === 'import' || item.treatment === 'retain';
      case 'custom-development':
        return item.treatment === 'adapt';
      case 'servers-computers':
        return item.treatment !== 'retain' && SERVERS_COMPUTERS.has(item.category);
    }
  });
}

/**
 * The rules that apply to a project's province (city rules only when the city is named), national
 * rules last.
 * @param rules all rules
 * @param province the project's province text (`安徽省`, `深圳`, `广东省深圳市`...)
 */
export function rulesForProvince(rules: readonly ProvinceRule[], province: string | undefined): ProvinceRule[] {
  const text = (province ?? '').replace(/\s+/g, '');
  const local = rules.filter((rule) => {
    if (rule.province === '全国' || text.length === 0) return false;
    if (rule.city) return text.includes(rule.city);
    return text.includes(rule.province);
  });
  return [...local, ...rules.filter((rule) => rule.province === '全国')];
}
