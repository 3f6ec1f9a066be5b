/**
 * Turns the aliases found in an asset's text into a classification: the best catalogue entry,
 * the category (the user's, else the head noun, else the entry's), the origin (for PCs and
 * servers the CPU platform decides) and a confidence.
 */
import type { CatalogueEntry, CatalogueOrigin, CpuArch, Role, Vendor } from '../catalogue';
import type { Category } from '../model';
import { isHardware } from '../model';
import type { Classification, Classifier, ClassifyInput, Found, Origin } from './classifier';
import { suggestDisposition } from './disposition';

type Scored = { entry: CatalogueEntry; score: number; weight: number; fuzzy: boolean; via: string };
type Texts = { main: Found[]; cpu: Found[]; os: Found[] };

const CPU_DECIDES: ReadonlySet<Category> = new Set<Category>(['terminal', 'server']);
const SERVER_SIDE: ReadonlySet<Category> = new Set<Category>(['server', 'virtualization', 'database', 'middleware', 'storage']);

/**
 * @param input the asset's texts and user category
 * @param found aliases found in the main text, the CPU text and the OS text
 * @param classifier the compiled catalogue
 */
export function resolveClassification(input: ClassifyInput, found: Texts, classifier: Classifier): Classification {
  const keyword = lastKeyword(found.main);
  const role: Role | undefined = keyword.role ?? (input.category === 'terminal' ? 'desktop' : input.category && SERVER_SIDE.has(input.category) ? 'server' : undefined);
  const hint = input.category ?? keyword.category;
  const vendorHits = collectVendors(found.main);

  // The CPU column, when it names a CPU, outranks CPU words in the name.
  const isCpu = (entry: CatalogueEntry) => entry.category === 'cpu';
  const cpu = bestEntry(found.cpu, isCpu, collectVendors(found.cpu), undefined, role) ?? bestEntry(found.main, isCpu, vendorHits, undefined, role);
  let best = bestEntry(found.main, (entry) => entry.category !== 'cpu', vendorHits, hint, role);
  // A row naming a device and the software on it (联想启天 … Windows 10) is the device: the OS is its configuration.
  if (best && hint === undefined && !isHardware(best.entry.category as Category)) {
    const device = bestEntry(found.main, (entry) => entry.category !== 'cpu' && isHardware(entry.category), vendorHits, undefined, role);
    if (device) best = device;
  }
  let viaVendor: Vendor | undefined;
  if (!best && vendorHits.length > 0) {
    viaVendor = vendorHits[0]!.vendor;
    const primary = primaryEntry(classifier, viaVendor, hint ?? nonCpu(viaVendor.defaultCategory));
    if (primary) best = { entry: primary, score: 0, weight: 0, fuzzy: vendorHits[0]!.fuzzy, via: vendorHits[0]!.raw };
  }
  if (best?.entry.roleVariants) {
    const variantId = role ? best.entry.roleVariants[role] : undefined;
    const variant = variantId ? classifier.entryById.get(variantId) : undefined;
    if (variant) best = { ...best, entry: variant };
  }

  const entryCategory = best ? nonCpu(best.entry.category) : undefined;
  const category = input.category ?? chooseCategory(entryCategory, keyword) ?? nonCpu(viaVendor?.defaultCategory) ?? (cpu ? (cpu.entry.role === 'desktop' ? 'terminal' : 'server') : undefined);
  const conflict = entryCategory !== undefined && category !== undefined && entryCategory !== category;

  const evidence: string[] = [];
  let origin: Origin = 'unknown';
  let confidence = 0;
  let openSource = false;
  let match: CatalogueEntry | undefined = best?.entry;
  const osEntry = bestEntry(found.os, (entry) => entry.category === 'os', [], 'os', role);

  if (cpu && (category === undefined || CPU_DECIDES.has(category))) {
    origin = toOrigin(cpu.entry.origin);
    confidence = found.cpu.length > 0 ? 0.95 : 0.9;
    evidence.push(`CPU: ${cpu.via}`);
    if (!match || conflict) match = cpu.entry;
  } else if (best && !(conflict && category !== undefined && isHardware(category) && !isHardware(entryCategory))) {
    origin = toOrigin(best.entry.origin);
    openSource = best.entry.origin === 'foreign-open-source';
    confidence = viaVendor ? 0.7 : entryConfidence(best, vendorHits.some((v) => v.vendor.id === best.entry.vendorId));
    if (conflict) confidence *= 0.7;
    evidence.push(viaVendor ? `${viaVendor.zh} → ${best.entry.family}` : best.via);
  } else if (vendorHits.length > 0) {
    const vendor = vendorHits[0]!.vendor;
    origin = toOrigin(vendor.origin);
    confidence = vendorHits[0]!.fuzzy ? 0.5 : 0.6;
    evidence.push(vendor.zh);
    match = undefined;
  } else if (best) {
    origin = toOrigin(best.entry.origin);
    confidence = 0.45;
    evidence.push(best.via);
  } else if (osEntry && category !== undefined && CPU_DECIDES.has(category)) {
    origin = toOrigin(osEntry.entry.origin);
    confidence = 0.5;
    evidence.push(`OS: ${osEntry.via}`);
  }
  if (best?.fuzzy && !cpu) confidence *= 0.85;
  // A business system whose developer the catalogue does not know, registered under a Chinese
  // enterprise name (杭州杏林, 南京飞诺信息技术有限公司): a domestic developer, so it adapts its
  // system rather than being bought anew. Foreign vendors' Chinese names (西门子, 飞利浦…) are in the
  // catalogue and matched above; the low confidence asks the user to confirm.
  const byName = origin === 'unknown' && category === 'application' && input.vendor !== undefined && isChineseEnterpriseName(input.vendor);
  if (byName) {
    origin = 'domestic';
    confidence = 0.5;
    evidence.push(`开发商名称：${input.vendor}`);
  }

  const cpuArch = pickArch(cpu?.entry, match, category) ?? keywordArch(found.main);
  const vendor = match ? classifier.vendorById.get(match.vendorId) : undefined;
  const plain = suggestDisposition(origin, category, { name: input.main });
  const suggested =
    byName && plain.disposition === 'adapt'
      ? { ...plain, reason: { zh: '开发商按名称为国内企业（目录未收录，请核实）：由开发商适配迁移到国产平台', en: 'the developer’s name is a Chinese enterprise’s (not in the catalogue, please check): the vendor ports it to the domestic stack' } }
      : plain;
  const result: Classification = {
    origin,
    disposition: suggested.disposition,
    dispositionReason: suggested.reason,
    match: match ? { vendor: vendor?.zh ?? match.vendorId, product: match.family, entryId: match.id } : null,
    confidence: Math.round(confidence * 100) / 100,
  };
  if (category !== undefined && input.category === undefined) result.category = category;
  if (cpuArch) result.cpuArch = cpuArch;
  if (evidence.length > 0) result.evidence = evidence.join('; ');
  if (openSource) result.openSource = true;
  return result;
}

