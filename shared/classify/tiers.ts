/**
 * The tier of a hospital business system from its name (DOMAIN.md §2.2, the classification
 * table): an imported ledger rarely has a tier column, and without one every system would sit in
 * the office lane, HIS in wave 1. The planner never guesses (it warns, `no-tier`): this is a
 * suggestion the import wizard offers for applications without a tier, which the user accepts or
 * not, and what `xcplan classify` shows.
 *
 * Rules are tried in order, on the name and then on the product; the first that matches wins. The
 * order settles the names that hold words of two tiers: DRG/DIP 医保分析 is operations (not 医保
 * 结算), 临床决策支持 is clinical support (not 临床数据中心), 急诊临床信息 is clinical support.
 */
import type { Asset, SystemScale, Tier } from '../model';

const RULES: readonly (readonly [Tier, RegExp])[] = [
  ['office', /\bOA\b|办公|邮件|邮箱|门户|网站|档案|公文|信息发布|合同|党建|身份认证|\bIAM\b|继续(医学)?教育|考试|视频会议|访客|门禁/i],
  ['operations', /\bDRG\b|\bDIP\b|\bHRP\b|人事|人力|工资|薪酬|财务|会计|预算|成本|物资|耗材|\bSPD\b|设备管理|资产管理|后勤|能耗|膳食|营养|科研|教学|规培|培训|绩效|\bBI\b|运营|排队|叫号|分诊|自助|一卡通|呼叫中心/i],
  ['clinical-support', /\bLIS\b|检验|实验室|\bPACS\b|\bRIS\b|影像|放射|心电|病理|超声|内镜|手术麻醉|手麻|麻醉|重症|\bICU\b|输血|合理用药|\bCDSS\b|临床决策|体检|院感|感染|病案|互联网医院|透析|随访|静脉用药|静配|\bPIVAS\b|消毒供应|\bVTE\b|医技|急诊临床|放疗|肿瘤/i],
  ['core', /\bHIS\b|医院信息系统|电子病历|\bEMR\b|集成平台|信息平台|\bCDR\b|临床数据中心|医生(工作)?站|医嘱|护理|护士站|\bNIS\b|医保|挂号|收费|门急诊|门诊|住院|药房|药库|临床路径/i],
];

/**
 * The tier DOMAIN.md's table gives a system of this name, or undefined when no rule knows it.
 * @param name the system's name (e.g. `HIS 医院信息系统`)
 * @param product its product, tried when the name says nothing (e.g. `iMedical HIS`)
 */
export function systemTier(name: string | undefined, product?: string): Tier | undefined {
  return firstRule(RULES, name, product);
}

/** The value of the first rule matching the name, else the first matching the product. */
function firstRule<T>(rules: readonly (readonly [T, RegExp])[], name: string | undefined, product: string | undefined): T | undefined {
  for (const text of [name, product]) {
    if (!text) continue;
    for (const [value, rule] of rules) if (rule.test(text)) return value;
  }
  return undefined;
}

/*
 * How big a system is to buy anew (DOMAIN.md §2.2, `SystemScale` in the model): a hospital-wide
 * system with heavy data, interfaces or image storage (HIS, EMR, the integration platform, PACS,
 * LIS, HRP, BI…) costs several times a departmental one, and a website, portal, mail or
 * notice-board system a fraction of it. The price book prices an application, bought anew or
 * adapted by its developer, by its declared scale, else by these rules; anything they do not know
 * is departmental.
 */
const SCALE_RULES: readonly (readonly [SystemScale, RegExp])[] = [
  ['small', /网站|门户|邮件|邮箱|信息发布/i],
  ['large', /\bHIS\b|医院信息系统|电子病历|\bEMR\b|集成平台|信息平台|\bCDR\b|临床数据中心|\bPACS\b|\bRIS\b|医学影像|影像(归档|中心|平台|系统)|\bLIS\b|检验|实验室|\bHRP\b|运营决策|\bBI\b|手术麻醉|手麻|重症|\bICU\b|互联网医院|医保结算/i],
];

/**
 * The scale the rules give a system from its name, then its product (what the asset panel shows
 * as "from the name" when no scale is declared).
 * @param name the system's name (e.g. `PACS/RIS 影像系统`)
 * @param product its product, tried when the name says nothing
 */
export function systemScale(name: string | undefined, product?: string): SystemScale {
  return firstRule(SCALE_RULES, name, product) ?? 'departmental';
}

/**
 * The scale an application is priced at: the one declared on the asset (a planner who knows the
 * 院感 system is hospital-wide says so), else the one its name stands for.
 * @param asset the application
 */
export function applicationScale(asset: Partial<Pick<Asset, 'name' | 'product' | 'scale'>>): SystemScale {
  return asset.scale ?? systemScale(asset.name, asset.product);
}
