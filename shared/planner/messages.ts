/**
 * Reason and warning texts, Chinese first with English available. Each function returns the text
 * for one language so the CLI's `--lang` and the UI's language choose.
 */
import { GLOSSARY, TIER_NAMES } from '../model';
import type { Lang } from '../model';
import { listNames } from '../format/clauses';
import type { PlanWarningCode } from './types';
import { REL_CLIENT, REL_INTERFACE, REL_NETWORK, REL_PLATFORM, REL_PROTECTS } from './precedence';

export type { Lang };

/** Assets of a dependency cycle named in a reason; the rest are counted. */
export const CYCLE_SHOWN = 20;

const RELATION: Record<Lang, string[]> = {
  zh: ['运行平台', '接入它的终端或客户端', '它所连接的系统', '更靠近边缘的接口系统', '它所经过的网络或存储', '防护它的安全产品'],
  en: ['its platform', 'a client connected to it', 'the system it connects to', 'an interfaced system nearer the edge', 'the network or storage on its path', 'the security product protecting it'],
};

const tierName = (lang: Lang, rank: number): string => {
  const key = (['office', 'operations', 'clinical-support', 'core'] as const)[rank] ?? 'office';
  return TIER_NAMES[key][lang];
};
const list = (lang: Lang, ids: readonly string[], max = 6): string => listNames(ids, lang, max);

/** The asset a warning is about: its id, and its name when it has one of its own. */
export type Subject = { id: string; name?: string };

/**
 * A subject as a reader knows it, with what follows it in one bracket: `临床数据中心（CDR）（APP-CDR，第 7 批）`,
 * `APP-CDR（第 7 批）` without a name; in English `Clinical data centre (APP-CDR, wave 7)`.
 */
export function subject(lang: Lang, who: Subject, tail?: string): string {
  const name = who.name?.trim();
  const named = name !== undefined && name !== '' && name !== who.id;
  const label = named ? name : who.id;
  const bracket = (named ? [who.id, tail] : [tail]).filter(Boolean).join(lang === 'zh' ? '，' : ', ');
  if (!bracket) return label;
  return lang === 'zh' ? `${label}（${bracket}）` : `${label} (${bracket})`;
}

/** A space between a subject and the Chinese after it when the subject ends in Latin text: `HIS 的`, but `…（HIS）的`. */
const gap = (text: string): string => (/[!-~]$/.test(text) ? ' ' : '');

/** Person-days, at most one decimal. */
export const days = (value: number): string => String(Math.round(value * 10) / 10);

/** Money: 万元 in Chinese, yuan with separators in English. */
export function money(value: number, lang: Lang): string {
  if (lang === 'zh') return `${(Math.round(value / 100) / 100).toFixed(2)} 万元`;
  const whole = String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `¥${whole}`;
}

/**
 * The part of a need that is the shared platforms built with the item (`，含随之建设的共享平台 25`),
 * or nothing: a reader adding the item's own effort to what the wave had taken would otherwise
 * find it fits.
 */
function platformShare(lang: Lang, shown: string, amount: number): string {
  if (!(amount > 0.05)) return '';
  return lang === 'zh' ? `，含随之建设的共享平台 ${shown}` : `, ${shown} of it for the shared platforms it would build`;
}