/** Provinces and the cities that most of China's medical-software developers are registered in. */
const PLACE_PREFIX =
  /^(北京|上海|天津|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|宁夏|新疆|西藏|深圳|广州|杭州|南京|苏州|无锡|宁波|温州|厦门|福州|济南|青岛|郑州|武汉|长沙|成都|西安|合肥|南昌|沈阳|大连|长春|哈尔滨|石家庄|太原|昆明|贵阳|南宁|兰州|珠海|东莞|佛山|常州|绍兴|嘉兴|烟台|潍坊|洛阳|芜湖|徐州|扬州|南通|泉州|中山|惠州)/;
/** The words Chinese enterprise names end in (…有限公司, …信息技术, …科技, …软件). */
const ENTERPRISE_SUFFIX = /(公司|集团|科技|软件|信息|技术|网络|数据|智能|智慧|医疗|健康|电子|系统|数码|通信)$/;

/**
 * Whether a vendor text is a Chinese enterprise's name: Chinese characters only (brackets allowed,
 * as in 东软集团（沈阳）), naming a Chinese place first or ending as Chinese company names do. A note
 * such as （原厂商已停止维护） is neither.
 */
export function isChineseEnterpriseName(vendor: string): boolean {
  const name = vendor.replace(/\s+/g, '');
  if (!/^[\u3400-\u9fff（）()]{2,40}$/.test(name) || /^[（(]/.test(name)) return false;
  return PLACE_PREFIX.test(name) || ENTERPRISE_SUFFIX.test(name.replace(/[（(][^）)]*[）)]$/, ''));
}

function toOrigin(origin: CatalogueOrigin): Origin {
  return origin === 'domestic' ? 'domestic' : 'foreign';
}

function nonCpu(category: Category | 'cpu' | undefined): Category | undefined {
  return category === 'cpu' ? undefined : category;
}

function entryConfidence(best: Scored, vendorAgrees: boolean): number {
  if (vendorAgrees && best.weight >= 3) return 0.95;
  if (best.weight >= 5) return 0.9;
  return best.weight >= 3 ? 0.8 : 0.7;
}

function lastKeyword(found: Found[]): KeywordInfo {
  let strong: { category: Category; end: number; cjk: boolean } | undefined;
  let weak: Category | undefined;
  let role: Role | undefined;
  for (const f of found) {
    for (const target of f.alias.targets) {
      if (target.kind !== 'keyword') continue;
      if (target.role) role = target.role;
      if (!target.category) continue;
      const isWeak = KEYWORD_WEAK.has(f.alias.key);
      if (isWeak) weak ??= target.category;
      else if (!strong || f.end >= strong.end) strong = { category: target.category, end: f.end, cjk: /[\u3400-\u9fff]/.test(f.alias.key) };
    }
  }
  const result: KeywordInfo = {};
  const category = strong?.category ?? weak;
  if (category) result.category = category;
  if (strong === undefined && weak) result.weakCategory = weak;
  if (strong?.cjk) result.headIsChinese = true;
  if (role) result.role = role;
  return result;
}