export const text = {
  retired: (lang: Lang): string => (lang === 'zh' ? '下线，不再替换' : 'retired without replacement'),
  outOfScope: (lang: Lang): string => (lang === 'zh' ? '不在信创范围内，不纳入规划' : 'out of scope, not planned'),
  withSystem: (lang: Lang, system: string): string =>
    lang === 'zh' ? `属于 ${system} 的专用运行环境，随系统一同切换` : `part of ${system}'s dedicated stack, cut over with it`,
  withStack: (lang: Lang, top: string): string =>
    lang === 'zh' ? `${top} 专用的运行平台（其上无业务系统），与 ${top} 一同切换，不先于其上软件更换` : `the dedicated platform under ${top} (no business system on it), cut over with ${top}, not before the software on it`,
  sharedBuild: (lang: Lang, tenant: string, count: number): string =>
    lang === 'zh'
      ? `共享平台（${count} 个系统使用）：随首个迁移的系统 ${tenant} 建设国产平台，末个系统切换并双轨运行后下线原平台`
      : `shared platform (${count} systems): the domestic platform is built with its first tenant ${tenant}; the old one retires after the last tenant and the dual-track period`,
  sharedUnscheduled: (lang: Lang): string => (lang === 'zh' ? '使用它的系统均未能排入规划期' : 'none of the systems on it could be scheduled'),
  phase: (lang: Lang, wave: number, tier: number): string =>
    lang === 'zh'
      ? `由边缘到核心：等待${tierName(lang, tier - 1)}及更靠边缘的系统全部切换（第 ${wave} 批时尚未完成）`
      : `edge to core: waits until every system of the ${tierName(lang, tier - 1)} tier and below has cut over (not yet in wave ${wave})`,
  coreGateWait: (lang: Lang, wave: number, count: number): string =>
    lang === 'zh'
      ? `核心准入：与核心系统相连的资产须先完成国产化（第 ${wave} 批时尚有 ${count} 个相连的系统或设备未完成）`
      : `core gate: everything connected to the core must be domestic first (${count} groups not yet in wave ${wave})`,
  client: (lang: Lang, date: string): string =>
    lang === 'zh' ? `所用系统的国产操作系统客户端 ${date} 起可用，排在其后的首个批次` : `a client for the domestic OS of the systems it uses is available from ${date}: first wave after it`,
  team: (lang: Lang, wave: number, max: number): string =>
    lang === 'zh' ? `开发商实施团队第 ${wave} 批已有 ${max} 个系统在切换` : `the vendor team already cuts over ${max} system(s) in wave ${wave}`,
  reserve: (lang: Lang, year: number, left: number, need: number, platforms = 0): string =>
    lang === 'zh'
      ? `${year} 年替代预算已用尽（预留安全投入后剩余 ${money(left, lang)}，本项需 ${money(need, lang)}${platformShare(lang, money(platforms, lang), platforms)}）`
      : `${year} replacement budget exhausted once the security reserve is kept (${money(left, lang)} left, needs ${money(need, lang)}${platformShare(lang, money(platforms, lang), platforms)})`,
  keepForCore: (lang: Lang, year: number): string =>
    lang === 'zh'
      ? `预算优先保障核心：${year} 年前的替代预算先用于核心系统及其前置系统，本项不在核心路径上，排在首个核心系统切换之后`
      : `budget kept for the core: replacement money up to ${year} goes first to the core systems and what they wait for; this is off the core path and follows the first core cut-over`,
  freezeMoved: (lang: Lang, date: string, windows: string): string =>
    lang === 'zh' ? `切换日期 ${date}（避开${windows}）` : `cut-over on ${date} (after ${windows})`,
  phaseOrder: (lang: Lang, higher: Subject, higherWave: number, lower: Subject, lowerWave: number): string =>
    lang === 'zh'
      ? `${subject(lang, higher, `第 ${higherWave} 批`)}早于更靠边缘的 ${subject(lang, lower, `第 ${lowerWave} 批`)}切换，打破由边缘到核心的顺序（固定批次或就绪日期所致）`
      : `${subject(lang, higher, `wave ${higherWave}`)} cuts over before ${subject(lang, lower, `wave ${lowerWave}`)}, which is nearer the edge: the edge-to-core order is broken (a pin or a ready date)`,
  coreGate: (lang: Lang, core: Subject, coreWave: number, ids: readonly string[]): string =>
    lang === 'zh'
      ? `核心系统 ${subject(lang, core, `第 ${coreWave} 批`)}切换时，与其相连的 ${list(lang, ids)} 尚未国产化：应先完成替代，或经前置机/网关隔离`
      : `core system ${subject(lang, core, `wave ${coreWave}`)} cuts over while ${list(lang, ids)}, connected to it, is not yet domestic: replace it first or isolate it behind a gateway`,
  retainedOnPath: (lang: Lang, core: Subject, ids: readonly string[]): string =>
    lang === 'zh'
      ? `保留的进口资产 ${list(lang, ids)} 连接核心系统 ${subject(lang, core)}：需经前置机/网关隔离，或按规定办理进口论证与例外审批`
      : `retained foreign assets ${list(lang, ids)} connect to the core system ${subject(lang, core)}: isolate them behind a gateway (前置机) or obtain an approved exception`,
  clientNotReady: (lang: Lang, core: Subject, count: number, ids: readonly string[]): string => {
    const who = subject(lang, core);
    return lang === 'zh'
      ? `${count} 组终端（${list(lang, ids, 4)}）须在核心系统 ${who}${gap(who)}切换前完成国产化，但其国产操作系统客户端就绪日期未填写：请与开发商确认客户端就绪日期（资产的“国产系统客户端就绪日期”）或安排过渡方案`
      : `${count} terminal group${count === 1 ? '' : 's'} (${list(lang, ids, 4)}) must be domestic before the core system ${who} cuts over, but it has no date for its domestic-OS client: confirm it with the vendor (the asset's “Domestic-OS client ready from”) or plan a transition`;
  },
  securityLate: (lang: Lang, product: Subject, wave: number, first: Subject, firstWave: number): string =>
    lang === 'zh'
      ? `安全产品 ${subject(lang, product, `第 ${wave} 批`)}晚于其防护对象 ${subject(lang, first, `第 ${firstWave} 批`)}：违背“同步规划、同步建设、同步使用”`
      : `security product ${subject(lang, product, `wave ${wave}`)} comes after ${subject(lang, first, `wave ${firstWave}`)}, which it protects: security should be built with what it protects`,
  truncated: (lang: Lang, code: PlanWarningCode, count: number): string =>
    lang === 'zh' ? `另有 ${count} 条“${GLOSSARY.zh.warning[code]}”提示未逐条列出` : `${count} more "${GLOSSARY.en.warning[code]}" warnings not listed`,
  noTier: (lang: Lang, count: number, examples: readonly string[]): string =>
    lang === 'zh'
      ? `${count} 个业务系统未标注业务分层，按办公类排在最前面的批次（${examples.join('、')}${count > examples.length ? ' 等' : ''}）：请在资产清单中补全业务分层，或导入时采纳自动识别建议`
      : `${count} business systems have no tier and are planned as office systems, in the first waves (${examples.join(', ')}${count > examples.length ? ', …' : ''}): give their tiers in the inventory, or accept the import's suggestions`,
  alreadyDomestic: (lang: Lang, replaced: boolean): string =>
    lang === 'zh' ? (replaced ? '已完成替换' : '已是国产，无需迁移') : replaced ? 'already replaced' : 'already domestic, nothing to migrate',
  retained: (lang: Lang, why: string | undefined): string =>
    lang === 'zh' ? `保留：${why ?? '未说明原因'}` : `retained: ${why ?? 'no reason given'}`,
  earliest: (lang: Lang): string => (lang === 'zh' ? '最早可行批次，无约束推迟' : 'earliest possible wave, nothing holds it back'),
  dependency: (lang: Lang, id: string, relation: number): string =>
    lang === 'zh' ? `等待 ${id}（${RELATION.zh[relation]}）先迁移` : `waits for ${id} (${RELATION.en[relation]})`,
  ready: (lang: Lang, date: string): string =>
    lang === 'zh' ? `国产替代 ${date} 起就绪（信创适配），排在其后的首个批次` : `replacement ready from ${date} (vendor adaptation): first wave after it`,
  capacity: (lang: Lang, wave: number, used: number, capacity: number, need: number, platforms = 0): string =>
    lang === 'zh'
      ? `第 ${wave} 批实施力量已满（已排 ${days(used)}/${days(capacity)} 人天，本项需 ${days(need)}${platformShare(lang, days(platforms), platforms)}）`
      : `wave ${wave} capacity full (${days(used)}/${days(capacity)} person-days taken, needs ${days(need)}${platformShare(lang, days(platforms), platforms)})`,
  budget: (lang: Lang, year: number, left: number, need: number, platforms = 0): string =>
    lang === 'zh'
      ? `${year} 年预算不足（剩余 ${money(left, lang)}，本项需 ${money(need, lang)}${platformShare(lang, money(platforms, lang), platforms)}）`
      : `${year} budget exhausted (${money(left, lang)} left, needs ${money(need, lang)}${platformShare(lang, money(platforms, lang), platforms)})`,
  coreLimit: (lang: Lang, wave: number, max: number): string =>
    lang === 'zh' ? `第 ${wave} 批核心系统切换已达上限（每批 ${max} 个）` : max === 1 ? `wave ${wave} already has its core cut-over` : `wave ${wave} already has its ${max} core cut-overs`,
  freeze: (lang: Lang, wave: number): string =>
    lang === 'zh' ? `第 ${wave} 批全部处于封网时段，不安排切换` : `wave ${wave} lies wholly in freeze windows: no cut-over`,
  pinned: (lang: Lang, wave: number): string => (lang === 'zh' ? `用户固定在第 ${wave} 批` : `pinned by the user to wave ${wave}`),
  // A long cycle is named by its first CYCLE_SHOWN assets and a count: every asset of a
  // 10,000-node cycle carries this reason, and the full list made `plan --json` gigabytes (issue 15 #5).
  bundle: (lang: Lang, cycle: readonly string[]): string => {
    if (cycle.length > CYCLE_SHOWN) {
      const shown = cycle.slice(0, CYCLE_SHOWN).join(' → ');
      const more = cycle.length - CYCLE_SHOWN;
      return lang === 'zh' ? `循环依赖 ${shown} → …（另有 ${more} 项，共 ${cycle.length} 项），同批迁移` : `dependency cycle ${shown} → … (${more} more, ${cycle.length} in all): migrated together`;
    }
    return lang === 'zh' ? `循环依赖 ${cycle.join(' → ')} → ${cycle[0] ?? ''}，同批迁移` : `dependency cycle ${cycle.join(' → ')} → ${cycle[0] ?? ''}: migrated together`;
  },
  cutover: (lang: Lang, month: string): string => (lang === 'zh' ? `切换月份 ${month}` : `cut-over month ${month}`),
  unReady: (lang: Lang, date: string): string =>
    lang === 'zh' ? `国产替代 ${date} 才就绪，晚于规划期` : `replacement ready only from ${date}, after the horizon`,
  overCapacity: (lang: Lang, who: Subject, need: number, capacity: number, wave: number): string => {
    const named = subject(lang, who);
    return lang === 'zh'
      ? `${named}${gap(named)}工作量 ${days(need)} 人天超过单批实施力量 ${days(capacity)} 人天，单独占用第 ${wave} 批：请在此前几批安排其准备工作、拆分该项或提高每批容量`
      : `${named} needs ${days(need)} person-days, more than a wave's capacity of ${days(capacity)}: it takes wave ${wave} alone; prepare it in the waves before, split it or raise the capacity`;
  },
  unCost: (lang: Lang, need: number, budget: number): string =>
    lang === 'zh' ? `费用 ${money(need, lang)} 超过年度预算 ${money(budget, lang)}` : `cost ${money(need, lang)} exceeds the annual budget of ${money(budget, lang)}`,
  unCore: (lang: Lang, count: number, max: number): string =>
    lang === 'zh' ? `循环依赖组含 ${count} 个核心系统切换，超过每批上限 ${max}` : `its cycle holds ${count} core cut-overs, over the limit of ${max} per wave`,
  unFrozen: (lang: Lang): string =>
    lang === 'zh' ? '规划期内余下批次全部处于封网时段，核心系统无法切换' : 'every remaining wave of the horizon is frozen: no core cut-over possible',
  unDependency: (lang: Lang, id: string): string =>
    lang === 'zh' ? `前置资产 ${id} 未能排入规划期` : `its prerequisite ${id} could not be scheduled`,
  unHorizon: (lang: Lang, limit: string): string =>
    lang === 'zh' ? `规划期内${limit}不足，未能排入` : `${limit} exhausted within the horizon`,
  limitName: (lang: Lang, code: 'capacity' | 'budget' | 'core-limit' | 'freeze' | 'phase' | 'vendor-team' | 'other'): string =>
    ({
      zh: { capacity: '实施力量', budget: '预算', 'core-limit': '核心切换名额', freeze: '非封网批次', phase: '前序阶段的完成', 'vendor-team': '开发商团队', other: '批次' },
      en: { capacity: 'capacity', budget: 'budget', 'core-limit': 'core cut-over slots', freeze: 'non-frozen waves', phase: 'completion of the earlier phases', 'vendor-team': 'vendor team', other: 'waves' },
    })[lang][code],
  pinIgnored: (lang: Lang, id: string, why: 'unknown' | 'inactive' | 'horizon' | 'shared', wave: number): string =>
    lang === 'zh'
      ? `固定批次无效：${id} → 第 ${wave} 批（${{ unknown: '资产不存在', inactive: '该资产不需迁移', horizon: '超出规划期', shared: '共享平台随首个系统建设，请固定使用它的系统' }[why]}）`
      : `pin ignored: ${id} → wave ${wave} (${{ unknown: 'no such asset', inactive: 'nothing to migrate', horizon: 'beyond the horizon', shared: 'a shared platform is built with its first tenant: pin a system on it' }[why]})`,
  pinBroken: (lang: Lang, who: Subject, pinned: number, placed: number, why: string): string => {
    const named = subject(lang, who);
    return lang === 'zh'
      ? `固定批次无法满足：${named}${gap(named)}固定在第 ${pinned} 批，实际${placed > 0 ? `第 ${placed} 批` : '未排入'}，原因：${why}`
      : `pin not honoured: ${named} pinned to wave ${pinned}, placed ${placed > 0 ? `in wave ${placed}` : 'nowhere'}, because ${why}`;
  },
  pinOverLimit: (lang: Lang, wave: number, limit: string): string =>
    lang === 'zh' ? `第 ${wave} 批的固定项超出${limit}（固定优先）` : `pins in wave ${wave} exceed the ${limit} (pins win)`,
  expired: (lang: Lang, count: number, start: string): string =>
    lang === 'zh' ? `${count} 项资产在规划开始（${start}）前已停止厂商支持，按支持到期先后优先安排` : `${count} assets are already out of support at the start (${start}); earlier end of support goes first`,
  pastSupport: (lang: Lang, who: Subject, date: string, wave: number): string => {
    const named = subject(lang, who);
    return lang === 'zh' ? `${named}${gap(named)}的厂商支持 ${date} 到期，早于其迁移批次（第 ${wave} 批）` : `${named} runs out of support on ${date}, before its wave ${wave}`;
  },
  /** A foreign asset kept by exception whose support ends before the plan does (or has ended). */
  retainedSupport: (lang: Lang, who: Subject, date: string, ended: boolean): string => {
    const named = subject(lang, who);
    return lang === 'zh'
      ? `保留的进口资产 ${named}${gap(named)}的厂商支持${ended ? `已于 ${date} 到期` : ` ${date} 到期，早于规划期结束`}：保留期间须续购延保，或隔离防护并纳入等保整改`
      : `retained foreign asset ${named} ${ended ? 'ran out of support on' : 'runs out of support on'} ${date}${ended ? '' : ', before the plan ends'}: buy extended support for as long as it is kept, or isolate it`;
  },
};

/** Relations re-exported for callers that explain a precedence edge. */
export const RELATIONS = { platform: REL_PLATFORM, client: REL_CLIENT, interface: REL_INTERFACE, network: REL_NETWORK, protects: REL_PROTECTS } as const;

/** The relation text of a precedence edge. */
export const relationText = (lang: Lang, relation: number): string => RELATION[lang][relation] ?? '';