type KeywordInfo = { category?: Category; role?: Role; weakCategory?: Category; headIsChinese?: boolean };

const KEYWORD_WEAK = new Set(['管理系统', '信息系统', '业务系统', '系统', '平台', '数据中心']);

/** Entry category vs head noun: a device noun wins over a software entry (数据库服务器 is a server). */
function chooseCategory(entryCategory: Category | undefined, keyword: KeywordInfo): Category | undefined {
  const kw = keyword.category;
  if (!entryCategory) return kw;
  if (!kw || kw === entryCategory || keyword.weakCategory) return entryCategory;
  // Only a Chinese head noun (…服务器) overrides: English "Server" is part of product names (SUSE Linux Enterprise Server).
  if (isHardware(kw) && !isHardware(entryCategory) && keyword.headIsChinese) return kw;
  if (kw === 'application' && !isHardware(entryCategory)) return kw;
  return entryCategory;
}

function collectVendors(found: Found[]): { vendor: Vendor; weight: number; fuzzy: boolean; raw: string }[] {
  const byId = new Map<string, { vendor: Vendor; weight: number; fuzzy: boolean; raw: string }>();
  for (const f of found) {
    for (const target of f.alias.targets) {
      if (target.kind !== 'vendor') continue;
      const prev = byId.get(target.vendor.id);
      const weight = f.alias.weight - (f.fuzzy ? 1 : 0);
      if (!prev || weight > prev.weight) byId.set(target.vendor.id, { vendor: target.vendor, weight, fuzzy: f.fuzzy, raw: f.alias.raw });
    }
  }
  return [...byId.values()].sort((a, b) => b.weight - a.weight);
}

function bestEntry(
  found: Found[],
  accept: (entry: CatalogueEntry) => boolean,
  vendors: { vendor: Vendor }[],
  hint: Category | undefined,
  role: Role | undefined,
): Scored | undefined {
  const byId = new Map<string, { entry: CatalogueEntry; weights: number[]; fuzzy: boolean; via: string; order: number }>();
  let order = 0;
  for (const f of found) {
    for (const target of f.alias.targets) {
      if (target.kind !== 'entry' || !accept(target.entry)) continue;
      const prev = byId.get(target.entry.id);
      // An alias that is also a vendor's name (海光, Loongson) is less specific than a model name (3A4000).
      const generic = f.alias.targets.some((t) => t.kind === 'vendor');
      const weight = (generic ? f.alias.weight / 2 : f.alias.weight) - (f.fuzzy ? 1 : 0);
      if (prev) {
        prev.weights.push(weight);
        prev.fuzzy &&= f.fuzzy;
      } else byId.set(target.entry.id, { entry: target.entry, weights: [weight], fuzzy: f.fuzzy, via: f.alias.raw, order: order++ });
    }
  }
  let best: (Scored & { order: number }) | undefined;
  for (const c of byId.values()) {
    const weight = Math.max(...c.weights);
    let score = weight + 0.5 * Math.min(3, c.weights.length - 1);
    if (vendors.some((v) => v.vendor.id === c.entry.vendorId)) score += 4;
    if (hint && c.entry.category === hint) score += 3;
    else if (hint && c.entry.category !== 'cpu') score -= 3;
    if (role && c.entry.role === role) score += 2;
    else if (role && c.entry.role && c.entry.role !== role) score -= 2;
    if (!best || score > best.score || (score === best.score && c.order < best.order)) best = { entry: c.entry, score, weight, fuzzy: c.fuzzy, via: c.via, order: c.order };
  }
  return best;
}

function primaryEntry(classifier: Classifier, vendor: Vendor, category: Category | undefined): CatalogueEntry | undefined {
  let first: CatalogueEntry | undefined;
  for (const entry of classifier.catalogue.entries) {
    if (entry.vendorId !== vendor.id || entry.category === 'cpu') continue;
    if (category !== undefined && entry.category !== category) continue;
    if (category === undefined && !entry.primary) continue;
    if (entry.primary) return entry;
    first ??= entry;
  }
  return first;
}

/** The architecture a build name in the text states (`aarch64`, `x86_64`), the last one winning. */
function keywordArch(found: Found[]): CpuArch | undefined {
  let arch: CpuArch | undefined;
  for (const f of found) for (const target of f.alias.targets) if (target.kind === 'keyword' && target.arch) arch = target.arch;
  return arch;
}

function pickArch(cpu: CatalogueEntry | undefined, match: CatalogueEntry | undefined, category: Category | undefined): CpuArch | undefined {
  if (cpu?.arches?.length === 1) return cpu.arches[0];
  if (match && match.arches?.length === 1 && (match.category === 'cpu' || (category !== undefined && isHardware(category)))) return match.arches[0];
  return undefined;
}
